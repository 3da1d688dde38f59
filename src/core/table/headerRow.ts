/** Recognising header rows: the indicator header (SPEC §1) and the 预算执行率 block's header. */
import Decimal from 'decimal.js';
import {
  BUDGET_BLOCK_HEADERS,
  FOURTH_LEVEL_HEADERS,
  GRADE_BAND_HEADERS,
  HEADER_EXACT_SYNONYMS,
  HEADER_JOINERS,
  HEADER_SYNONYMS,
  NON_ROLE_HEADERS,
  OBTAINED_SCORE_LEADS,
  WEAK_RULE_HEADERS,
} from '../vocabulary/headers';
import type { ColumnRole } from '../vocabulary/headers';
import { alternatives } from '../text';
import { labelWeight, normalizeHeader } from './headerText';
import type { ColumnMap } from './model';
import type { SheetView } from './sheetView';

/** A header may carry a few extra characters around a synonym (`三级指标名称`, `评分标准及方法`), no more. */
const MAX_EXTRA_CHARS = 6;

interface Lexicon<R extends string> {
  /** Longest first, so `得分说明` wins over `得分` and `年度指标值` over `指标值`. */
  readonly entries: readonly (readonly [R, string])[];
  readonly exact: ReadonlyMap<string, R>;
  /** Every character a synonym holds: a text sharing none of them names no column (most data cells). */
  readonly chars: ReadonlySet<string>;
}

function lexicon<R extends string>(table: Record<R, readonly string[]>): Lexicon<R> {
  const entries: [R, string][] = [];
  for (const role of Object.keys(table) as R[]) for (const word of table[role]) entries.push([role, word]);
  entries.sort((a, b) => b[1].length - a[1].length);
  const exact = new Map<string, R>();
  for (const [role, word] of entries) if (!exact.has(word)) exact.set(word, role);
  return { entries, exact, chars: new Set(entries.flatMap(([, w]) => [...w])) };
}

/** `none`: a label (it makes a row a header row) whose column has no role; `band`: a grade column. */
const HEADER_LEXICON = withExact<ColumnRole | 'none' | 'band'>(
  lexicon({ ...HEADER_SYNONYMS, none: NON_ROLE_HEADERS }),
  { ...HEADER_EXACT_SYNONYMS, band: GRADE_BAND_HEADERS },
);

/** How many grade columns in a row make a rule spread over them. */
const MIN_GRADE_BANDS = 3;

/** A lexicon that also knows words matched only as the whole text. */
function withExact<R extends string>(
  lex: Lexicon<R>,
  words: Partial<Record<R, readonly string[]>>,
): Lexicon<R> {
  const exact = new Map(lex.exact);
  for (const role of Object.keys(words) as R[])
    for (const w of words[role] ?? []) if (!exact.has(w)) exact.set(w, role);
  return { ...lex, exact };
}
const BUDGET_LEXICON = lexicon({
  ...BUDGET_BLOCK_HEADERS,
  initial: ['年初预算数', '年初预算'],
  weight: [...BUDGET_BLOCK_HEADERS.weight, ...HEADER_SYNONYMS.weight],
  score: [...BUDGET_BLOCK_HEADERS.score, ...HEADER_SYNONYMS.score],
});

function classify<R extends string>(text: string, lex: Lexicon<R>): R | null {
  if (text === '') return null;
  const exact = lex.exact.get(text);
  if (exact !== undefined) return exact;
  let shared = false;
  for (const ch of text)
    if (lex.chars.has(ch)) {
      shared = true;
      break;
    }
  if (!shared) return null;
  // A name compounded with a rule or a weight names the column by what it ends with (`三级指标分值` is a weight,
  // `考核内容扣分标准` a rule); joined by 及/和 it names two things — rules when the last is a rule word
  // (`考核内容及评分标准`), else the longest word held decides, as it does for a word inside another (`实得分数`).
  const held = lex.entries.filter(
    ([, word]) => text.length <= word.length + MAX_EXTRA_CHARS && text.includes(word),
  );
  if (held.length === 0) return null;
  return (JOINED_RE.test(text) ? joinedRule(text, held) : headOf(text, held)) ?? held[0][0];
}

