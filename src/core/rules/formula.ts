/**
 * Formula rules (SPEC §3): `得分=(1−5×偏差率)×分值`, `15分×完成率`, `完成及时率×分值=得分`. The written
 * arithmetic is parsed by our own small parser (no eval) into an `Expr`; a formula names exactly one
 * quantity, the input, besides the weight. A second name (`实际完成值/年度目标值`) is not ours to fill
 * in, so such a text is not a formula we score.
 */
import Decimal from 'decimal.js';
import { formatPlain } from '../numberText';
import {
  BY_WORDS,
  FORMULA_RATE_ENDINGS,
  SCORE_WORDS,
  TARGET_NAME_WORDS,
  WEIGHT_WORDS,
} from '../vocabulary/rules';
import type { Expr } from './ast';

export interface Formula {
  /** With a second name that names the 年度指标值 (`实际到位资金额/时序目标任务`) as an `op: 'target'`. */
  expr: Expr;
  /** `(超过100%以100%计算)` was written inside it. */
  atMost100: boolean;
  /** The input's name as written (`偏差率`). */
  name: string;
  /** The expression is the weight times the input and nothing else: SPEC's proportional family. */
  plainProduct: boolean;
}

type Tok =
  | { k: 'num'; v: Decimal; text: string }
  | { k: 'op'; op: '+' | '-' | '*' | '/' }
  | { k: '(' }
  | { k: ')' }
  | { k: 'weight' }
  | { k: 'name'; name: string };

const WEIGHTS = [...WEIGHT_WORDS].sort((a, b) => b.length - a.length);
const OPS: Readonly<Record<string, '+' | '-' | '*' | '/'>> = {
  '+': '+',
  '-': '-',
  '×': '*',
  '*': '*',
  '÷': '/',
  '/': '/',
};
const NUMBER = /^\d+(\.\d+)?/;
/** Characters a name cannot hold: digits, operators, brackets, comparison and punctuation. */
const NAME_STOP = /[\d+\-×*÷/()=<>≥≤,:;%|[\]{}]/;

function tokenize(text: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  const operand = () => {
    const last = out[out.length - 1];
    return (
      last !== undefined && (last.k === 'num' || last.k === ')' || last.k === 'weight' || last.k === 'name')
    );
  };
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    const num = NUMBER.exec(rest);
    if (num) {
      let v = new Decimal(num[0]);
      let len = num[0].length;
      if (rest[len] === '%') {
        v = v.div(100);
        len++;
      } else if (rest[len] === '分' && !rest.startsWith('分值', len)) {
        len++;
      }
      out.push({ k: 'num', v, text: rest.slice(0, len) });
      i += len;
      continue;
    }
    // `x`/`X` multiply between operands; elsewhere it would be a name.
    if (OPS[ch] !== undefined || ((ch === 'x' || ch === 'X') && operand())) {
      out.push({ k: 'op', op: OPS[ch] ?? '*' });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ k: ch });
      i++;
      continue;
    }
    const weight = WEIGHTS.find((w) => rest.startsWith(w));
    if (weight) {
      out.push({ k: 'weight' });
      i += weight.length;
      continue;
    }
    let j = i;
    while (j < text.length && !NAME_STOP.test(text[j]) && !WEIGHTS.some((w) => text.startsWith(w, j))) j++;
    if (j === i) return null;
    out.push({ k: 'name', name: text.slice(i, j) });
    i = j;
  }
  return out;
}

/** Recursive descent over + − (lowest), × ÷, then unary minus, numbers, names, the weight, parentheses. */
class ExprParser {
  private i = 0;
  constructor(private readonly ts: Tok[]) {}

  parse(): Expr | null {
    const e = this.sum();
    return e !== null && this.i === this.ts.length ? e : null;
  }

  private sum(): Expr | null {
    let left = this.product();
    while (left !== null) {
      const t = this.ts[this.i];
      if (t?.k !== 'op' || (t.op !== '+' && t.op !== '-')) break;
      this.i++;
      const right = this.product();
      if (right === null) return null;
      left = { op: t.op, left, right };
    }
    return left;
  }

  private product(): Expr | null {
    let left = this.factor();
    while (left !== null) {
      const t = this.ts[this.i];
      if (t?.k !== 'op' || (t.op !== '*' && t.op !== '/')) break;
      this.i++;
      const right = this.factor();
      if (right === null) return null;
      left = { op: t.op, left, right };
    }
    return left;
  }

  private factor(): Expr | null {
    const t = this.ts[this.i++];
    if (t === undefined) return null;
    switch (t.k) {
      case 'num':
        return { op: 'num', value: t.v, text: t.text };
      case 'weight':
        return { op: 'weight' };
      case 'name':
        return { op: 'input', name: t.name };
      case '(': {
        const e = this.sum();
        if (e === null || this.ts[this.i++]?.k !== ')') return null;
        return e;
      }
      case 'op':
        if (t.op !== '-') return null;
        {
          const e = this.factor();
          return e === null
            ? null
            : { op: '-', left: { op: 'num', value: new Decimal(0), text: '0' }, right: e };
        }
      default:
        return null;
    }
  }
}

function names(e: Expr, into: Set<string>): Set<string> {
  if (e.op === 'input') into.add(e.name);
  else if (e.op !== 'num' && e.op !== 'weight' && e.op !== 'target') {
    names(e.left, into);
    names(e.right, into);
  }
  return into;
}

