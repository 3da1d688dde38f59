/**
 * Scoring one indicator row: the rule request from its cells, the rule engine's result, then the
 * write-back rules of SPEC §4 and the row's findings (SPEC §5).
 */
import Decimal from 'decimal.js';
import { deriveForRow, type WorkbookData } from '../derive';
import { a1 } from '../grid';
import type { IndicatorReport } from '../report';
import type { InputValue, RuleIssue, RuleKind, RuleResult } from '../rules/types';
import type { ScoringSettings } from '../settings';
import type { OutputColumns } from './columns';
import type { FindingList } from './findingList';
import { MESSAGES } from './messages';
import { isSelfEvaluation } from './model';
import type { CellRef, IndicatorRow, TableLayout } from './model';
import { decimalIn, weightIn } from './numbers';
import { isBlankMark } from './headerText';
import { formatPlain, roundScore } from '../numberText';
import { scoreUnlessDate } from './dateInput';
import type { WriteBack } from './writeBack';

export interface ScoredIndicator {
  report: IndicatorReport;
  score: Decimal | null;
  weight: Decimal | null;
  /** A score the person typed that stands as the row's score (manual rows). */
  typedKept: boolean;
  /** The note cell holds the person's own words. */
  personNote: boolean;
  /** Where the row's note goes (null for the 预算执行率 block, which has none). */
  noteCell: CellRef | null;
}

export interface TableContext {
  layout: TableLayout;
  out: OutputColumns;
  settings: ScoringSettings;
  wb: WriteBack;
  findings: FindingList;
  /** Set when something was written to, or found at, an added column (so it gets its header). */
  usedAdded: Set<'score' | 'note'>;
  /** The workbook's data tables, where a blank input's definition finds its numbers (src/core/derive). */
  data?: WorkbookData;
}