/** `考核内容及评分说明`: two things in one column, the last a rule — the column holds the rules. */
function joinedRule<R extends string>(text: string, held: (readonly [R, string])[]): R | undefined {
  const last = text.split(JOINED_RE).pop() ?? '';
  return held.find(
    ([role, word]) => role === 'rule' && last.endsWith(word) && last.length - word.length <= 2,
  )?.[0];
}

/** The role of a rule or weight word closing the text after a name word, neither overlapping the other. */
function headOf<R extends string>(text: string, held: (readonly [R, string])[]): R | undefined {
  const endsAt = (word: string) => text.indexOf(word) + word.length;
  const inner = held.filter(([, word]) => !text.endsWith(word));
  for (const [role, word] of held) {
    if ((role !== 'rule' && role !== 'weight') || !text.endsWith(word)) continue;
    const from = text.length - word.length;
    // (Words inside the closing word, `评分` in `评分标准`, are that word.)
    const before = inner.filter(([, w]) => !word.includes(w));
    if (before.some(([, w]) => endsAt(w) > from)) continue;
    if (before.some(([r]) => r === 'name')) return role;
  }
  return undefined;
}

/** A score header naming the points obtained (`实际得分`), and the words joining two things in one header. */
const OBTAINED_RE = new RegExp(`^(${alternatives(OBTAINED_SCORE_LEADS)})`);
const JOINED_RE = new RegExp(alternatives(HEADER_JOINERS));

export function classifyHeader(text: string): ColumnRole | null {
  const role = classify(normalizeHeader(text), HEADER_LEXICON);
  return role === 'none' || role === 'band' ? null : role;
}

type HeaderCell = { col: number; text: string };

/** Recognition asks every row whether it is a header, more than once: each row's labels are read once. */
const headerCellsMemo = new WeakMap<SheetView, Map<number, HeaderCell[]>>();

/** Header cells of a row, left to right: (column, normalised text) of every cell stored in the row. */
function headerCells(view: SheetView, row: number): HeaderCell[] {
  let memo = headerCellsMemo.get(view);
  if (!memo) headerCellsMemo.set(view, (memo = new Map()));
  let found = memo.get(row);
  if (!found) memo.set(row, (found = readHeaderCells(view, row)));
  return found;
}

function readHeaderCells(view: SheetView, row: number): HeaderCell[] {
  const cells = view.sheet.cells[row - 1] ?? [];
  const out: HeaderCell[] = [];
  for (let c = 1; c <= cells.length; c++) {
    const v = cells[c - 1]?.value;
    // A header is a short label; long text is data (checked before normalising: most cells are long).
    if (typeof v !== 'string' || v.length > 60) continue;
    const text = normalizeHeader(v);
    if (text !== '' && text.length <= 24) out.push({ col: c, text });
  }
  return out;
}

/** An indicator header: its columns, and its last row (the row above the first data row). */
export interface HeaderRows {
  cols: ColumnMap;
  /** The header's last row: the row itself, or the row under it when the header spans two rows. */
  last: number;
}

const headerMemo = new WeakMap<SheetView, Map<number, HeaderRows | null>>();

/**
 * The indicator header starting at this row, if it is one (memoised: recognition asks every row).
 * A header may span two rows: group labels above (`评价指标` over 一级/二级/三级, `评价结果` over
 * 得分/扣分原因) with the column labels under them; cells merged down from the upper row count too.
 */
export function readHeaderRow(view: SheetView, row: number): HeaderRows | null {
  let memo = headerMemo.get(view);
  if (!memo) headerMemo.set(view, (memo = new Map()));
  let found = memo.get(row);
  if (found === undefined) memo.set(row, (found = readHeader(view, row)));
  return found;
}

