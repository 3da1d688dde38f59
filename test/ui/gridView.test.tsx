import { render, screen, within, fireEvent } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../src/core/grid';
import { GridView, type CellRef } from '../../src/preview/GridView';
import { STRINGS } from '../../src/taskpane/i18n';

const grid: WorkbookGrid = {
  sheets: [
    {
      name: '评分表',
      rowCount: 3,
      colCount: 3,
      cells: [
        [{ value: '一级指标' }, { value: '三级指标' }, { value: '实际值' }],
        [{ value: '过程' }, { value: '预算完成率' }, { value: 0.92, format: '0.00%', fill: '#FFEB9C' }],
        [undefined, { value: '支付进度率' }, { value: 2.4 }],
      ],
      merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
    },
    { name: '说明', rowCount: 1, colCount: 1, cells: [[{ value: '数据来源' }]], merges: [] },
  ],
};

function show(selected: CellRef | null = null, onActivate = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <GridView grid={grid} activeSheet="评分表" selected={selected} onActivate={onActivate} strings={STRINGS['zh-CN'].preview} />
    </FluentProvider>,
  );
  return screen.getByRole('region', { name: '评分表' });
}

const cell = (region: HTMLElement, address: string) => region.querySelector(`[data-cell="${address}"]`) as HTMLElement | null;

describe('workbook grid', () => {
  it('shows row and column headers and cell values with their number formats', () => {
    const region = show();
    expect(within(region).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'A', 'B', 'C']);
    expect(within(region).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['1', '2', '3']);
    expect(cell(region, 'C2')?.textContent).toBe('92.00%');
    expect(cell(region, 'C3')?.textContent).toBe('2.4');
  });

  it('paints fills and spans merged cells', () => {
    const region = show();
    expect(cell(region, 'C2')?.style.backgroundColor).toBe('rgb(255, 235, 156)');
    expect(cell(region, 'A2')?.getAttribute('rowspan')).toBe('2');
    expect(cell(region, 'A3')).toBeNull();
  });

  it('highlights the selected cell, or the merge that holds it', () => {
    const region = show({ sheet: '评分表', address: 'A3' });
    expect(region.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);
    expect(cell(region, 'A2')?.getAttribute('aria-selected')).toBe('true');
  });

  it('switches sheets from the tabs', () => {
    const onActivate = jest.fn();
    show(null, onActivate);
    fireEvent.click(screen.getByRole('tab', { name: '说明' }));
    expect(onActivate).toHaveBeenCalledWith('说明');
  });
});
