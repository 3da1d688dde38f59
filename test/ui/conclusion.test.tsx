/**
 * The 自评结论 in the taskpane (issue 11 §2): shown after scoring, copied to the clipboard (or through
 * the fallback a webview without clipboard access needs), written to a new sheet through the host; and
 * a row whose input came from the 基础数据表 says so.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { TaskpaneApp } from '../../src/taskpane/App';
import { HostError } from '../../src/hosts/office/host';
import { report, scriptedHost, table } from './scriptedHost';

const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

async function scored(host = scriptedHost()) {
  render(<TaskpaneApp host={host} locale="zh-CN" theme={webLightTheme} />);
  await act(async () => fireEvent.click(button('评分')));
  return host;
}

const clipboard = navigator as unknown as { clipboard?: { writeText: jest.Mock } };
const doc = document as unknown as { execCommand?: jest.Mock };

afterEach(() => {
  delete clipboard.clipboard;
  delete doc.execCommand;
});

describe('自评结论', () => {
  it('shows each table’s paragraph after scoring, and nothing before', async () => {
    const host = scriptedHost();
    render(<TaskpaneApp host={host} locale="zh-CN" theme={webLightTheme} />);
    expect(screen.queryByRole('group', { name: '自评结论' })).toBeNull();
    await act(async () => fireEvent.click(button('评分')));
    const card = screen.getByRole('group', { name: '自评结论' });
    expect(within(card).getByTestId('conclusion-text').textContent).toBe(table().conclusion);
  });

  it('copies the paragraph to the clipboard and says so', async () => {
    clipboard.clipboard = { writeText: jest.fn(async () => undefined) };
    await scored();
    await act(async () => fireEvent.click(button('复制')));
    expect(clipboard.clipboard.writeText).toHaveBeenCalledWith(table().conclusion);
    expect(screen.getByText('自评结论已复制，可粘贴到自评报告中。')).toBeTruthy();
  });

  it('falls back to a selected text area where the clipboard is refused, and says when that fails too', async () => {
    clipboard.clipboard = { writeText: jest.fn(async () => Promise.reject(new Error('denied'))) };
    let copied = '';
    doc.execCommand = jest.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return true;
    });
    await scored();
    await act(async () => fireEvent.click(button('复制')));
    expect(doc.execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe(table().conclusion);
    expect(document.querySelector('textarea')).toBeNull();
    doc.execCommand.mockReturnValue(false);
    await act(async () => fireEvent.click(button('复制')));
    expect(screen.getByText('无法访问剪贴板，请选中文字后按 Ctrl+C 复制。')).toBeTruthy();
  });

  it('writes every table’s paragraph to a new sheet through the host and names the sheet', async () => {
    const two = report([
      table(),
      table({ sheet: '绩效自评表', headerRow: 6, conclusion: '第二张表的结论。', unit: null }),
    ]);
    const host = scriptedHost({ report: two, stats: { syncs: 2, cellsWritten: 3 } });
    host.writeConclusion.mockResolvedValue('自评结论2');
    await scored(host);
    expect(screen.getAllByTestId('conclusion-text')).toHaveLength(2);
    await act(async () => fireEvent.click(button('写入“自评结论”工作表')));
    expect(host.writeConclusion).toHaveBeenCalledWith([
      '自评结论',
      '',
      '评分表（示例区委编办）',
      table().conclusion,
      '',
      '绩效自评表',
      '第二张表的结论。',
    ]);
    expect(screen.getByText('自评结论已写入新工作表“自评结论2”。')).toBeTruthy();
  });

  it('shows the host’s reason when the sheet cannot be added', async () => {
    const host = scriptedHost();
    host.writeConclusion.mockRejectedValue(
      new HostError('工作簿受保护，不能添加工作表。', 'The workbook is protected.', 'protected'),
    );
    await scored(host);
    await act(async () => fireEvent.click(button('写入“自评结论”工作表')));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('工作簿受保护'));
    expect(button('写入“自评结论”工作表').disabled).toBe(false);
  });
});

describe('inputs from the 基础数据表 in the indicator list', () => {
  it('marks the row and shows the formula and the numbers used', async () => {
    const derivedRow = {
      ...table().indicators[0],
      row: 6,
      name: '在职人员控制率',
      input: '95.56%',
      derived: {
        formula: '在职人员控制率=(在职人员数/编制数)×100%',
        values: [
          { name: '在职人员数', value: 43, cell: '基础数据表!C4' },
          { name: '编制数', value: 45, cell: '基础数据表!B4' },
        ],
        result: '95.56%',
      },
    };
    const host = scriptedHost({
      report: report([table({ indicators: [derivedRow] })]),
      stats: { syncs: 2, cellsWritten: 1 },
    });
    await scored(host);
    fireEvent.click(screen.getByRole('button', { name: /在职人员控制率/ }));
    expect(screen.getByText('按基础数据计算')).toBeTruthy();
    expect(screen.getByText('在职人员控制率=(在职人员数/编制数)×100%')).toBeTruthy();
    expect(screen.getByText('在职人员数 43（基础数据表!C4）；编制数 45（基础数据表!B4）')).toBeTruthy();
  });
});
