import { render, screen, within, fireEvent, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { TaskpaneApp } from '../../src/taskpane/App';
import { report, scriptedHost, table } from './scriptedHost';

async function scoreWith(host: ReturnType<typeof scriptedHost>) {
  render(<TaskpaneApp host={host} locale="zh-CN" theme={webLightTheme} />);
  fireEvent.click(screen.getByRole('button', { name: '评分' }));
  return screen.findByRole('region', { name: '问题清单' });
}

describe('findings list', () => {
  it('groups findings by severity in the order 缺失, 错误, 提示 with their counts', async () => {
    const list = await scoreWith(scriptedHost());
    const headers = within(list)
      .getAllByRole('button', { expanded: true })
      .map((b) => b.textContent);
    expect(headers).toEqual(['缺失2', '错误1', '提示1']);
  });

  it('lists each finding under its group with its cell and message', async () => {
    const list = await scoreWith(scriptedHost());
    const missing = within(list).getByRole('button', { name: /H15.*政府采购执行率缺少实际值/ });
    const error = within(list).getByRole('button', { name: /H12.*不是比率/ });
    expect(missing).toBeTruthy();
    expect(error).toBeTruthy();
  });

  it('selects the finding’s cell in the workbook when clicked', async () => {
    const host = scriptedHost();
    const list = await scoreWith(host);
    fireEvent.click(within(list).getByRole('button', { name: /H15/ }));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith('评分表', 'H15'));
    expect(host.select).toHaveBeenCalledTimes(1);
  });

  it('names the sheet when findings come from several sheets', async () => {
    const second = table({
      sheet: '项目表',
      findings: [{ cell: 'C7', code: 'missing-weight', severity: 'missing', message: '缺少分值。' }],
    });
    const host = scriptedHost({ report: report([table(), second]), stats: { syncs: 2, cellsWritten: 3 } });
    const list = await scoreWith(host);
    fireEvent.click(within(list).getByRole('button', { name: /项目表!C7/ }));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith('项目表', 'C7'));
    expect(within(list).getAllByRole('button', { expanded: true })[0].textContent).toBe('缺失3');
  });

  it('says so when there are no findings', async () => {
    const host = scriptedHost({ report: report([table({ findings: [] })]), stats: { syncs: 2, cellsWritten: 3 } });
    const list = await scoreWith(host);
    expect(within(list).getByText('未发现问题。')).toBeTruthy();
  });
});
