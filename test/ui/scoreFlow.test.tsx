import { act, render, screen, fireEvent, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { TaskpaneApp } from '../../src/taskpane/App';
import { HostError, type Progress, type ScoreRun } from '../../src/hosts/office/host';
import { report, scriptedHost } from './scriptedHost';

/** A score() result the test releases when it chooses. */
function deferredRun() {
  let resolve!: Parameters<ConstructorParameters<typeof Promise<ScoreRun>>[0]>[0];
  const promise = new Promise<ScoreRun>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

function mount(host = scriptedHost()) {
  render(<TaskpaneApp host={host} locale="zh-CN" theme={webLightTheme} />);
  return host;
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('评分 flow', () => {
  it('shows each step while scoring, then the result', async () => {
    const host = scriptedHost();
    const pending = deferredRun();
    let progress!: Progress;
    host.score.mockImplementation((_settings, onProgress) => {
      progress = onProgress!;
      return pending.promise;
    });
    mount(host);
    fireEvent.click(button('评分'));
    expect(screen.getByText('正在读取工作表…')).toBeTruthy();
    expect(button('评分').disabled).toBe(true);

    act(() => progress('scoring', 0.4));
    expect(screen.getByText('正在评分…')).toBeTruthy();
    act(() => progress('writing', 0.8));
    expect(screen.getByText('正在写入得分…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.8');

    await act(async () => pending.resolve({ report: report(), stats: { syncs: 2, cellsWritten: 41 } }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('评分完成，已写入 41 个单元格。')).toBeTruthy();
    expect(screen.getByTestId('total-score').textContent).toBe('82.7');
    expect(button('评分').disabled).toBe(false);
  });

  it('explains a protected sheet in Chinese and keeps the buttons usable', async () => {
    const host = scriptedHost();
    host.score.mockRejectedValue(
      new HostError('工作表“评分表”受保护，请先撤销保护再评分。', 'The sheet is protected.', 'protected'),
    );
    mount(host);
    fireEvent.click(button('评分'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('工作表受保护');
    expect(alert.textContent).toContain('请先撤销保护再评分');
    expect(button('评分').disabled).toBe(false);
    expect(screen.queryByTestId('total-score')).toBeNull();
  });

  it('shows the English text of a host error to an English Office', async () => {
    const host = scriptedHost();
    host.score.mockRejectedValue(new HostError('未找到评分表', 'No scoring table was found.', 'no-table'));
    render(<TaskpaneApp host={host} locale="en-US" theme={webLightTheme} />);
    fireEvent.click(screen.getByRole('button', { name: 'Score' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No scoring table found');
    expect(alert.textContent).toContain('No scoring table was found.');
  });

  it('reports an unexpected failure without pretending it scored', async () => {
    const host = scriptedHost();
    host.score.mockRejectedValue(new TypeError('boom'));
    mount(host);
    fireEvent.click(button('评分'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('工作簿未被修改');
    expect(alert.textContent).toContain('boom');
  });

  it('undo is offered only after a run, restores through the host and clears the stale report', async () => {
    const host = mount();
    expect(button('撤销').disabled).toBe(true);
    fireEvent.click(button('评分'));
    await screen.findByTestId('total-score');
    fireEvent.click(button('撤销'));
    await waitFor(() => expect(host.undo).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('已撤销上次评分，单元格已恢复原样。')).toBeTruthy();
    expect(screen.queryByTestId('total-score')).toBeNull();
    expect(button('撤销').disabled).toBe(true);
  });

  it('says which cells undo left because the person changed them after 评分, and which sheet was gone', async () => {
    const host = mount();
    host.undo.mockResolvedValue({
      kept: [
        { sheet: '评分表', address: 'G3' },
        { sheet: '评分表', address: 'H9' },
      ],
      missingSheets: ['旧表'],
    });
    fireEvent.click(button('评分'));
    await screen.findByTestId('total-score');
    fireEvent.click(button('撤销'));
    const notice = await screen.findByText(/已被修改，未撤销/);
    expect(notice.textContent).toContain('评分表!G3、评分表!H9');
    expect(notice.textContent).toContain('工作表“旧表”已被删除');
    expect(screen.queryByText('已撤销上次评分，单元格已恢复原样。')).toBeNull();
  });

  it('clears marks through the host and keeps the scores on show', async () => {
    const host = mount();
    fireEvent.click(button('评分'));
    await screen.findByTestId('total-score');
    fireEvent.click(button('清除标注'));
    await waitFor(() => expect(host.clearMarks).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/已清除标注颜色/)).toBeTruthy();
    expect(screen.getByTestId('total-score').textContent).toBe('82.7');
  });

  it('shows the rule as understood, the computation and the unparsed words of an indicator', async () => {
    const host = mount();
    fireEvent.click(button('评分'));
    fireEvent.click(await screen.findByRole('button', { name: /^预算完成率/ }));
    expect(screen.getByText(/按每降低5%扣1分计扣0\.60分/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^政府采购执行率/ }));
    const mark = screen.getByText('视情况酌情');
    expect(mark.tagName).toBe('MARK');
    fireEvent.click(screen.getByRole('button', { name: '定位得分单元格 I15' }));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith('评分表', 'I15'));
  });
});
