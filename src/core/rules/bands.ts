/**
 * Band boundaries: an explicit bound (`≥`, `（含）`) stands as written; a conventional one (`以上`,
 * a plain `a%-b%`) yields its boundary to a neighbour that claims it explicitly, takes it when a
 * neighbour explicitly leaves it, and otherwise keeps its convention unless no band would cover it.
 */
import type Decimal from 'decimal.js';
import type { Band, Bound, Condition } from './ast';
import { COUNT_UNITS, PERSON_UNITS } from '../vocabulary/rules';

export function resolveBands(bands: Band[]): Band[] {
  const out = bands.map((b) => ({ ...b, cond: { ...b.cond } }));
  const explicitAt = (v: Decimal, self: number, incl: boolean) =>
    out.some(
      (b, i) =>
        i !== self &&
        [b.cond.lower, b.cond.upper].some(
          (x) => x !== null && x.explicit && x.incl === incl && x.value.eq(v),
        ),
    );
  out.forEach((band, i) => {
    for (const side of ['lower', 'upper'] as const) {
      const bound = band.cond[side];
      if (bound === null || bound.explicit) continue;
      let incl = bound.incl;
      if (explicitAt(bound.value, i, true)) incl = false;
      else if (explicitAt(bound.value, i, false)) incl = true;
      else if (!incl && !out.some((b, j) => j !== i && contains(b.cond, bound.value))) incl = true;
      band.cond[side] = { ...bound, incl };
    }
  });
  return out.map((band, i) => (atAGap(out, i) ? stoppingShort(band) : band));
}

/**
 * `96%—99%按比例扣分,在95%以下不计分`: a bare `以下` (not `及以下`, `(含)`) whose number no other band holds, with a gap
 * the writer left right above it — whether the number itself is below is not certain: the band stops short of it,
 * and an answer there is the person's.
 */
function atAGap(bands: Band[], i: number): boolean {
  const up = bands[i].cond.upper;
  if (up === null || up.explicit || !up.incl || !/(?<!及)以下/.test(bands[i].cond.text)) return false;
  const others = bands.filter((_, j) => j !== i);
  const above = others.some((b) => b.cond.lower !== null && b.cond.lower.value.gt(up.value));
  return above && !others.some((b) => contains(b.cond, up.value) || contains(b.cond, up.value.plus(JUST)));
}
const JUST = 1e-9;

/** The band with its upper bound's own number left out, as unsaid. */
function stoppingShort(band: Band): Band {
  const up = band.cond.upper as Bound;
  return { ...band, cond: { ...band.cond, upper: { ...up, incl: false, unsaid: true } } };
}

export function contains(cond: Condition, x: Decimal): boolean {
  const v = cond.abs ? x.minus(cond.about ?? 0).abs() : x;
  return above(cond.lower, v) && below(cond.upper, v);
}

function above(b: Bound | null, x: Decimal): boolean {
  return b === null || (b.incl ? x.gte(b.value) : x.gt(b.value));
}

function below(b: Bound | null, x: Decimal): boolean {
  return b === null || (b.incl ? x.lte(b.value) : x.lt(b.value));
}

/** Is `a` inside `b` (used to prefer the narrower of two overlapping bands: `90%以上` over `80%以上`)? */
function within(a: Condition, b: Condition): boolean {
  const lowOk =
    b.lower === null ||
    (a.lower !== null &&
      (a.lower.value.gt(b.lower.value) ||
        (a.lower.value.eq(b.lower.value) && (b.lower.incl || !a.lower.incl))));
  const highOk =
    b.upper === null ||
    (a.upper !== null &&
      (a.upper.value.lt(b.upper.value) ||
        (a.upper.value.eq(b.upper.value) && (b.upper.incl || !a.upper.incl))));
  return lowOk && highOk;
}

/** Do two conditions share any value (`≥300户` and `300-349户` do; `≥90%` and `80%-89%` do not)? */
export function overlaps(a: Condition, b: Condition): boolean {
  if (a.abs !== b.abs) return true;
  const low = (x: Bound | null, y: Bound | null): Bound | null =>
    x === null ? y : y === null ? x : x.value.gt(y.value) || (x.value.eq(y.value) && !x.incl) ? x : y;
  const high = (x: Bound | null, y: Bound | null): Bound | null =>
    x === null ? y : y === null ? x : x.value.lt(y.value) || (x.value.eq(y.value) && !x.incl) ? x : y;
  const lo = low(a.lower, b.lower);
  const hi = high(a.upper, b.upper);
  if (lo === null || hi === null) return true;
  return lo.value.lt(hi.value) || (lo.value.eq(hi.value) && lo.incl && hi.incl);
}

/** The band that scores x: the narrowest one containing it, the first written when none is narrower. */
export function bandFor(bands: Band[], x: Decimal): Band | null {
  const hits = bands.filter((b) => contains(b.cond, x));
  let best: Band | null = null;
  for (const h of hits)
    if (best === null || (within(h.cond, best.cond) && !within(best.cond, h.cond))) best = h;
  return best;
}

/**
 * `达82%以上` beside `82%以下的记零分`: x on a bound both bands claim by convention, neither narrower
 * and with different outcomes — the text gives x to both. The other band, or null.
 */
export function rivalAt(bands: Band[], x: Decimal, chosen: Band): Band | null {
  // (`60-70分得6分,低于65分得0分` at 62: two bands cross, neither inside the other — the text gives x to both.)
  const crossing = bands.find(
    (b) =>
      b !== chosen &&
      contains(b.cond, x) &&
      !within(chosen.cond, b.cond) &&
      !within(b.cond, chosen.cond) &&
      JSON.stringify(b.outcome) !== JSON.stringify(chosen.outcome),
  );
  if (crossing !== undefined) return crossing;
  const shared = (b: Band) =>
    [b.cond.lower, b.cond.upper].some((y) => y !== null && !y.explicit && y.incl && y.value.eq(x));
  if (!shared(chosen)) return null;
  return (
    bands.find(
      (b) =>
        b !== chosen &&
        contains(b.cond, x) &&
        shared(b) &&
        !within(chosen.cond, b.cond) &&
        JSON.stringify(b.outcome) !== JSON.stringify(chosen.outcome),
    ) ?? null
  );
}

/**
 * Of two bands sharing x, each by an unmarked bound: the range (`80%—95%`) starting at x, when the other ends at
 * x with a bare `以下` (`80%以下`); else null.
 */
export function startsWhereBelowEnds(a: Band, b: Band, x: Decimal): Band | null {
  const ends = (c: Band['cond']) =>
    c.upper !== null && !c.upper.explicit && c.upper.value.eq(x) && /(?<!及)以下$/.test(c.text);
  const starts = (c: Band['cond']) =>
    c.lower !== null && !c.lower.explicit && c.lower.value.eq(x) && c.upper !== null && c.upper.value.gt(x);
  if (ends(a.cond) && starts(b.cond)) return b;
  if (ends(b.cond) && starts(a.cond)) return a;
  return null;
}

/** Units of whole counts: things, times, people. */
const RANGE_UNITS = [...COUNT_UNITS, ...PERSON_UNITS];

/** `2-3次`, `1-2个`: a range of whole counts (things, times, people), written without marks of inclusion. */
export function countRange(cond: Condition): boolean {
  const { lower, upper } = cond;
  return (
    lower !== null &&
    upper !== null &&
    !lower.explicit &&
    !upper.explicit &&
    !cond.pct &&
    !cond.abs &&
    lower.value.isInteger() &&
    upper.value.isInteger() &&
    lower.value.gt(0) &&
    RANGE_UNITS.includes(cond.unit ?? '')
  );
}
