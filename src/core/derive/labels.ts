/**
 * What a label says a number is: a measure (编制数, 预算数, 决算数…), a year (本年/上年) and the rest,
 * its subject (`三公经费`). The same reading applies to a name in a definition and to the labels of
 * a data cell, so `“三公经费”实际支出数` and the cell under `本年决算数` beside `三公经费` meet.
 */
import { lruMemo } from '../memo';
import { compactText } from '../text';
import { QUANTITY_MEASURES, QUANTITY_NOISE, QUANTITY_PERIODS } from '../vocabulary/quantities';

export type Period = 'current' | 'previous';

export interface QuantityLabel {
  measure: string | null;
  period: Period | null;
  subject: string;
}

/** Longest first, so the most specific word is taken out before its parts. */
const MEASURE_WORDS = Object.entries(QUANTITY_MEASURES)
  .flatMap(([measure, words]) => words.map((word) => ({ word, measure })))
  .sort((a, b) => b.word.length - a.word.length);
const PERIOD_WORDS = (Object.entries(QUANTITY_PERIODS) as [Period, readonly string[]][])
  .flatMap(([period, words]) => words.map((word) => ({ word, period })))
  .sort((a, b) => b.word.length - a.word.length);
const NOISE = [...QUANTITY_NOISE].sort((a, b) => b.length - a.length);

/** Half-width, one line, no quotes, no bracketed units or remarks, no trailing colon. */
export function cleanLabel(text: string): string {
  let s = compactText(text).replace(/[“”"‘’'「」『』\s]/g, '');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/[(（][^()（）]*[)）]/g, '');
  }
  return s.replace(/[:：]+$/, '');
}

/**
 * The reading of one label. Only the longest measure word is the measure (`预算执行数` is an amount
 * spent, not a budget); `conflict` when it names two different years.
 */
export function readLabel(text: string): QuantityLabel & { conflict: boolean } {
  return labels.get(text);
}

// A batch of workbooks from one template repeats its labels: read each once.
const labels = lruMemo<Readonly<QuantityLabel & { conflict: boolean }>>(4096, read);

function read(text: string): QuantityLabel & { conflict: boolean } {
  let rest = cleanLabel(text);
  let period: Period | null = null;
  let conflict = false;
  for (const { word, period: p } of PERIOD_WORDS) {
    if (!rest.includes(word)) continue;
    if (period !== null && period !== p) conflict = true;
    period = p;
    rest = rest.split(word).join('');
  }
  const found = MEASURE_WORDS.find(({ word }) => rest.includes(word));
  if (found) rest = rest.replace(found.word, '');
  for (const word of NOISE) rest = rest.split(word).join('');
  return { measure: found?.measure ?? null, period, subject: rest, conflict };
}

/** Two readings of the same number: a row label and a column header, the header's year and measure joining the row's subject. */
export function combine(row: QuantityLabel, header: QuantityLabel): QuantityLabel | null {
  if (row.measure && header.measure && row.measure !== header.measure) return null;
  if (row.period && header.period && row.period !== header.period) return null;
  return {
    measure: row.measure ?? header.measure,
    period: row.period ?? header.period,
    subject: row.subject + header.subject,
  };
}

/**
 * A data cell's reading fits a name in a definition: the same subject, the same measure (a name that
 * names none accepts any), and the same year (this year unless 上年 is said).
 */
export function fits(wanted: QuantityLabel, cell: QuantityLabel): boolean {
  if (wanted.subject !== cell.subject) return false;
  if (wanted.measure !== null && wanted.measure !== cell.measure) return false;
  if (wanted.subject === '' && wanted.measure === null) return false;
  return (wanted.period === 'previous') === (cell.period === 'previous');
}
