import { render, screen, within, fireEvent, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { TaskpaneApp } from '../../src/taskpane/App';
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
    host.loadSettings.mockReturnValue({ decimals: 1, steps: 'ceil', grades: { excellent: 95, good: 85, pass: 70 } });
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
});