function readHeader(view: SheetView, row: number): HeaderRows | null {
  const upper = headerCells(view, row);
  if (upper.length === 0) return null;
  const lower = labelRow(view, row) && (labelRow(view, row + 1) ?? subLabels(view, row));
  if (lower && upper.some((c) => classify(c.text, HEADER_LEXICON) !== null)) {
    // Under a group label the column labels count; elsewhere the upper row's (merged down) label does.
    // (A caption merged across columns that have labels of their own below, `项目及分值` over
    // `序号 | 类别及分值`, names none of them.)
    const captions = upper.filter((c) => {
      const m = view.merge(row, c.col);
      return m !== undefined && m.right > m.left && lower.some((l) => l.col >= m.left && l.col <= m.right);
    });
    const byCol = new Map(upper.filter((c) => !captions.includes(c)).map((c) => [c.col, c]));
    for (const c of lower) byCol.set(c.col, c);
    const cols = accepted(view, columnsOf([...byCol.values()].sort((a, b) => a.col - b.col)), row + 1);
    if (cols) return { cols, last: row + 1 };
  }
  const cols = accepted(view, columnsOf(upper), row);
  return cols ? { cols, last: row } : null;
}

/**
 * A row of column labels, not data: at least two header words and more header words than other
 * cells, no numbers (a data row holds its 分值). Both rows of a two-row header are such rows.
 */
function labelRow(view: SheetView, row: number): HeaderCell[] | null {
  const stored = wordCells(view, row);
  if (stored === null) return null;
  const labels = headerCells(view, row).filter((c) => classify(c.text, HEADER_LEXICON) !== null);
  return labels.length >= 2 && labels.length * 2 > stored.length ? labels : null;
}

/** The columns of the row's filled cells, when it has some and holds no number (a data row holds its 分值). */
function wordCells(view: SheetView, row: number): number[] | null {
  if (row > view.sheet.rowCount) return null;
  const cols: number[] = [];
  for (const [i, c] of (view.sheet.cells[row - 1] ?? []).entries()) {
    if (!c || textOfValue(c.value) === '') continue;
    if (typeof c.value === 'number') return null;
    cols.push(i + 1);
  }
  return cols;
}

/**
 * The row under a header whose every cell sits under a caption merged across columns (`评分` over
 * `自评 | 机构`), with no numbers: its labels, when one at least names a role.
 */
function subLabels(view: SheetView, row: number): HeaderCell[] | null {
  const stored = wordCells(view, row + 1);
  if (stored === null || stored.length === 0) return null;
  const underCaption = (col: number) => {
    const m = view.merge(row, col);
    return m !== undefined && m.right > m.left && m.top === row && m.bottom === row;
  };
  if (!stored.every(underCaption)) return null;
  const labels = headerCells(view, row + 1).filter((c) => classify(c.text, HEADER_LEXICON) !== null);
  return labels.length > 0 ? labels : null;
}

