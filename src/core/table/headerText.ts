/** Header and label text as compared with the vocabulary: one spelling for every way a cell may write it. */
import type { CellValue } from '../grid';
import { compactText } from '../text';

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
