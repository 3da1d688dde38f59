/**
 * `每学期至少两次`, `每月不少于一次`: a count asked per period. Only an answer for that period says whether it
 * was met (`每学期3次`, `本月2次`); a bare count (`3次`) may be the year's.
 */
import type { Clause } from './ast';
import { PERIOD_WORDS } from '../vocabulary/rules';

// `每年不少于2次` in a year's assessment is the year's total, so 年 is no period here.
export const PER_PERIOD_RE = new RegExp(`每个?(${PERIOD_WORDS.filter((p) => p !== '年').join('|')})`);

/** The period a count condition of the rule is asked per (`学期`), or null. */
export function periodAsked(clauses: readonly Clause[]): string | null {
  for (const c of clauses) {
    const band =
      c.type === 'band' || c.type === 'requirement'
        ? c
        : c.type === 'item' && c.band !== undefined
          ? c.band
          : null;
    if (band === null || band.cond.pct) continue;
    const m = PER_PERIOD_RE.exec(band.subject);
    if (m !== null) return m[1];
  }
  return null;
}

/** `每学期3次`, `本学期1次`, `各月均2次`: the answer speaks of the period asked. */
export function answersPerPeriod(answer: string, period: string): boolean {
  return new RegExp(`(每|本|各|当)个?${period}`).test(answer);
}