function textOfValue(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * The columns of an indicator header: a name column (or, lacking one, the deepest level column) and at least
 * one of rule/actual/target/score, with how many of those four it has (`accepted` decides on a header
 * without 分值). Each 分值 belongs to the indicator column on its left.
 */
function columnsOf(cells: HeaderCell[]): { cols: ColumnMap; scoring: number; namesAsGroups: boolean } | null {
  if (cells.length < 3) return null;
  const cols: Partial<Record<string, number>> = {};
  let owner: 'level1' | 'level2' | 'name' | null = null;
  const weights: { col: number; owner: 'level1' | 'level2' | 'name' | null }[] = [];
  const weakRule = new Set<number>();
  let containedScore = false;
  let exactActual = false;
  let dueScore: number | undefined;
  const targets: number[] = [];
  const bands: number[] = [];
  /** The level columns so far are name headers read as groups. */
  let namesAsGroups = false;
  for (const { col, text } of cells) {
    const role = classify(text, HEADER_LEXICON);
    if (role === 'band') {
      bands.push(col);
      continue;
    }
    if (role === null || role === 'none') continue;
    if (role === 'weight') {
      weights.push({ col, owner });
      continue;
    }
    if (role === 'level1' || role === 'level2' || role === 'name') owner = role;
    if (role === 'target') targets.push(col);
    // A name header left of the level columns is a caption over the whole block (the 财政部 自评表's
    // `绩效指标`); the 三级 names are the name column after the levels.
    const levelSince = (cols.level1 ?? 0) > (cols.name ?? 0) || (cols.level2 ?? 0) > (cols.name ?? 0);
    // Two name headers and no level columns (`评价内容 | 评价指标(分值)`): the first names the groups; a
    // third (`项目 | 考核内容 | 考核指标`) names the rows, the second the groups under the first's.
    const groups =
      role === 'name' && cols.name !== undefined && cols.level1 === undefined && cols.level2 === undefined;
    // (Not past the names' own 分值: `考核项目 | 考核要点 | 分值 | 考核内容` — the third, after the weight, says
    // what is assessed, the rows are the second's.)
    const subgroups =
      role === 'name' &&
      namesAsGroups &&
      cols.level2 === undefined &&
      !weights.some((w) => w.owner === 'name');
    const scoreYields = role === 'score' && containedScore && HEADER_LEXICON.exact.get(text) === 'score';
    // (`年度绩效目标完成情况` merged down the left of the 自评表's indicators is a caption: an actual header said
    // exactly, `实际完成值`, after it is the column.)
    const actualYields =
      role === 'actual' &&
      cols.actual !== undefined &&
      !exactActual &&
      HEADER_LEXICON.exact.get(text) === 'actual';
    // A weak rule header yields to a rule column after it.
    const yields =
      role === 'rule' &&
      cols.rule !== undefined &&
      weakRule.has(cols.rule) &&
      !WEAK_RULE_HEADERS.includes(text);
    // A name header after the levels and a name (`一级 | 二级 | 三级 | 四级指标`): four levels, of which the
    // rows are the last; the 三级 groups them as the 二级 (whose weights its rows add up to) and the 二级 goes.
    const deeper =
      role === 'name' &&
      FOURTH_LEVEL_HEADERS.some((w) => text.startsWith(w)) &&
      cols.name !== undefined &&
      !namesAsGroups &&
      !levelSince &&
      (cols.level1 !== undefined || cols.level2 !== undefined);
    if (groups) [cols.level1, cols.name, namesAsGroups] = [cols.name, col, true];
    else if (subgroups) [cols.level2, cols.name] = [cols.name, col];
    else if (deeper) {
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i].owner === 'level2') weights.splice(i, 1);
      for (const w of weights) if (w.owner === 'name') w.owner = 'level2';
      [cols.level2, cols.name] = [cols.name, col];
    } else if (
      cols[role] === undefined ||
      (role === 'name' && levelSince) ||
      yields ||
      scoreYields ||
      actualYields
    )
      cols[role] = col;
    if (role === 'actual' && cols.actual === col) exactActual = HEADER_LEXICON.exact.get(text) === 'actual';
    if (role === 'rule' && WEAK_RULE_HEADERS.includes(text)) weakRule.add(col);
    // (A header holding a score word before the noun it names, `评分指导点`, yields to a score header after it,
    // `得分`; `自查得分` is a score, the unit's own.)
    if (role === 'score' && cols.score === col)
      containedScore = !HEADER_SYNONYMS.score.some((w) => text.endsWith(w));
    // (A score obtained, `实际得分`, after another score header: that one was the points due.)
    if (role === 'score' && cols.score !== undefined && cols.score !== col && OBTAINED_RE.test(text)) {
      dueScore = cols.score;
      cols.score = col;
    }
    if (yields && cols.describes === undefined) cols.describes = [...weakRule][0];
  }
  // Without a rule column, a run of grade columns (`A | B | C | D`) is the rule, spread over them.
  const run = gradeRun(bands);
  if (run !== null && cols.rule === undefined) [cols.rule, cols.bandsTo] = run;
  // A target over 指标性质 | 指标值 | 度量单位 is the 指标值 after 指标性质 (a project's `年度目标` left of the
  // indicators is a paragraph, no row's target).
  const op = cols.targetOp;
  const valueCol = op === undefined ? undefined : targets.find((c) => c > op);
  if (valueCol !== undefined) cols.target = valueCol;
  if (cols.name === undefined) {
    // No 三级 column: the deepest level column names the indicators and takes over its weight.
    const deepest = cols.level2 !== undefined ? 'level2' : cols.level1 !== undefined ? 'level1' : null;
    if (deepest !== null) {
      cols.name = cols[deepest];
      delete cols[deepest];
      for (const w of weights) if (w.owner === deepest) w.owner = 'name';
    } else if (cols.rule !== undefined && (weights.length > 0 || cols.score !== undefined)) {
      // No level column either (`岗位 | 序号 | 考核内容扣分标准 | 应得分数 | … | 实得分数`): the rule's words name the rows.
      cols.name = cols.rule;
    } else return null;
  }
  // (The 三级 分值 after the name column wins over one left of every indicator column, `项目权重`, which
  // holds level labels. Two after the names of a table whose groups have a column of their own,
  // `项目分值 | 标准分值`: the first is the groups'.)
  const named = weights.filter((w) => w.owner === 'name');
  if (
    named.length >= 2 &&
    cols.level1 !== undefined &&
    cols.level2 === undefined &&
    cols.level1Weight === undefined
  )
    named[0].owner = 'level1';
  else if (
    weights.length === 0 &&
    dueScore !== undefined &&
    cols.score !== undefined &&
    cols.score > dueScore
  ) {
    // (`总评分 | 实际得分`: the points due, then those obtained — the first is the weight.)
    weights.push({ col: dueScore, owner: 'name' });
  } else if (named.length >= 2 && cols.score === undefined) {
    // (`三级指标 | 分值 | 三级指标简要说明 | 分数`, no 得分: the names' second number column is what they scored.)
    const last = named[named.length - 1];
    weights.splice(weights.indexOf(last), 1);
    cols.score = last.col;
  }
  const owned = [...weights].sort((a, b) => Number(b.owner === 'name') - Number(a.owner === 'name'));
  for (const w of owned) {
    const key = w.owner === 'level1' ? 'level1Weight' : w.owner === 'level2' ? 'level2Weight' : 'weight';
    if (cols[key] === undefined) cols[key] = w.col;
    // (That 项目权重 column holds the 一级 labels, each with its weight: `项目管理 13分`.)
    else if (w.owner === null && cols.level1 === undefined && w.col < (cols.name ?? 0)) cols.level1 = w.col;
  }
  const scoring = ['rule', 'actual', 'target', 'score', 'deducted'].filter(
    (r) => cols[r] !== undefined,
  ).length;
  return scoring > 0 ? { cols: cols as ColumnMap, scoring, namesAsGroups } : null;
}