export function scoreIndicator(ctx: TableContext, ind: IndicatorRow): ScoredIndicator {
  const { layout, out, wb, findings } = ctx;
  const { view, cols } = layout;
  const sheet = view.name;
  const at = (row: number, col: number) => ({ sheet, ...view.master(row, col) });
  const ownCell = layout.weightGroups[ind.group].cell ?? { row: ind.row, col: cols.weight ?? -1 };
  const own = weightIn(view.value(ownCell.row, ownCell.col));
  // A weight stated in the name (`决策依据(4分)`) is recorded only where the 分值 cell states none of the row's
  // own: blank, no 分值 column, or one merged over a group whose rows state theirs. Without a 分值 column a
  // weight missing is asked for at the name.
  const nameCell = view.master(ind.row, cols.name);
  const weightCell = ind.statedWeight
    ? ind.statedWeight.cell
    : cols.weight === undefined
      ? nameCell
      : ownCell;
  const weight =
    ind.statedWeight?.value ??
    own ??
    (cols.weight === undefined ? (soleChildWeight(layout, ind) ?? topGradePoints(layout, ind.row)) : null);
  // Rows sharing one merged weight: a member's score below the shared weight is no deduction by itself.
  const sharesWeight = layout.weightGroups[ind.group].indicators.length > 1;
  const scoreAt = at(ind.row, out.score.col);
  const noteAt = at(ind.row, out.note.col);
  const firstFilled = (col: number | undefined) =>
    col === undefined ? null : (ind.rows.find((r) => !view.isBlank(r, col)) ?? null);
  const inputRow = firstFilled(cols.actual);
  const inputAt: CellRef | null =
    cols.actual === undefined ? null : view.master(inputRow ?? ind.row, cols.actual);
  const rule = ruleText(layout, ind.row);
  // A blank input (or one we derived on an earlier run) is worked out from the row's definition when it can be.
  const ourInput = inputAt !== null && wb.isOurValue({ sheet, ...inputAt });
  let derivation =
    inputAt !== null && ctx.data && ind.ruleFits && (inputRow === null || ourInput)
      ? deriveForRow(
          {
            name: ind.name,
            definition: cols.definition === undefined ? '' : view.text(ind.row, cols.definition),
            rule,
            decimals: ctx.settings.decimals,
            inputFormat: view.cell(inputAt.row, inputAt.col)?.format,
          },
          ctx.data,
        )
      : null;
  let input: InputValue | null =
    derivation?.input ??
    (inputRow === null || ourInput ? null : spanInput(layout, ind, cols.actual as number, inputRow));
  // (A target of marks only, `-`, `—`, `/`, states none.)
  const targetRow = firstFilled(cols.target);
  const target: InputValue | null =
    targetRow === null || isBlankMark(view.value(targetRow, cols.target as number))
      ? null
      : targetOf(layout, targetRow, cols.target as number);
  const ruleAt: CellRef = view.master(ind.row, cols.rule ?? cols.target ?? out.score.col);
  // The person's score: typed in the cell now, or typed before we replaced it on an earlier run.
  const scoreIsOurs = wb.isOurValue(scoreAt);
  const typedNow = scoreIsOurs ? null : decimalIn(view.value(scoreAt.row, scoreAt.col));
  const typed = typedNow ?? (scoreIsOurs ? wb.replacedValue(scoreAt) : null);
  const noteValue = view.value(noteAt.row, noteAt.col);
  const personNote = !wb.isOurNote(noteAt) && noteValue !== null && String(noteValue).trim() !== '';
  const selfEval = isSelfEvaluation(layout);
  const name = ind.name;
  const find = (cell: CellRef, code: Parameters<FindingList['add']>[1], message: string) => {
    findings.add(cell, code, message, ind.row);
    if (cell.col === out.score.col && out.score.added) ctx.usedAdded.add('score');
    if (cell.col === out.note.col && out.note.added) ctx.usedAdded.add('note');
  };

  const askForInput = () => {
    if (inputAt) find(inputAt, 'missing-input', derivation?.missingMessage ?? MESSAGES.missingInput(name));
  };
  const request = (value: InputValue | null): RuleResult =>
    scoreUnlessDate({
      rule: rule === '' ? undefined : rule,
      // The engine needs a weight even where the row has none; its score is discarded then.
      weight: weight ?? new Decimal(0),
      // A rule over several rows of a group is only restated, never applied to one of them.
      input: ind.ruleFits ? value : null,
      target: ind.ruleFits ? target : null,
      typedScore: typed,
      name,
      settings: ctx.settings,
    });
  let result = request(input);
  if (derivation?.input && result.status === 'invalid-input') {
    // A derived number the rule cannot read (it asks for items or a level) is not this row's input.
    derivation = null;
    input = null;
    result = request(null);
  }
  const nothingToScore = rule === '' && target === null;
  let kind: RuleKind = nothingToScore || !ind.ruleFits ? 'manual' : result.kind;
  let { score, status } = result;
  let note = result.note;
  // A rule row of a table without a 实际值 column and without a target: nothing to apply the rule to.
  const applied = inputAt !== null || target !== null;
  const unanswered = !applied && !nothingToScore && kind !== 'manual' && status !== 'scored';

  // The table's own column of points deducted (`应得分数 | 扣减分数 | 实得分数`): on a row no rule scores, the score
  // is the weight less them (a typed 实得 that differs is replaced, as a rule's would be).
  const deductedAt = cols.deducted === undefined ? null : view.master(ind.row, cols.deducted);
  const deducted = deductedAt === null ? null : decimalIn(view.value(deductedAt.row, deductedAt.col));
  const byDeduction = deducted !== null && weight !== null && ind.ruleFits && status !== 'scored';
  const deductionFits = byDeduction && !deducted.isNegative() && !deducted.greaterThan(weight);
  if (byDeduction && !deductionFits)
    find(
      deductedAt as CellRef,
      'invalid-input',
      MESSAGES.deductedOutOfRange(name, formatPlain(deducted), formatPlain(weight)),
    );

  if (weight === null) {
    // Nothing can be computed without a weight, but a score the person typed stands as theirs (the total
    // counts it); the note never shows a computation on a weight of 0.
    // (Only a score cell of the row's own: one merged over other indicators is a level's, not this row's.)
    find(weightCell, 'missing-weight', MESSAGES.missingWeight(name));
    const merged = view.merge(scoreAt.row, scoreAt.col);
    const ownScore = !merged || (merged.top >= ind.rows[0] && merged.bottom <= ind.rows[ind.rows.length - 1]);
    score = ownScore ? typed : null;
    if (score !== null) {
      status = 'manual';
      note = MESSAGES.noWeightTypedNote(formatPlain(score));
    } else {
      // An input missing or unreadable is still said; a computation on no weight is not shown.
      if (status !== 'missing-input' && status !== 'invalid-input') status = 'unscored';
      if (status === 'missing-input') askForInput();
      if (result.score !== null) note = MESSAGES.noWeightNote;
    }
  } else if (deductionFits) {
    score = weight.minus(deducted as Decimal);
    status = 'scored';
    kind = 'deduction';
    note = MESSAGES.deductedNote(formatPlain(deducted as Decimal), formatPlain(score));
    if (score.lessThan(weight) && !personNote && !selfEval && !sharesWeight)
      find(
        noteAt,
        'deduction-reason-missing',
        MESSAGES.deductionReason(name, formatPlain(score), formatPlain(weight)),
      );
  } else if (nothingToScore) {
    // Nothing to score against: only a typed score can stand.
    score = typed;
    // (In a table of typed scores alone, no rule or target column, every row is the person's by nature.)
    const typedOnly = cols.rule === undefined && cols.target === undefined;
    status = typed !== null || typedOnly ? 'manual' : 'unscored';
    if (typed === null && !typedOnly) {
      find(ruleAt, 'missing-rule', MESSAGES.missingRule(name));
    } else if (typed === null) {
      find(scoreAt, 'manual-score-missing', MESSAGES.manualScoreMissing(name));
    }
  } else if (!ind.ruleFits) {
    score = typed;
    status = 'manual';
    note = MESSAGES.groupRuleNote;
    if (typed === null) find(scoreAt, 'manual-score-missing', MESSAGES.manualScoreMissing(name));
  } else if (unanswered) {
    // No 实际值 column, no target: the rule is never applied, the score is the person's, as on a manual row.
    score = typed;
    status = 'manual';
    note = MESSAGES.noInputColumnNote;
    if (typed === null) find(scoreAt, 'manual-score-missing', MESSAGES.manualScoreMissing(name));
  } else {
    if (
      score === null &&
      typed !== null &&
      (status === 'missing-input' ||
        status === 'manual' ||
        kind === 'manual' ||
        // (a 自评表 actual the target cannot read — `程度较高` for `加大文物保护` — leaves the score the person's)
        (kind === 'target' && status === 'invalid-input'))
    ) {
      // SPEC §4: a typed score is kept on a manual row and on a rule row whose input is empty.
      score = typed;
      status = 'manual';
    }
    if (result.status === 'missing-input') {
      askForInput();
    } else if (kind === 'manual' && score === null) {
      find(scoreAt, 'manual-score-missing', MESSAGES.manualScoreMissing(name));
    }
  }
  if (inputAt && derivation?.ambiguousMessage) find(inputAt, 'ambiguous-input', derivation.ambiguousMessage);
  // (A rule never applied — no 实际值 column, no target — raises nothing about its words or an answer.)
  if (ind.ruleFits && !unanswered) {
    for (const issue of result.issues) {
      if (!applied && issue.code === 'unparsed-rule') continue;
      if (weight !== null || issue.code !== 'score-out-of-range')
        find(issueCell(issue, ruleAt, inputAt, scoreAt), issue.code, issue.message);
    }
  }
  const typedKept = status === 'manual' && typed !== null && score !== null && score.equals(typed);
  if (weight !== null && typedKept) {
    if (typed.isNegative() || typed.greaterThan(weight)) {
      find(
        scoreAt,
        'score-out-of-range',
        MESSAGES.typedScoreOutOfRange(name, formatPlain(typed), formatPlain(weight)),
      );
    }
    if (!selfEval && !sharesWeight && typed.lessThan(weight) && !personNote) {
      find(
        noteAt,
        'deduction-reason-missing',
        MESSAGES.deductionReason(name, formatPlain(typed), formatPlain(weight)),
      );
    }
  }
  // (A target missed asks for its reason even while the row's weight is missing.)
  if (selfEval && !personNote && (weight !== null || result.missedTarget)) {
    if (result.missedTarget) {
      find(noteAt, 'deviation-reason-missing', MESSAGES.targetMissedReason(name));
    } else if (weight !== null && !sharesWeight && score !== null && score.lessThan(weight)) {
      find(
        noteAt,
        'deviation-reason-missing',
        MESSAGES.deviationReason(name, formatPlain(score), formatPlain(weight)),
      );
    }
    if (weight !== null && result.overachieved)
      find(noteAt, 'overachievement-reason-missing', MESSAGES.overachievementReason(name));
  }

  // Write-back: computed scores as numbers; a kept typed score stays; our old number goes when nothing replaces it.
  const computed = score !== null && status !== 'manual';
  const changed =
    computed && typed !== null && !roundScore(typed, ctx.settings.decimals).equals(score as Decimal);
  if (changed) {
    // SPEC §4: a typed score is replaced, never silently; the ledger remembers it for later runs.
    const was = formatPlain(typed);
    const now = formatPlain(score as Decimal);
    find(scoreAt, 'score-changed', MESSAGES.scoreChanged(name, was, now));
    note = MESSAGES.scoreChangedNote(was, now, result.note);
  }
  if (score !== null && computed) {
    wb.writeNumber(scoreAt, 'score', score.toNumber(), changed ? (typed as Decimal).toNumber() : undefined);
    if (out.score.added) ctx.usedAdded.add('score');
  } else if (score === null || (typedKept && typedNow === null)) {
    // Our number no longer applies: the cell is emptied, or gets back the score typed there before.
    wb.retractNumber(scoreAt, 'score');
  }
  // A derived input is always explained: the person sees where the number came from.
  const derived = derivation?.input ? derivation : null;
  if (derived && computed) note = `${derived.lead}；${note}`;
  const written =
    changed ||
    (derived !== null && computed) ||
    // (Points deducted in the table's own column: the note column is left for the person's reason.)
    (score !== null && computed && weight !== null && score.lessThan(weight) && kind !== 'deduction');
  wb.note(noteAt, written && note !== '' ? note : null);
  if (written && out.note.added && !personNote) ctx.usedAdded.add('note');
  if (inputAt && derived?.number != null && ctx.settings.writeDerivedInputs)
    wb.writeNumber({ sheet, ...inputAt }, 'input', derived.number);
  else if (ourInput && inputAt) wb.retractNumber({ sheet, ...inputAt }, 'input');

  return {
    score,
    weight,
    typedKept,
    personNote,
    noteCell: noteAt,
    report: {
      row: ind.row,
      level1: ind.level1,
      level2: ind.level2,
      name,
      weight: weight === null ? null : weight.toNumber(),
      kind,
      input: input === null ? null : result.inputText || String(input.value),
      score: score === null ? null : score.toNumber(),
      status,
      note,
      explain: result.explain,
      unparsed: ind.ruleFits ? result.unparsed : [],
      scoreCell: a1(scoreAt.row, scoreAt.col),
      inputCell: inputAt ? a1(inputAt.row, inputAt.col) : null,
      ...(derived?.report && { derived: derived.report }),
    },
  };
}

