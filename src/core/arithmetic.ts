/**
 * Written arithmetic, wherever a table writes it: a definition in a 指标解释 (`(在职人员数/编制数)×100%`)
 * or a formula in a 评分标准 (`(1-5×偏差率)×分值`). Each reader tokenizes its own text (what counts as
 * a name differs); the tree, its parser, its decimal value and how it is written back are shared here.
 * No eval anywhere.
 */
import Decimal from 'decimal.js';

export type Op = '+' | '-' | '*' | '/';

export type Expr =
  /** A constant as written: `5`, `50%` (value 0.5), `15分` (value 15). */
  | { kind: 'num'; value: Decimal; text: string }
  /** A quantity, by the name the text gives it; its value comes from the reader. */
  | { kind: 'name'; name: string }
  | { kind: 'op'; op: Op; left: Expr; right: Expr }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'abs'; arg: Expr };

export type Leaf = Extract<Expr, { kind: 'num' | 'name' }>;

export type Token =
  | { t: 'num'; value: Decimal; text: string }
  | { t: 'name'; name: string }
  | { t: 'op'; op: Op }
  | { t: 'open' }
  | { t: 'close' }
  /** `|`, around an absolute value. */
  | { t: 'bar' };

/** The expression the tokens spell, all of them; null when they do not spell one. */
export function parseTokens(tokens: readonly Token[]): Expr | null {
  const parser = new Parser(tokens);
  const expr = parser.expr();
  return expr && parser.done ? expr : null;
}

/** Recursive descent: expr = term (± term)*, term = factor (×÷ factor)*, factor = −factor | num | name | (expr) | |expr|. */
class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  expr(): Expr | null {
    let left = this.term();
    while (left && this.peekOp('+', '-')) {
      const op = (this.tokens[this.i++] as { op: Op }).op;
      const right = this.term();
      left = right ? { kind: 'op', op, left, right } : null;
    }
    return left;
  }

  private term(): Expr | null {
    let left = this.factor();
    while (left && this.peekOp('*', '/')) {
      const op = (this.tokens[this.i++] as { op: Op }).op;
      const right = this.factor();
      left = right ? { kind: 'op', op, left, right } : null;
    }
    return left;
  }

  private factor(): Expr | null {
    const tok = this.tokens[this.i++];
    if (!tok) return null;
    switch (tok.t) {
      case 'num':
        return { kind: 'num', value: tok.value, text: tok.text };
      case 'name':
        return { kind: 'name', name: tok.name };
      case 'op': {
        if (tok.op !== '-') return null;
        const arg = this.factor();
        return arg ? { kind: 'neg', arg } : null;
      }
      case 'open': {
        const inner = this.expr();
        return inner && this.tokens[this.i++]?.t === 'close' ? inner : null;
      }
      case 'bar': {
        const inner = this.expr();
        return inner && this.tokens[this.i++]?.t === 'bar' ? { kind: 'abs', arg: inner } : null;
      }
      default:
        return null;
    }
  }

  private peekOp(...ops: Op[]): boolean {
    const tok = this.tokens[this.i];
    return tok?.t === 'op' && ops.includes(tok.op);
  }
}

/** The names an expression needs, each once, in reading order. */
export function namesIn(expr: Expr): string[] {
  const out: string[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'name') {
      if (!out.includes(e.name)) out.push(e.name);
    } else if (e.kind === 'op') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'neg' || e.kind === 'abs') {
      walk(e.arg);
    }
  };
  walk(expr);
  return out;
}

/** The value, in decimal; null on a division by zero or a name without a value. */
export function evaluate(expr: Expr, valueOf: (name: string) => Decimal | null | undefined): Decimal | null {
  switch (expr.kind) {
    case 'num':
      return expr.value;
    case 'name':
      return valueOf(expr.name) ?? null;
    case 'neg': {
      const v = evaluate(expr.arg, valueOf);
      return v === null ? null : v.negated();
    }
    case 'abs': {
      const v = evaluate(expr.arg, valueOf);
      return v === null ? null : v.abs();
    }
    case 'op': {
      const a = evaluate(expr.left, valueOf);
      const b = evaluate(expr.right, valueOf);
      if (a === null || b === null) return null;
      if (expr.op === '+') return a.plus(b);
      if (expr.op === '-') return a.minus(b);
      if (expr.op === '*') return a.times(b);
      return b.isZero() ? null : a.dividedBy(b);
    }
  }
}

const PRECEDENCE: Readonly<Record<Op, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/**
 * The expression written out, each leaf as `leaf` shows it, with only the parentheses it needs:
 * `(0.68-0.64)/0.64`, `(1-5×偏差率)×分值`. `divide` is the sign a reader expects (`/` or `÷`).
 */
export function render(expr: Expr, leaf: (e: Leaf) => string, divide: '/' | '÷'): string {
  const sign = (op: Op) => (op === '*' ? '×' : op === '/' ? divide : op);
  const walk = (e: Expr, parent: Op | null, rightSide: boolean): string => {
    switch (e.kind) {
      case 'num':
      case 'name':
        return leaf(e);
      case 'neg':
        return `-${e.arg.kind === 'op' ? `(${walk(e.arg, null, false)})` : walk(e.arg, null, false)}`;
      case 'abs':
        return `|${walk(e.arg, null, false)}|`;
      case 'op': {
        const text = `${walk(e.left, e.op, false)}${sign(e.op)}${walk(e.right, e.op, true)}`;
        if (parent === null) return text;
        const own = PRECEDENCE[e.op];
        const outer = PRECEDENCE[parent];
        const needed = own < outer || (own === outer && rightSide && (parent === '-' || parent === '/'));
        return needed ? `(${text})` : text;
      }
    }
  };
  return walk(expr, null, false);
}