/** The first run of at least MIN_GRADE_BANDS adjacent grade columns: its first and last column. */
function gradeRun(cols: readonly number[]): [number, number] | null {
  for (let i = 0; i < cols.length;) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    if (j - i + 1 >= MIN_GRADE_BANDS) return [cols[i], cols[j]];
    i = j + 1;
  }
  return null;
}

/**
 * Without a 分值 column a header still makes a table when two columns score (rule and score, target and
 * actual…: the weights are then asked for), or when the names under it state their weights
 * (`相关性(5分)` over a 得分 column alone).
 */
function accepted(view: SheetView, found: ReturnType<typeof columnsOf>, last: number) {
  if (found === null) return null;
  const { cols, scoring } = found.namesAsGroups ? rulesUnderName(view, found, last) : found;
  if (cols.weight !== undefined || scoring >= 2) return cols;
  const end = Math.min(view.sheet.rowCount, last + NAMES_LOOKED_AT * 4);
  for (let row = last + 1, seen = 0; row <= end && seen < NAMES_LOOKED_AT; row++) {
    const name = view.text(row, cols.name);
    if (name === '') continue;
    if (labelWeight(name).weight === null) return null;
    seen++;
  }
  return view.text(last + 1, cols.name) === '' ? null : cols;
}

/**
 * `考核项目 | 各项分值 | 考核指标` with no rule column: two name headers, the first read as the groups — but when
 * the second's cells read as rules (points written in sentences, `…得2分。`) and the first's are short, the
 * first names the rows and the second holds their rules.
 */
