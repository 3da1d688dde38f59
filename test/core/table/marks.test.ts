import { clearMarks, scoreWorkbook } from '../../../src/core';
import type { MarkLedger, WorkbookGrid } from '../../../src/core';
import { applyPatches, fillAt, valueAt, workbook } from './gridBuilder';
import { RULES, scoreSheet } from './tableFixtures';

const YELLOW = '#FFEB9C';
const BLUE = '#D9E1F2';
const S = '评分表';

/** Two rules, an input the person may change, a manual row, a total. */
function grid(
  opts: { input?: string | null; inputFill?: string; note?: string | null; manualNote?: string | null } = {},
): WorkbookGrid {
  const input = opts.input === undefined ? '92%' : opts.input;
  return workbook(
    scoreSheet(
      [
        [
          '投入',
          '预算执行',
          5,
          '预算完成率',
          3,
          RULES.completion,
          { v: input, fill: opts.inputFill },
          null,
          opts.note ?? null,
        ],
        [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
        ['效果', '履职效益', 95, '实施效益', 95, RULES.manual, null, 90, opts.manualNote ?? null],
        ['合计', null, 100, null, 100],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4'],
    ),
  );
}

/** Every filled cell as `A1 → fill`. */
function fills(g: WorkbookGrid): Record<string, string> {
  const out: Record<string, string> = {};
  g.sheets[0].cells.forEach((r, i) =>
    r.forEach((c, j) => c?.fill && (out[`${String.fromCharCode(65 + j)}${i + 1}`] = c.fill)),
  );
  return out;
}

function run(g: WorkbookGrid, ledger?: MarkLedger) {
  const outcome = scoreWorkbook(g, { ledger });
  return { ...outcome, after: applyPatches(g, outcome.patches) };
}

/** Replace one cell's value, as the person would. */
function edit(g: WorkbookGrid, address: string, value: string | number | null): WorkbookGrid {
  const next = structuredClone(g);
  const col = address.charCodeAt(0) - 64;
  const r = Number(address.slice(1));
  const cells = next.sheets[0].cells[r - 1];
  cells[col - 1] = { ...(cells[col - 1] ?? {}), value };
  return next;
}

describe('notes and the ledger', () => {
  it('never touches a note the person wrote', () => {
    const first = run(grid({ note: '年中追加预算，执行偏慢' }));
    expect(first.patches.some((p) => p.role === 'note')).toBe(false);
    expect(valueAt(first.after, S, 'I3')).toBe('年中追加预算，执行偏慢');
    expect(first.ledger.cells[`${S}!I3`]?.note).toBeUndefined();
  });

  it('replaces our own note when the score changes, and removes it when the row reaches full score', () => {
    const first = run(grid());
    const ours = valueAt(first.after, S, 'I3');
    expect(first.ledger.cells[`${S}!I3`].note).toBe(ours);

    const second = run(edit(first.after, 'G3', '85%'), first.ledger);
    expect(valueAt(second.after, S, 'H3')).toBe(1);
    expect(valueAt(second.after, S, 'I3')).not.toBe(ours);
    expect(valueAt(second.after, S, 'I3')).toMatch(/1(\.00)?分/);

    const third = run(edit(second.after, 'G3', '96%'), second.ledger);
    expect(valueAt(third.after, S, 'H3')).toBe(3);
    expect(valueAt(third.after, S, 'I3')).toBeNull();
    expect(third.ledger.cells[`${S}!I3`]?.note).toBeUndefined();
  });

  it('keeps a note the person wrote over ours from then on', () => {
    const first = run(grid());
    const second = run(edit(first.after, 'I3', '我的说明'), first.ledger);
    expect(second.patches.filter((p) => p.row === 3 && p.col === 9)).toEqual([]);
    expect(second.ledger.cells[`${S}!I3`]?.note).toBeUndefined();
  });

  it('does not count our own note as the reason for a typed score below the weight', () => {
    // The manual row's note cell holds a note we once wrote (ledger says so): the reason is still owed.
    const g = grid({ manualNote: '旧的计算说明' });
    const ledger: MarkLedger = { version: 1, cells: { [`${S}!I5`]: { note: '旧的计算说明' } } };
    const o = run(g, ledger);
    expect(o.report.tables[0].findings.map((f) => `${f.cell} ${f.code}`)).toContain(
      'I5 deduction-reason-missing',
    );
    // …and the stale note of ours is removed rather than left as if it were the person's.
    expect(valueAt(o.after, S, 'I5')).toBeNull();
  });

  it('forgets a score of ours when the input it came from is cleared', () => {
    const first = run(grid());
    expect(valueAt(first.after, S, 'H3')).toBe(2.4);
    const second = run(edit(first.after, 'G3', null), first.ledger);
    expect(second.report.tables[0].indicators[0]).toMatchObject({ status: 'missing-input', score: null });
    expect(valueAt(second.after, S, 'H3')).toBeNull();
  });
});

describe('fills', () => {
  it('marks a missing input, then gives the cell its earlier fill back once it is filled in', () => {
    const first = run(grid({ input: null, inputFill: BLUE }));
    expect(fillAt(first.after, S, 'G3')).toBe(YELLOW);
    expect(first.ledger.cells[`${S}!G3`].fillBefore).toBe(BLUE);

    const still = run(first.after, first.ledger);
    expect(fillAt(still.after, S, 'G3')).toBe(YELLOW);
    expect(still.ledger.cells[`${S}!G3`].fillBefore).toBe(BLUE);

    const fixed = run(edit(still.after, 'G3', '96%'), still.ledger);
    expect(fillAt(fixed.after, S, 'G3')).toBe(BLUE);
    expect(fixed.ledger.cells[`${S}!G3`]?.fillBefore).toBeUndefined();
  });

  it('leaves alone a colour the person set over our mark', () => {
    const first = run(grid({ input: null }));
    const recoloured = structuredClone(first.after);
    recoloured.sheets[0].cells[2][6] = { value: '96%', fill: '#00FF00' };
    const o = run(recoloured, first.ledger);
    expect(fillAt(o.after, S, 'G3')).toBe('#00FF00');
  });
});

describe('idempotence and clearing', () => {
  const messy = () =>
    workbook(
      scoreSheet(
        [
          ['投入', '预算执行', 6, '预算完成率', 3, RULES.completion, { v: null, fill: BLUE }],
          [null, null, null, '在职人员控制率', 2, RULES.staff, '101%'],
          [null, '预算管理', 2, '资金使用合规性', null, '每发现一类问题扣1分，扣完为止。', 1],
          ['效果', '履职效益', 89, '实施效益', 89, RULES.manual, null, 80],
          [null, null, null, '服务对象满意度', 5, RULES.manual],
          ['合计', null, 100, null, 100, null, null, 1],
        ],
        ['A3:A5', 'B3:B4', 'C3:C4', 'A6:A7', 'B6:B7', 'C6:C7'],
      ),
    );

  it('scoring twice ends where scoring once did: the second run has nothing to change', () => {
    const first = run(messy());
    expect(first.report.tables[0].findings.length).toBeGreaterThan(4);
    const second = run(first.after, first.ledger);
    expect(second.patches).toEqual([]);
    expect(second.report).toEqual(first.report);
    expect(second.ledger).toEqual(first.ledger);
  });

  it('clearMarks restores every earlier fill and removes our notes; scores stay', () => {
    const original = messy();
    const first = run(original);
    const cleared = clearMarks(first.after, first.ledger);
    const after = applyPatches(first.after, cleared.patches);
    expect(first.patches.some((p) => p.role === 'mark')).toBe(true);
    expect(fills(after)).toEqual(fills(original));
    expect(valueAt(after, S, 'I4')).toBeNull(); // our note on 在职人员控制率
    expect(valueAt(after, S, 'H4')).toBe(1.5); // its score stays
    expect(
      Object.values(cleared.ledger.cells).every((e) => e.fillBefore === undefined && e.note === undefined),
    ).toBe(true);
    // Clearing again changes nothing.
    expect(clearMarks(after, cleared.ledger).patches).toEqual([]);
  });
});
