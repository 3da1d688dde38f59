/** A read-only rendering of one sheet of a WorkbookGrid: headers, fills, merges, the selected cell; sheet tabs below. */
import { useEffect, useMemo, useRef, type Dispatch } from 'react';
import { Tab, TabList, makeStyles, tokens, Text } from '@fluentui/react-components';
import { a1, columnLetters, parseA1, type SheetGrid, type WorkbookGrid } from '../core/grid';
import type { PreviewStrings } from '../taskpane/i18n';
import { cellText } from './cellText';

/** Rendering more rows than this makes the page sluggish; scoring still sees every row. */
export const MAX_RENDERED_ROWS = 1000;

export interface CellRef {
  sheet: string;
  address: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%' },
  scroller: { flexGrow: 1, overflow: 'auto', minHeight: 0, backgroundColor: '#ffffff', color: '#000000' },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: '12px', fontFamily: 'Calibri, "Microsoft YaHei", sans-serif' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: '#f3f3f3' },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    minWidth: '64px',
    border: '1px solid #d4d4d4',
    padding: '2px 4px',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    textAlign: 'right',
    border: '1px solid #d4d4d4',
    padding: '2px 6px',
  },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '2px 4px',
    maxWidth: '240px',
    verticalAlign: 'middle',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
  },
  number: { textAlign: 'right' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  note: { padding: '4px 8px', color: tokens.colorNeutralForeground3 },
});

/** For each merge: the top-left cell's spans, and every other cell it covers. */
function mergeLayout(sheet: SheetGrid) {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    spans.set(a1(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(a1(r, c));
  }
  return { spans, covered };
}

function SheetTable({ sheet, selected }: { sheet: SheetGrid; selected: string | null }) {
  const styles = useStyles();
  const { spans, covered } = useMemo(() => mergeLayout(sheet), [sheet]);
  const rows = Math.min(sheet.rowCount, MAX_RENDERED_ROWS);
  const cols = sheet.colCount;
  // A selection inside a merge highlights the merge's top-left cell, as Excel does.
  const highlighted = useMemo(() => {
    if (!selected) return null;
    const { row, col } = parseA1(selected);
    const merge = sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    return merge ? a1(merge.top, merge.left) : selected;
  }, [selected, sheet]);

  const body = [];
  for (let r = 1; r <= rows; r++) {
    const cells = [];
    for (let c = 1; c <= cols; c++) {
      const address = a1(r, c);
      if (covered.has(address)) continue;
      const cell = sheet.cells[r - 1]?.[c - 1];
      const span = spans.get(address);
      const isSelected = address === highlighted;
      const classes = [styles.cell, typeof cell?.value === 'number' ? styles.number : '', isSelected ? styles.selected : ''];
      cells.push(
        <td
          key={address}
          data-cell={address}
          aria-selected={isSelected || undefined}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={classes.filter(Boolean).join(' ')}
          style={cell?.fill && /^#[0-9a-f]{6}$/i.test(cell.fill) ? { backgroundColor: cell.fill } : undefined}
        >
          {cell ? cellText(cell.value, cell.format) : ''}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row" className={styles.rowHeader}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <table className={styles.table} data-sheet={sheet.name}>
      <thead>
        <tr>
          <th className={styles.corner} />
          {Array.from({ length: cols }, (_, i) => (
            <th key={i} scope="col" className={styles.colHeader}>
              {columnLetters(i + 1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

export function GridView(props: {
  grid: WorkbookGrid;
  activeSheet: string;
  selected: CellRef | null;
  onActivate: Dispatch<string>;
  strings: PreviewStrings;
}) {
  const { grid, activeSheet, selected, onActivate, strings } = props;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = grid.sheets.find((s) => s.name === activeSheet) ?? grid.sheets[0];
  const selectedHere = selected && sheet && selected.sheet === sheet.name ? selected.address : null;

  useEffect(() => {
    if (!selectedHere) return;
    const el = scroller.current?.querySelector('[aria-selected="true"]');
    el?.scrollIntoView?.({ block: 'center', inline: 'center' });
  }, [selectedHere, selected]);

  if (!sheet) return null;
  return (
    <div className={styles.root}>
      <div className={styles.scroller} ref={scroller} role="region" aria-label={sheet.name} tabIndex={0}>
        <SheetTable sheet={sheet} selected={selectedHere} />
      </div>
      {sheet.rowCount > MAX_RENDERED_ROWS && (
        <Text size={200} className={styles.note}>
          {strings.rowsShown(MAX_RENDERED_ROWS, sheet.rowCount)}
        </Text>
      )}
      <TabList
        size="small"
        aria-label={strings.sheets}
        selectedValue={sheet.name}
        onTabSelect={(_, d) => onActivate(String(d.value))}
      >
        {grid.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
