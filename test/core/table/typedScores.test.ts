/**
 * Scores the person typed: replaced by the computed one only with a word about it (score-changed,
 * SPEC §4/§5), remembered across runs through the ledger; kept and checked on judgement rules.
 */
import { scoreWorkbook } from '../../../src/core';
import type { MarkLedger, ScoreOutcome, WorkbookGrid } from '../../../src/core';
import { ledgerFromXml, ledgerToXml } from '../../../src/core/ledgerXml';
import { applyPatches, fillAt, sheet, valueAt, workbook } from './gridBuilder';
import type { CellSpec } from './gridBuilder';
import { RULES, SELF_HEADER, scoreSheet } from './tableFixtures';

type Scored = ScoreOutcome & { after: WorkbookGrid };

const score = (grid: WorkbookGrid, ledger?: MarkLedger): Scored => {
  const outcome = scoreWorkbook(grid, ledger ? { ledger } : {});
  return { ...outcome, after: applyPatches(grid, outcome.patches) };
};
const codesAt = (o: ScoreOutcome) =>
  o.report.tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code}`));
const findingAt = (o: ScoreOutcome, cell: string, code: string) =>
  o.report.tables.flatMap((t) => t.findings).find((f) => f.cell === cell && f.code === code);
const row = (o: ScoreOutcome, r: number) => o.report.tables[0].indicators.find((i) => i.row === r);
/** Put a value into a cell of the first sheet, as a person typing would. */
const typeInto = (grid: WorkbookGrid, address: string, value: CellSpec): WorkbookGrid => {
  const next = structuredClone(grid);
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = m[1].charCodeAt(0) - 64;
  const cells = next.sheets[0].cells;
  while (cells.length < Number(m[2])) cells.push([]);
  cells[Number(m[2]) - 1][col - 1] = { value: value as never };
  return next;
};

describe('a typed score on a rule row that the rule computes differently', () => {
  // 预算完成率 92% against RULES.completion (weight 3) computes 2.4; the person typed 2.5.
  const grid = (typed: CellSpec, input: CellSpec = '92%', note: CellSpec = null) =>
    workbook(
      scoreSheet([
        ['过程', '预算执行', 3, '预算完成率', 3, RULES.completion, input, typed, note],
        ['合计', null, 3, null, 3],
      ]),
    );

  it('is replaced, with a finding at the score cell and a note naming both numbers', () => {
    const o = score(grid(2.5));
    expect(valueAt(o.after, '评分表', 'H3')).toBe(2.4);
    expect(codesAt(o)).toEqual(['H3 score-changed']);
    const finding = findingAt(o, 'H3', 'score-changed');
    expect(finding).toMatchObject({ severity: 'warning', row: 3 });
    expect(finding?.message).toBe('“预算完成率”原填2.5分，按评分标准计算为2.4分，已改为计算得分。');
    const note = valueAt(o.after, '评分表', 'I3') as string;
    // Both numbers, then the computation, which does not say the score a second time.
    expect(note).toBe(
      '原填2.5分，按评分标准计算为2.4分；预算完成率92.00%，低于95%标准3.00个百分点，按每降低5%扣1分计扣0.60分',
    );
    expect(row(o, 3)).toMatchObject({ score: 2.4, status: 'scored', note });
    // A warning: no fill.
    expect(fillAt(o.after, '评分表', 'H3')).toBeNull();
    expect(o.ledger.cells['评分表!H3']).toEqual({ value: 2.4, replaced: 2.5 });
  });

  it('writes the note also when the computed score is full marks', () => {
    const o = score(grid(2.9, '96%'));
    expect(valueAt(o.after, '评分表', 'H3')).toBe(3);
    const note = valueAt(o.after, '评分表', 'I3') as string;
    expect(note).toMatch(/^原填2\.9分，按评分标准计算为3分；预算完成率96\.00%/);
    expect(note).not.toMatch(/得3(\.00)?分/);
    expect(codesAt(o)).toEqual(['H3 score-changed']);
  });

  it('gives the same workbook, note and finding when scored again with the ledger', () => {
    const first = score(grid(2.5));
    const second = score(first.after, first.ledger);
    expect(second.patches).toEqual([]);
    expect(second.report).toEqual(first.report);
    expect(second.ledger).toEqual(first.ledger);
    // Also when the ledger went through its XML part.
    const stored = ledgerFromXml(ledgerToXml(first.ledger));
    expect(stored.damaged).toBe(false);
    const third = score(first.after, stored.ledger);
    expect(third.patches).toEqual([]);
    expect(codesAt(third)).toEqual(['H3 score-changed']);
  });

  it('counts what the person types over our number later', () => {
    const first = score(grid(2.5));
    const second = score(typeInto(first.after, 'H3', 2.2), first.ledger);
    expect(findingAt(second, 'H3', 'score-changed')?.message).toContain('原填2.2分');
    expect(valueAt(second.after, '评分表', 'I3')).toMatch(/^原填2\.2分，/);
    expect(second.ledger.cells['评分表!H3']).toEqual({ value: 2.4, replaced: 2.2 });
  });

  it('puts the typed score back when the rule no longer computes one (the input was cleared)', () => {
    const first = score(grid(2.5));
    const second = score(typeInto(first.after, 'G3', null), first.ledger);
    expect(valueAt(second.after, '评分表', 'H3')).toBe(2.5);
    expect(row(second, 3)).toMatchObject({ score: 2.5, status: 'manual' });
    expect(valueAt(second.after, '评分表', 'I3') ?? null).toBeNull();
    expect(codesAt(second)).toEqual(['G3 missing-input', 'I3 deduction-reason-missing']);
  });

  it('never overwrites the person’s note, and still reports the change', () => {
    const o = score(grid(2.5, '92%', '按上级通知调整'));
    expect(valueAt(o.after, '评分表', 'I3')).toBe('按上级通知调整');
    expect(codesAt(o)).toEqual(['H3 score-changed']);
  });

  it.each([
    [2.4, 'the computed score'],
    [2.401, 'equal after rounding to the table’s decimals'],
  ])('is no change when the typed score is %s (%s)', (typed) => {
    const o = score(grid(typed));
    expect(codesAt(o)).toEqual([]);
    expect(valueAt(o.after, '评分表', 'I3')).toBe(row(o, 3)?.note);
    expect(valueAt(o.after, '评分表', 'I3')).not.toMatch(/原填/);
  });

  it('reports a typed score replaced in the 预算执行率 block', () => {
    const o = score(
      workbook(
        sheet(
          '绩效自评表',
          [
            ['年度资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
            ['年度资金总额', null, 152.13, 221.69, 218.68, 10, null, 9.9],
            SELF_HEADER,
            ['产出指标', '数量指标', '改革数量', '≥73个', '73个', 90],
            ['总分', null, null, null, null, 100],
          ],
          ['A1:B1', 'A2:B2'],
        ),
      ),
    );
    expect(valueAt(o.after, '绩效自评表', 'H2')).toBe(9.86);
    expect(findingAt(o, 'H2', 'score-changed')?.message).toBe(
      '“预算执行率”原填9.9分，按评分标准计算为9.86分，已改为计算得分。',
    );
    expect(row(o, 2)?.note).toMatch(/^原填9\.9分，按评分标准计算为9\.86分；/);
    const again = score(o.after, o.ledger);
    expect(again.patches).toEqual([]);
    expect(again.report).toEqual(o.report);
  });
});

describe('judgement rules (酌情扣分) are the person’s to score', () => {
  const rule = '根据年度工作任务完成情况酌情扣分。';
  const grid = (typed: CellSpec, note: CellSpec = null, input: CellSpec = null) =>
    workbook(
      scoreSheet([
        ['产出', '职责履行', 10, '重点工作完成情况', 10, rule, input, typed, note],
        ['合计', null, 10, null, 10],
      ]),
    );

  it('keeps a typed score with a reason, with no finding even where the input cell is empty', () => {
    const o = score(grid(8, '一项重点工作延期'));
    expect(row(o, 3)).toMatchObject({ kind: 'manual', status: 'manual', score: 8, unparsed: [] });
    expect(codesAt(o)).toEqual([]);
    expect(o.patches.filter((p) => p.role !== 'total')).toEqual([]);
    expect(o.report.tables[0].total).toMatchObject({ score: 8, provisional: false });
  });

  it('asks for the score when none is typed, and for nothing else', () => {
    const o = score(grid(null));
    expect(codesAt(o)).toEqual(['H3 manual-score-missing']);
    expect(o.report.tables[0].total.provisional).toBe(true);
  });

  it('asks for the reason of a typed score below the weight', () => {
    expect(codesAt(score(grid(8)))).toEqual(['I3 deduction-reason-missing']);
  });

  it('flags a typed score above the weight, and keeps it as typed', () => {
    const o = score(grid(12, '超额完成'));
    expect(codesAt(o)).toEqual(['H3 score-out-of-range']);
    expect(valueAt(o.after, '评分表', 'H3')).toBe(12);
  });

  it('reads no input: whatever the input cell says raises nothing', () => {
    expect(codesAt(score(grid(10, null, '良好')))).toEqual([]);
    expect(codesAt(score(grid(10, null, 'abc')))).toEqual([]);
  });

  it('never replaces the typed score: nothing is computed', () => {
    const o = score(grid(9.9, '略有延误'));
    expect(codesAt(o)).toEqual([]);
    expect(valueAt(o.after, '评分表', 'H3')).toBe(9.9);
  });
});