/**
 * The input of an indicator spanning rows: its first filled cell, or, when several of its rows hold an
 * input of their own (`①` on one row, `②` on the next), all of them as one list (`①、②`). A list a rule
 * cannot read as one answer is invalid input, never one of its parts picked.
 */
function spanInput(layout: TableLayout, ind: IndicatorRow, col: number, first: number): InputValue {
  const { view } = layout;
  const own = ind.rows.filter((r) => !view.isBlank(r, col) && view.master(r, col).row === r);
  if (own.length < 2) return cellInput(layout, first, col);
  return { value: own.map((r) => view.text(r, col)).join('、') };
}

/**
 * The row's rule: its rule cell, or, spread over grade columns, each grade's label and cell
 * (`A：10分；B：8分；…`, `优（1.0）：符合要求；良（0.8）：基本符合要求；…`).
 */
function ruleText(layout: TableLayout, row: number): string {
  const { view, cols } = layout;
  if (cols.rule === undefined) return '';
  if (cols.bandsTo === undefined) return view.text(row, cols.rule);
  const grades: string[] = [];
  for (let c = cols.rule; c <= cols.bandsTo; c++) {
    const cell = view.text(row, c);
    if (cell === '') continue;
    grades.push(`${view.text(layout.headerRow, c)}：${cell}${/^\d+(\.\d+)?$/.test(cell) ? '分' : ''}`);
  }
  return grades.join('；');
}