function rulesUnderName<F extends { cols: ColumnMap; scoring: number }>(
  view: SheetView,
  found: F,
  last: number,
): F {
  const { cols } = found;
  if (cols.rule !== undefined || cols.level1 === undefined || cols.level2 !== undefined) return found;
  const groups = cols.level1;
  const end = Math.min(view.sheet.rowCount, last + RULES_LOOKED_AT);
  let texts = 0;
  let rules = 0;
  let longer = 0;
  let own = 0;
  for (let row = last + 1; row <= end; row++) {
    const text = view.text(row, cols.name);
    if (text === '') continue;
    texts++;
    if (POINTS_WRITTEN_RE.test(text) && text.length >= 12) rules++;
    if (text.length > view.text(row, groups).length * 2) longer++;
    // (Groups merged down over their rows are groups: `班子和党风廉建设(20分)` over five rule-named rows.)
    const m = view.merge(row, groups);
    if (view.text(row, groups) !== '' && (m === undefined || m.bottom === m.top)) own++;
  }
  if (texts < 3 || rules < Math.max(2, texts / 5) || longer * 2 < texts || own * 2 < texts) return found;
  const read: ColumnMap = { ...cols, rule: cols.name, name: groups };
  delete read.level1;
  return { ...found, cols: read, scoring: found.scoring + 1 };
}

/** Points written in a sentence: `得2分`, `扣0.5分`, `计1分`, `（2分）`. */
const POINTS_WRITTEN_RE = /[得扣计记加减给(（]\s*\d+(?:\.\d+)?\s*分/;
/** How many rows under a header are read to tell rules from names. */
const RULES_LOOKED_AT = 20;

/** How many names under a header without 分值 must state their weights (looked for within four times as many rows). */
const NAMES_LOOKED_AT = 3;

export interface BudgetHeader {
  budget: number;
  executed: number;
  weight?: number;
  rate?: number;
  score?: number;
  /** Without a 分值 column, the weight a header label states (`预算执行情况(万元)(20分)`, `得分(20分*执行率)`). */
  statedWeight?: { value: Decimal; col: number };
}

/**
 * The row's columns when it is the header of a 预算执行率 block: 全年预算数, 全年执行数 and 分值 at least, or,
 * without 分值, a weight stated in one of its labels.
 */
export function readBudgetHeader(view: SheetView, row: number): BudgetHeader | null {
  const found: Partial<Record<string, number>> = {};
  // A label that is a synonym exactly (`调整后预算数`) wins over one that only holds one (`年度预算数(万元)`,
  // a caption over the row labels).
  const cells = headerCells(view, row);
  for (const { col, text } of cells) {
    const role = BUDGET_LEXICON.exact.get(text);
    if (role !== undefined && found[role] === undefined) found[role] = col;
  }
  for (const { col, text } of cells) {
    const role = classify(text, BUDGET_LEXICON);
    if (role !== null && found[role] === undefined && !Object.values(found).includes(col)) found[role] = col;
  }
  const { executed, weight, rate, score } = found;
  // (A block stating only 年初预算数(A) divides by it, as its own `执行率(B/A)` says.)
  const budget = found.budget ?? found.initial;
  if (budget === undefined || executed === undefined) return null;
  if (weight !== undefined) return { budget, executed, weight, rate, score };
  for (let col = 1; col <= (view.sheet.cells[row - 1]?.length ?? 0); col++) {
    const m = STATED_WEIGHT_RE.exec(view.text(row, col));
    if (m !== null && view.master(row, col).col === col)
      return { budget, executed, rate, score, statedWeight: { value: new Decimal(m[1]), col } };
  }
  return null;
}

/** `(20分)`, `(20分*执行率)`: a weight stated in a header label. */
const STATED_WEIGHT_RE = /[(（](\d+(?:\.\d+)?)分[)）*×xX]/;