function has(e: Expr, pred: (x: Expr) => boolean): boolean {
  if (pred(e)) return true;
  return (
    e.op !== 'num' &&
    e.op !== 'weight' &&
    e.op !== 'input' &&
    e.op !== 'target' &&
    (has(e.left, pred) || has(e.right, pred))
  );
}

/** Does the formula take the 年度指标值? */
export function usesTarget(e: Expr): boolean {
  return has(e, (x) => x.op === 'target');
}

function asTarget(e: Expr, name: string): Expr {
  if (e.op === 'input') return e.name === name ? { op: 'target', name } : e;
  if (e.op === 'num' || e.op === 'weight' || e.op === 'target') return e;
  return { ...e, left: asTarget(e.left, name), right: asTarget(e.right, name) };
}

/** `得分=`, `得分值=`, `评价指标得分=`, `指标得分=`, `…分值=`: what the formula computes is the score. */
const SCORE_HEAD = new RegExp(
  `^[^=×*/÷+\\-()]{0,12}?(?:${[...SCORE_WORDS, '得分值', '分值', '分数'].join('|')})=`,
);
const SCORE_TAIL = new RegExp(`=(?:${SCORE_WORDS.join('|')})$`);
/** `(超过100%以100%计算)` inside a formula: the input counts at most 100%. */
const AT_MOST_100 = /\(超过100%(?:的)?(?:以|按)100%(?:计算|计)\)/;

/**
 * A formula in one clause's normalised text, or null. It must be written as a formula: `得分=…`,
 * `…=得分`, or an expression holding the weight or a number of points (`15分×完成率`), with an operator.
 */
export function parseFormula(text: string): Formula | null {
  const atMost100 = AT_MOST_100.test(text);
  let body = text.replace(AT_MOST_100, '');
  let declared = false;
  if (SCORE_HEAD.test(body)) {
    body = body.replace(SCORE_HEAD, '');
    declared = true;
  } else if (SCORE_TAIL.test(body)) {
    body = body.replace(SCORE_TAIL, '');
    declared = true;
  } else {
    const by = BY_WORDS.find((w) => body.startsWith(w));
    if (by) body = body.slice(by.length);
    body = body.replace(/(计算得分|计算|计分|得分)$/, '');
  }
  const ts = tokenize(body);
  if (ts === null || !ts.some((t) => t.k === 'op')) return null;
  let expr = new ExprParser(ts).parse();
  if (expr === null) return null;
  let found = [...names(expr, new Set())];
  // `实际完成量/目标任务×分值`: one of two names is the row's 年度指标值.
  if (found.length === 2) {
    const targets = found.filter((n) => TARGET_NAME_WORDS.some((w) => n.includes(w)));
    if (targets.length !== 1) return null;
    expr = asTarget(expr, targets[0]);
    found = found.filter((n) => n !== targets[0]);
  }
  if (found.length !== 1) return null;
  const weighty = has(expr, (x) => x.op === 'weight' || (x.op === 'num' && x.text.endsWith('分')));
  if (!declared && !weighty) return null;
  const plainProduct =
    (expr.op === '*' &&
      ((expr.left.op === 'weight' && expr.right.op === 'input') ||
        (expr.left.op === 'input' && expr.right.op === 'weight'))) ||
    false;
  return { expr, name: found[0], plainProduct, atMost100 };
}

/** Is the named input a rate (`偏差率`, `完成比例`), used in the formula as a fraction (95% → 0.95)? */
export function isRateName(name: string): boolean {
  return FORMULA_RATE_ENDINGS.some((e) => name.endsWith(e));
}

/** The formula's value for input x (a fraction for rates), weight w and target t; null on division by zero. */
export function evaluateExpr(e: Expr, x: Decimal, w: Decimal, t: Decimal | null = null): Decimal | null {
  switch (e.op) {
    case 'num':
      return e.value;
    case 'input':
      return x;
    case 'weight':
      return w;
    case 'target':
      return t;
    default: {
      const a = evaluateExpr(e.left, x, w, t);
      const b = evaluateExpr(e.right, x, w, t);
      if (a === null || b === null) return null;
      if (e.op === '+') return a.plus(b);
      if (e.op === '-') return a.minus(b);
      if (e.op === '*') return a.times(b);
      return b.isZero() ? null : a.div(b);
    }
  }
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;
const SYMBOL = { '+': '+', '-': '-', '*': '×', '/': '÷' } as const;
type Op = keyof typeof PRECEDENCE;

/** The formula written back: `(1-5×偏差率)×分值`. */
export function exprText(e: Expr, parent: Op | null = null, rightSide = false): string {
  switch (e.op) {
    case 'num':
      return e.text.endsWith('%') || e.text.endsWith('分') ? e.text : formatPlain(e.value);
    case 'input':
    case 'target':
      return e.name;
    case 'weight':
      return '分值';
    default: {
      if (e.op === '-' && e.left.op === 'num' && e.left.text === '0')
        return `-${exprText(e.right, '*', true)}`;
      const text = `${exprText(e.left, e.op)}${SYMBOL[e.op]}${exprText(e.right, e.op, true)}`;
      if (parent === null) return text;
      const p = PRECEDENCE[e.op];
      const q = PRECEDENCE[parent];
      return p < q || (p === q && rightSide && (parent === '-' || parent === '/')) ? `(${text})` : text;
    }
  }
}