/** Grade columns of points (`10 | 8 | 6 | 4`) and no 分值 column: the top grade's points are the weight. */
function topGradePoints(layout: TableLayout, row: number): Decimal | null {
  const { view, cols } = layout;
  if (cols.rule === undefined || cols.bandsTo === undefined) return null;
  const points: Decimal[] = [];
  for (let c = cols.rule; c <= cols.bandsTo; c++) {
    const n = decimalIn(view.value(row, c));
    if (n === null) return null;
    points.push(n);
  }
  return Decimal.max(...points);
}

/**
 * In a table without 分值, the one indicator under a level whose label states the weight (`(一)项目前期工作(7分)`
 * over `1.可行性研究报告`) has that weight.
 */
function soleChildWeight(layout: TableLayout, ind: IndicatorRow): Decimal | null {
  const sizes = levelGroupSizes(layout);
  for (const key of ['level2Group', 'level1Group'] as const) {
    const group = layout.levelGroups[ind[key]];
    if (group?.labelWeight && sizes.get(ind[key]) === 1) return group.labelWeight.value;
  }
  return null;
}

/** How many indicators each level group holds, counted once per table (not once per indicator asking). */
const groupSizes = new WeakMap<TableLayout, Map<number, number>>();
function levelGroupSizes(layout: TableLayout): Map<number, number> {
  let sizes = groupSizes.get(layout);
  if (!sizes) {
    sizes = new Map();
    for (const i of layout.indicators)
      for (const g of new Set([i.level1Group, i.level2Group])) sizes.set(g, (sizes.get(g) ?? 0) + 1);
    groupSizes.set(layout, sizes);
  }
  return sizes;
}

