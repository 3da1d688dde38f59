/** Tokens of a normalised 评分标准, with their positions in the normalised text. */
import type Decimal from 'decimal.js';
import type { Comparator, Direction } from '../vocabulary/rules';

interface At {
  /** [s, e) in the normalised text. */
  s: number;
  e: number;
}

export type Token = At &
  /** `abs`: written with ± (`±5%`): the condition holds the input's absolute value. */
  (
    | { t: 'num'; v: Decimal; pct: boolean; unit: string | null; raw: string; abs: boolean }
    /** `weak`: a verb of reaching (`达`) that only says the value is reached, as a bare value would (not explicit). */
    | { t: 'cmp'; op: Comparator; weak?: true }
    /** `explicit`: the word says the bound belongs (`及以上`), not only the convention (`以上`). */
    | { t: 'post'; op: Comparator | 'between'; explicit: boolean }
    /** `（含）`, `（不含）`; `（含5万）` also names the bound it means. */
    | { t: 'incl'; incl: boolean; at: Decimal | null }
    | { t: 'dash' }
    /** `(80%,90%]`, `[90,100)`: an interval written as in mathematics, brackets saying which ends count. */
    | { t: 'interval'; lo: Decimal; hi: Decimal; loIncl: boolean; hiIncl: boolean; pct: boolean }
    | { t: 'each' }
    | { t: 'dir'; dir: Direction; raw: string }
    | { t: 'deduct' }
    | { t: 'gain' }
    | { t: 'points' }
    | { t: 'full' }
    /** `base`: the base points a rule states (`扣基本分5%`), not a word for the row's weight. */
    | { t: 'weight'; base?: true }
    | { t: 'zero' }
    | { t: 'half' }
    /** Points in parentheses: `方案科学(2分)`, `得满分（2分）`. */
    /** `(5分)`; `worth`: `(满分20分)`, the row's worth said so. */
    | { t: 'ppts'; v: Decimal; worth?: boolean }
    /** A span of points in parentheses: `(3分到0分)`. */
    | { t: 'prange'; a: Decimal; b: Decimal }
    | { t: 'bonus' }
    | { t: 'bonuscap' }
    /**
     * A rank or a run of ranks: `第3名` (3–3), `前5名` (1–5), `第1名至第5名` (1–5); `bottom`: counted from the
     * last (`倒数第2名`).
     */
    | { t: 'rank'; from: number; to: number; bottom?: true }
    | { t: 'cap' }
    | { t: 'maxded' }
    | { t: 'score' }
    | { t: 'mul' }
    | { t: 'item'; n: number; marker: string }
    | { t: 'comma' }
    | { t: 'sep' }
    | { t: 'word'; text: string }
  );

export type TokenType = Token['t'];
export type TokenOf<K extends TokenType> = Extract<Token, { t: K }>;

/** Tokens that carry scoring meaning: a clause holding one cannot be a mere description. */
export const SCORING_TOKENS: ReadonlySet<TokenType> = new Set<TokenType>([
  'deduct',
  'gain',
  'points',
  'full',
  'weight',
  'zero',
  'cap',
  'maxded',
  'score',
  'each',
  'ppts',
  'prange',
  'bonus',
  'bonuscap',
]);

/** Tokens that make up a condition on the input. */
export const CONDITION_TOKENS: ReadonlySet<TokenType> = new Set<TokenType>([
  'cmp',
  'post',
  'incl',
  'dash',
  'interval',
]);

/** Tokens that hold a number the accounting invariant must see used. */
export const NUMBER_TOKENS: ReadonlySet<TokenType> = new Set<TokenType>(['num', 'interval']);
