import { render, screen, within, fireEvent } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { TaskpaneApp } from '../../src/taskpane/App';
import type { TableReport } from '../../src/core/report';
import { report, scriptedHost, table } from './scriptedHost';

async function summaryOf(tableReport: TableReport, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const host = scriptedHost({ report: report([tableReport]), stats: { syncs: 2, cellsWritten: 10 } });
  render(<TaskpaneApp host={host} locale={locale} theme={webLightTheme} />);
  fireEvent.click(screen.getByRole('button', { name: locale === 'zh-CN' ? '评分' : 'Score' }));
  return screen.findByRole('group', { name: /评分汇总|Summary/ });
}

describe('summary card', () => {
  it('shows a provisional total as 暂定 and gives no grade', async () => {
    const card = await summaryOf(table());
    expect(within(card).getByTestId('total-score').textContent).toBe('82.7');
    expect(within(card).getByText('暂定')).toBeTruthy();
    expect(within(card).getByText(/仍有指标未评分/)).toBeTruthy();
    expect(within(card).queryByText(/^[优良中差]$/)).toBeNull();
  });

  it('shows the grade of a final total and no provisional flag', async () => {
    const card = await summaryOf(table({ total: { weight: 100, score: 85.25, provisional: false, grade: '良' } }));
    expect(within(card).getByTestId('total-score').textContent).toBe('85.25');
    expect(within(card).getByText('良')).toBeTruthy();
    expect(within(card).queryByText('暂定')).toBeNull();
  });

  it('draws one bar per 一级 indicator whose length is its score rate', async () => {
    const card = await summaryOf(table());
    const bars = within(card).getAllByRole('meter');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual(['决策 得分率', '过程 得分率', '产出 得分率']);
    // 8/10, 30/40, 44.7/50
    expect(bars.map((b) => b.getAttribute('aria-valuenow'))).toEqual(['80', '75', '89.4']);
    expect((bars[2].firstElementChild as HTMLElement).style.width).toBe('89.4%');
    expect(within(card).getByText(/44\.7\/50 · 89\.4%/)).toBeTruthy();
  });

  it('keeps an over-full subtotal bar inside its track', async () => {
    const card = await summaryOf(table({ subtotals: [{ level1: '效益', weight: 20, score: 25 }] }));
    expect(within(card).getByRole('meter').getAttribute('aria-valuenow')).toBe('100');
  });

  it('speaks English when Office does', async () => {
    const card = await summaryOf(table(), 'en-US');
    expect(within(card).getByText('Provisional')).toBeTruthy();
  });
});