/**
 * The 年度指标值: its cell, or, in a table writing it over three columns (指标性质 | 指标值 | 度量单位), the
 * three read as one (`≥` `735` `人次` → `≥735人次`; `定性` names no comparator).
 */
function targetOf(layout: TableLayout, row: number, col: number): InputValue {
  const { view, cols } = layout;
  if (cols.targetOp === undefined && cols.targetUnit === undefined) return cellInput(layout, row, col);
  const op = cols.targetOp === undefined ? '' : view.text(row, cols.targetOp);
  const unit = cols.targetUnit === undefined ? '' : view.text(row, cols.targetUnit);
  const value = view.text(row, col);
  const comparator = /^[\d.]/.test(value) && !/[\u4e00-\u9fff]/.test(op) ? op : '';
  const measured = /\d$/.test(value) && !/^[-—/\\]+$/.test(unit) ? unit : '';
  return { value: `${comparator}${value}${measured}` };
}

function cellInput(layout: TableLayout, row: number, col: number): InputValue {
  const cell = layout.view.cell(row, col);
  return cell?.format ? { value: cell.value, format: cell.format } : { value: cell?.value ?? null };
}

function issueCell(issue: RuleIssue, rule: CellRef, input: CellRef | null, score: CellRef): CellRef {
  if (issue.on === 'rule') return rule;
  if (issue.on === 'input') return input ?? rule;
  return score;
}
