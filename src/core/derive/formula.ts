/**
 * A definition as an indicator's 指标解释 writes it (`在职人员控制率=（在职人员数/编制数）×100%`), read
 * into a small arithmetic tree: + − × ÷ /, parentheses of every kind, |…| for an absolute value,
 * numbers and N%. Everything else between operators is a quantity's name. No eval anywhere.
 */
import Decimal from 'decimal.js';
import { parseTokens, type Expr, type Token } from '../arithmetic';
import { lruMemo } from '../memo';
import { normalizeText } from '../text';
import { RATE_NAME_ENDINGS, SCORE_FORMULA_WORDS } from '../vocabulary/quantities';

export interface Definition {
  /** The defined name, as written (`在职人员控制率`). */
  name: string;
  /** The definition as written, from the name to the end of the expression. */
  text: string;
  /** The expression without a final ×100% (or ×100): the value as a fraction when `rate`. */
  expr: Expr;
  /** The value is a rate: shown and scored as a percentage. */
  rate: boolean;
}

const OPEN = '([{【〔';
const CLOSE = ')]}】〕';
const MULTIPLY = '×*xX·';
const DIVIDE = '/÷';
/** Characters that end a definition: the sentence is over. */
const END = '。；;，,\n：:';
const NUMBER = /^(\d+(?:\.\d+)?)(%?)/;

function isNameChar(ch: string): boolean {
  return !(OPEN + CLOSE + MULTIPLY + DIVIDE + END + '+-|=%').includes(ch);
}

/** Tokens of an expression; null when a character cannot be placed (the text is not a formula). */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const number = /\d/.test(ch) ? NUMBER.exec(text.slice(i)) : null;
    // A number glued to a name (`2023年预算数`) is part of the name.
    const glued =
      number &&
      !number[2] &&
      i + number[0].length < text.length &&
      isNameChar(text[i + number[0].length]) &&
      !/\d/.test(text[i + number[0].length]);
    const prevIsName =
      tokens.length > 0 && tokens[tokens.length - 1].t === 'name' && isNameChar(text[i - 1] ?? '');
    if (number && !glued && !prevIsName) {
      const value = new Decimal(number[1]);
      tokens.push({ t: 'num', value: number[2] ? value.dividedBy(100) : value, text: number[0] });
      i += number[0].length;
    } else if (OPEN.includes(ch)) {
      tokens.push({ t: 'open' });
      i++;
    } else if (CLOSE.includes(ch)) {
      tokens.push({ t: 'close' });
      i++;
    } else if (ch === '|') {
      tokens.push({ t: 'bar' });
      i++;
    } else if (ch === '+' || ch === '-') {
      tokens.push({ t: 'op', op: ch });
      i++;
    } else if (MULTIPLY.includes(ch) && !isLatinWord(text, i)) {
      tokens.push({ t: 'op', op: '*' });
      i++;
    } else if (DIVIDE.includes(ch)) {
      tokens.push({ t: 'op', op: '/' });
      i++;
    } else if (isNameChar(ch)) {
      let j = i;
      while (j < text.length && isNameChar(text[j]) && !(MULTIPLY.includes(text[j]) && !isLatinWord(text, j)))
        j++;
      const last = tokens[tokens.length - 1];
      if (last?.t === 'name') last.name += text.slice(i, j);
      else tokens.push({ t: 'name', name: text.slice(i, j) });
      i = j;
    } else {
      return null;
    }
  }
  return tokens;
}

/** `x` between Latin letters is a letter (an English name), not a multiplication sign. */
function isLatinWord(text: string, i: number): boolean {
  if (text[i] !== 'x' && text[i] !== 'X') return false;
  return /[A-Za-z]/.test(text[i - 1] ?? '') || /[A-Za-z]/.test(text[i + 1] ?? '');
}

/** An expression from its text, or null when it is not one (or holds no operator: a name is not a formula). */
export function parseExpression(text: string): Expr | null {
  const tokens = tokenize(text);
  if (!tokens || !tokens.some((t) => t.t === 'op')) return null;
  return parseTokens(tokens);
}

/** Every `name=expression` in a text (a 指标解释 may hold prose around it). */
export function findDefinitions(source: string): readonly Definition[] {
  return definitions.get(source);
}

// A batch of workbooks from one template repeats its 指标解释: read each text once.
const definitions = lruMemo<readonly Definition[]>(2048, read);

function read(source: string): Definition[] {
  const text = normalizeText(source).replace(/[“”"‘’'「」『』]/g, '');
  const found: Definition[] = [];
  for (let eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
    let start = eq;
    while (start > 0 && !END.includes(text[start - 1]) && text[start - 1] !== '=') start--;
    const name = text
      .slice(start, eq)
      .replace(/^[\d.、)）]+/, '')
      .trim();
    let end = eq + 1;
    while (end < text.length && !END.includes(text[end]) && text[end] !== '=') end++;
    const body = trimTrailingNote(text.slice(eq + 1, end));
    if (name === '' || SCORE_FORMULA_WORDS.some((w) => name.includes(w) || body.includes(w))) continue;
    const parsed = parseExpression(body);
    if (!parsed) continue;
    const { expr, scaled } = withoutPercentFactor(parsed);
    const rate = scaled || RATE_NAME_ENDINGS.some((e) => name.endsWith(e)) || /%/.test(body);
    found.push({ name, text: `${name}=${body}`, expr, rate });
  }
  return found;
}

/** `…×100%（以批复为准）`: a closing remark in parentheses without any operator is not part of the formula. */
function trimTrailingNote(body: string): string {
  const m = /[(（][^()（）+\-×*/÷]*[)）]$/.exec(body);
  return m && m.index > 0 && parseExpression(body.slice(0, m.index)) ? body.slice(0, m.index) : body;
}

/** `(A/B)×100%` and `(A/B)×100` both mean the rate A/B; the factor is dropped and the value is a fraction. */
function withoutPercentFactor(expr: Expr): { expr: Expr; scaled: boolean } {
  if (expr.kind === 'op' && expr.op === '*' && expr.right.kind === 'num') {
    const factor = expr.right;
    if (factor.text === '100%' || factor.text === '100') return { expr: expr.left, scaled: true };
  }
  return { expr, scaled: false };
}
