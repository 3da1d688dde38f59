/** Header and label text as compared with the vocabulary: one spelling for every way a cell may write it. */
import Decimal from 'decimal.js';
import type { CellValue } from '../grid';
import { compactText } from '../text';
import {
  LABEL_WEIGHT,
  ORDINAL_LABEL,
  ORDINAL_LABEL_PREFIX,
  TOTAL_ROW_WORDS,
  TOTAL_WORD_ENDINGS,
} from '../vocabulary/headers';

/** Half-width, without spaces, line breaks or required-field stars, and without a trailing `（分）`/`(万元)`. */
export function normalizeHeader(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  let s = compactText(String(value)).replace(/\*/g, '');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/\([^()]*\)$/, '');
  }
  return s;
}

/** The longest qualifier before a total word's ending (`评价总分`, `考核得分合计`). */
const TOTAL_QUALIFIER_MAX = 4;

/** A normalised first cell that opens a total row: a total word, or a short qualifier and its ending. */
export function isTotalLabel(label: string): boolean {
  if (TOTAL_ROW_WORDS.includes(label)) return true;
  const ending = TOTAL_WORD_ENDINGS.find((w) => label.endsWith(w));
  if (ending === undefined) return false;
  const qualifier = label.slice(0, -ending.length);
  return qualifier.length <= TOTAL_QUALIFIER_MAX && /^[\u4e00-\u9fff]*$/.test(qualifier);
}

/** `指标1：`, `（2）`, `3.`, `①`: a cell that only numbers something. */
export function isOrdinalLabel(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0;
  return typeof value === 'string' && ORDINAL_LABEL.test(compactText(value));
}

/**
 * A label typed over several lines to fit its cell (`财政供养人员⏎控制率`, `(一)⏎项⏎目⏎前⏎期`) reads as one line:
 * breaks between Chinese characters go, others become a space.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (_, at: number, whole: string) =>
    /[\x21-\x7e]/.test(whole[at - 1] ?? '') && /[\x21-\x7e]/.test(whole[at + _.length] ?? '') ? ' ' : '',
  );
}

/** `……`, `—`, `/`: a template's line left unfilled, marks only. */
export function isBlankMark(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  // (`指标1：/`: a template's numbered line with only a mark after its label.)
  const text = compactText(value).replace(ORDINAL_LABEL_PREFIX, '');
  return /^[.…。·\-—_/\\、]+$/.test(text);
}

/** A level label and the weight stated in it: `产出指标（50分）` → `产出指标`, 50; null weight when none. */
export function labelWeight(label: string): { label: string; weight: Decimal | null } {
  // (`…办公设施齐全(2分)。`: a sentence's full stop after the weight.)
  const m = LABEL_WEIGHT.exec(compactText(label).replace(/[。.;；]+$/, ''));
  if (!m) return { label, weight: null };
  // The label as written (`部门特性指标1：…` keeps its full-width colon), less the weight at its end.
  const name = label
    .trim()
    .replace(/[。.;；]+$/, '')
    .replace(/\s*[(（][^()（）]*[)）]$|\s*\d+(?:\.\d+)?\s*分$/, '')
    .replace(/[:：]$/, '');
  return { label: name, weight: new Decimal(m[2] ?? m[4]) };
}
