/**
 * The 自评结论 paragraph, in the words 自评报告 use: total weight, score and grade (or 暂定 and which
 * indicators are unscored), then each 一级指标 with its weight, score and deduction, and the main
 * reasons: the rows that lost most, in the person's own note where they wrote one, else ours, briefly.
 */
import Decimal from 'decimal.js';
import type { IndicatorReport, ScoredTable } from '../report';
import { compactText } from '../text';

/** Rows named as reasons per 一级指标; unscored rows named in the lead. */
const MAX_REASONS = 3;
const MAX_UNSCORED = 3;
/** A reason longer than this is cut (the note is in the table for whoever wants all of it). */
const MAX_REASON_LENGTH = 50;

export interface ConclusionInput {
  scored: ScoredTable;
  unit: string | null;
  /** What the table assesses (`部门整体支出绩效`), from its title. */
  subject: string;
  /** The note the person wrote on a row (by worksheet row), when they wrote one. */
  personNotes: ReadonlyMap<number, string>;
}

const num = (n: number | Decimal) => new Decimal(n).toDecimalPlaces(4).toString();
/** `“预算完成率”`; a name with its own quotes (`“三公经费”变动率`) is written as it is. */
const quoted = (name: string) => (/[“”"]/.test(name) ? name : `“${name}”`);

export function conclusion({ scored, unit, subject, personNotes }: ConclusionInput): string {
  const { total } = scored;
  const unscored = scored.indicators.filter((i) => i.weight !== null && i.score === null);
  let lead = `${unit ?? ''}${subject}总分${num(total.weight)}分，自评得分${num(total.score)}分`;
  if (total.provisional) {
    const named = unscored
      .slice(0, MAX_UNSCORED)
      .map((i) => quoted(i.name))
      .join('');
    const more = unscored.length > MAX_UNSCORED ? `等${unscored.length}项指标` : '';
    lead += `（暂定：${named}${more}尚未评分），暂不评定等级。`;
  } else {
    lead += total.grade ? `，评价等级为“${total.grade}”。` : '。';
  }

  const parts = scored.subtotals
    .filter((s) => s.level1 !== '')
    .map((sub, i) => {
      const rows = scored.indicators.filter((ind) => ind.level1 === sub.level1);
      const body = `总分${num(sub.weight)}分，得分${num(sub.score)}分`;
      return `（${i + 1}）${sub.level1}：${body}${deductions(sub.weight, sub.score, rows, personNotes)}`;
    });
  if (parts.length > 0) return `${lead}其中：${parts.join('；')}。`;
  // No 一级 column: the reasons of the whole table.
  const all = deductions(total.weight, total.score, scored.indicators, personNotes);
  return all === '，得满分' ? lead : `${lead}${all.slice(1)}。`;
}

/** `，扣1.5分，主要原因是“A”扣1分（…）、“B”扣0.5分（…）`, `，得满分`, and rows still unscored. */
function deductions(
  weight: number,
  score: number,
  rows: IndicatorReport[],
  personNotes: ReadonlyMap<number, string>,
): string {
  const lost = new Decimal(weight).minus(score);
  const open = rows.filter((r) => r.weight !== null && r.score === null);
  if (lost.lessThanOrEqualTo(0) && open.length === 0) return '，得满分';
  let text = '';
  if (lost.greaterThan(0)) {
    text += `，扣${num(lost)}分`;
    const losing = rows
      .filter((r) => r.weight !== null && r.score !== null && r.score < r.weight)
      .map((r) => ({ row: r, lost: new Decimal(r.weight as number).minus(r.score as number) }))
      .sort((a, b) => b.lost.comparedTo(a.lost) || a.row.row - b.row.row);
    if (losing.length > 0) {
      const reasons = losing.slice(0, MAX_REASONS).map(({ row, lost: l }) => {
        const why = reasonOf(row, personNotes.get(row.row));
        return `${quoted(row.name)}扣${num(l)}分${why ? `（${why}）` : ''}`;
      });
      const more = losing.length > MAX_REASONS ? `等${losing.length}项指标扣分` : '';
      text += `，主要原因是${reasons.join('、')}${more}`;
    }
  }
  if (open.length > 0) text += `，${open.map((r) => quoted(r.name)).join('')}尚未评分`;
  return text;
}

/** The person's note, else the clauses of ours that say what happened (not the arithmetic that follows). */
function reasonOf(row: IndicatorReport, personNote: string | undefined): string {
  const own = personNote ? personNote.replace(/\s*\n\s*/g, '').replace(/[。；;.\s]+$/, '') : '';
  if (own !== '') return cut(own);
  const note = row.note.split('；').pop() ?? '';
  const clauses = note
    .split('，')
    .filter((c) => c !== '' && !/(^|[^\d])[得扣计]\d|[得扣]\d+(\.\d+)?分$|^按/.test(c));
  const text = clauses.slice(0, 2).join('，');
  // A note that starts with the number (`98.64%，按…`) reads as a reason with the indicator's name before it.
  return cut(/^[\d.-]/.test(text) ? `${compactText(row.name)}${text}` : text);
}

function cut(text: string): string {
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH)}…` : text;
}
