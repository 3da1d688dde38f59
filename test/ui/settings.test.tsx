import { render, screen, within, fireEvent, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { TaskpaneApp } from '../../src/taskpane/App';
import { DEFAULT_CHECKS, withDefaults } from '../../src/core/settings';
import { scriptedHost } from './scriptedHost';

function openSettings(host = scriptedHost()) {
  render(<TaskpaneApp host={host} locale="zh-CN" theme={webLightTheme} />);
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  return { host, form: screen.getByRole('form', { name: '设置' }) };
}

function type(form: HTMLElement, label: string | RegExp, value: string) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}

describe('settings', () => {
  it('shows the settings the document carries', () => {
    const host = scriptedHost();
    host.loadSettings.mockReturnValue(
      withDefaults({ decimals: 1, steps: 'ceil', grades: { excellent: 95, good: 85, pass: 70 } }),
    );
    const { form } = openSettings(host);
    expect((within(form).getByLabelText(/保留小数位/) as HTMLInputElement).value).toBe('1');
    expect((within(form).getByLabelText('不足一档按一档扣') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('优 ≥') as HTMLInputElement).value).toBe('95');
  });

  it('saves decimals, step mode and grade bands through the host', async () => {
    const { host, form } = openSettings();
    type(form, /保留小数位/, '3');
    fireEvent.click(within(form).getByLabelText('只按完整档扣'));
    type(form, '优 ≥', '92');
    type(form, '中 ≥', '６０');
    fireEvent.click(within(form).getByRole('button', { name: '保存设置' }));
    await waitFor(() =>
      expect(host.saveSettings).toHaveBeenCalledWith({
        decimals: 3,
        steps: 'floor',
        grades: { excellent: 92, good: 80, pass: 60 },
        writeDerivedInputs: false,
        checks: DEFAULT_CHECKS,
      }),
    );
    expect(await screen.findByText('设置已保存到本工作簿。')).toBeTruthy();
  });

  it.each(['5', '-1', '1.5', 'abc', ''])('rejects %p decimals and saves nothing', async (bad) => {
    const { host, form } = openSettings();
    type(form, /保留小数位/, bad);
    fireEvent.click(within(form).getByRole('button', { name: '保存设置' }));
    expect(await within(form).findByText('请输入 0 到 4 之间的整数。')).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it('rejects grade bands that are out of order', async () => {
    const { host, form } = openSettings();
    type(form, '良 ≥', '95');
    fireEvent.click(within(form).getByRole('button', { name: '保存设置' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it('scores with the settings just saved', async () => {
    const { host, form } = openSettings();
    type(form, /保留小数位/, '0');
    fireEvent.click(within(form).getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: '评分' }));
    await waitFor(() => expect(host.score).toHaveBeenCalled());
    expect(host.score.mock.calls[0][0].decimals).toBe(0);
  });

  it('turns the derived-input writing and each reviewer check on or off, and edits the cap table', async () => {
    const { host, form } = openSettings();
    fireEvent.click(within(form).getByLabelText('把按基础数据表算出的实际值写入空白的实际值单元格'));
    fireEvent.click(within(form).getByLabelText('实际完成值超过指标值130%而未说明原因时提示'));
    type(form, '允许相差（百分点）', '8');
    fireEvent.click(within(form).getByRole('button', { name: '添加一档' }));
    fireEvent.click(within(form).getByRole('button', { name: '添加一档' }));
    const band = (n: number) =>
      within(within(form).getByRole('group', { name: new RegExp(`执行率.*${n}$`) }));
    fireEvent.change(band(1).getByLabelText('执行率从 %'), { target: { value: '70' } });
    fireEvent.change(band(1).getByLabelText('到 %'), { target: { value: '80' } });
    fireEvent.change(band(1).getByLabelText('最高分'), { target: { value: '89' } });
    fireEvent.click(within(form).getByRole('button', { name: '删除第 2 档' }));
    fireEvent.click(within(form).getByRole('button', { name: '保存设置' }));
    await waitFor(() =>
      expect(host.saveSettings).toHaveBeenCalledWith(
        expect.objectContaining({
          writeDerivedInputs: true,
          checks: {
            rateDeviation: true,
            rateDeviationPoints: 8,
            overachievement: false,
            caps: [{ from: 70, to: 80, maxTotal: 89 }],
          },
        }),
      ),
    );
  });

  it('shows the saved cap table and the checks as they are', () => {
    const host = scriptedHost();
    host.loadSettings.mockReturnValue(
      withDefaults({
        checks: { ...DEFAULT_CHECKS, rateDeviation: false, caps: [{ from: 60, to: 70, maxTotal: 79 }] },
      }),
    );
    const { form } = openSettings(host);
    expect(
      (within(form).getByLabelText('得分率与预算执行率相差过大时提示') as HTMLInputElement).checked,
    ).toBe(false);
    expect((within(form).getByLabelText('允许相差（百分点）') as HTMLInputElement).disabled).toBe(true);
    expect((within(form).getByLabelText('最高分') as HTMLInputElement).value).toBe('79');
  });

  it('rejects a cap band whose range is backwards and saves nothing', async () => {
    const { host, form } = openSettings();
    fireEvent.click(within(form).getByRole('button', { name: '添加一档' }));
    type(form, '执行率从 %', '80');
    type(form, '到 %', '70');
    type(form, '最高分', '89');
    fireEvent.click(within(form).getByRole('button', { name: '保存设置' }));
    expect(await within(form).findByText(/每档须填写数字/)).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
  });
});
