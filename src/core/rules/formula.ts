/**
 * Formula rules (SPEC §3): `得分=(1−5×偏差率)×分值`, `15分×完成率`, `完成及时率×分值=得分`. The written
 * arithmetic is read into the shared arithmetic tree (`../arithmetic`, no eval); a formula names exactly one
 * quantity, the input, besides the weight, and at most one more that names the row's 年度指标值
 * (`实际到位资金额/时序目标任务`); any other second name is not ours to fill in, so the text is not scored.
 */
import Decimal from 'decimal.js';
import { evaluate, namesIn, parseTokens, render, type Expr, type Op, type Token } from '../arithmetic';
import { formatPlain } from '../numberText';
import {
  BY_WORDS,
  COUNTED_NAME_ENDINGS,
  FORMULA_LEADS,
  FORMULA_OPERATOR_WORDS,
  FORMULA_RATE_ENDINGS,
  FORMULA_SCORE_ENDINGS,
  SCORE_NAME_WORDS,
  SCORE_WORDS,
  TARGET_NAME_WORDS,
  WEIGHT_WORDS,
} from '../vocabulary/rules';

export interface Formula {
  /** Its names: the input, the weight (as `WEIGHT_NAME`) and perhaps the target. */
  expr: Expr;
  /** `(超过100%以100%计算)` was written inside it. */
  atMost100: boolean;
  /** The input's name as written (`偏差率`). */
  input: string;
  /** A second name that names the row's 年度指标值 (`实际到位资金额/时序目标任务`). */
  target: string | null;
  /** `线路年度考核分=平时考核得分×60%+年终考核得分×40%`: several quantities, each named in the answer. */
  inputs?: string[];
  /** The expression is the weight times the input and nothing else: SPEC's proportional family. */
  plainProduct: boolean;
  /** `…×100%×60`: the row's points written out as a bare number closing the product (checked as stated). */
  claimedWeight: Decimal | null;
}

/** The name every weight word (`分值`, `该项分值`, `权重`) stands as in a formula. */
const WEIGHT_NAME = '分值';
const WEIGHTS = [...WEIGHT_WORDS].sort((a, b) => b.length - a.length);
const OPS: Readonly<Record<string, Op>> = {
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

function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  const operand = () => {
    const last = out[out.length - 1];
    return last !== undefined && (last.t === 'num' || last.t === 'close' || last.t === 'name');
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
      out.push({ t: 'num', value: v, text: rest.slice(0, len) });
      i += len;
      continue;
    }
    const word = FORMULA_OPERATOR_WORDS.find(([, w]) => rest.startsWith(w));
    if (word !== undefined && operand()) {
      out.push({ t: 'op', op: word[0] });
      i += word[1].length;
      continue;
    }
    // `x`/`X` multiply between operands; elsewhere it would be a name.
    if (OPS[ch] !== undefined || ((ch === 'x' || ch === 'X') && operand())) {
      out.push({ t: 'op', op: OPS[ch] ?? '*' });
      i++;
      continue;
    }
    // (`使用率(%)`: a name's unit, said in brackets after it.)
    if (rest.startsWith('(%)') && out[out.length - 1]?.t === 'name') {
      i += 3;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ t: ch === '(' ? 'open' : 'close' });
      i++;
      continue;
    }
    const weight = WEIGHTS.find((w) => rest.startsWith(w));
    if (weight) {
      out.push({ t: 'name', name: WEIGHT_NAME });
      i += weight.length;
      continue;
    }
    // (`好路率x180`: a letter x closing a name before a number or the weight multiplies.)
    const times = (k: number) =>
      (text[k] === 'x' || text[k] === 'X') &&
      /[\u4e00-\u9fff]/.test(text[k - 1] ?? '') &&
      (/[\d(]/.test(text[k + 1] ?? '') || WEIGHTS.some((w) => text.startsWith(w, k + 1)));
    let j = i;
    while (
      j < text.length &&
      !NAME_STOP.test(text[j]) &&
      !times(j) &&
      !WEIGHTS.some((w) => text.startsWith(w, j)) &&
      !(j > i && FORMULA_OPERATOR_WORDS.some(([, w]) => text.startsWith(w, j)))
    )
      j++;
    if (j === i) return null;
    // (`得分(分*执行率)`: 分 standing alone as a factor is the row's points.)
    const name = text.slice(i, j);
    out.push({ t: 'name', name: name === '分' ? WEIGHT_NAME : name });
    i = j;
  }
  return out;
}

/**
 * `得分=`, `得分值=`, `评价指标得分=`, `本项得分为:`, `…分值=`: what the formula computes is the score; so is
 * `得分(20分*执行率)`, the formula in brackets after it.
 */
const SCORE_HEAD = new RegExp(
  `^[^=×*/÷+\\-()]{0,12}?(?:${[...SCORE_WORDS, ...SCORE_NAME_WORDS].join('|')})(?:=|为:?|:)`,
);
const SCORE_WRAPPED = new RegExp(`^(?:${SCORE_WORDS.join('|')})\\((.+)\\)$`);
// (`…=所得分`: what is got.)
const SCORE_TAIL = new RegExp(`=所?(?:${SCORE_WORDS.join('|')})$`);
/** `按`, `按照`, after at most a short name of the row (`进度按照`). */
const BY_LEAD_RE = new RegExp(
  `^[\u4e00-\u9fff]{0,6}?(?:${[...BY_WORDS].sort((a, b) => b.length - a.length).join('|')})`,
);
/** `(超过100%以100%计算)` inside a formula: the input counts at most 100%. */
const AT_MOST_100 = /\(超过100%(?:的)?(?:以|按)100%(?:计算|计)\)/;

/**
 * A formula in one clause's normalised text, or null. It must be written as a formula: `得分=…`,
 * `…=得分`, or an expression holding the weight or a number of points (`15分×完成率`), with an operator.
 */
export function parseFormula(text: string): Formula | null {
  const atMost100 = AT_MOST_100.test(text);
  // (`即“评价指标得分=实际完成量/目标任务的比值*该项指标分值”`: quotation marks hold no arithmetic.)
  // (`得分=指标实际完成值X15.`: a full stop closing the arithmetic is no decimal point.)
  let body = text
    .replace(AT_MOST_100, '')
    .replace(/[“”]/g, '')
    .replace(/(?<=\d)\.$/, '');
  let declared = false;
  const wrapped = SCORE_WRAPPED.exec(body);
  if (wrapped) {
    body = wrapped[1];
    declared = true;
  } else if (SCORE_TAIL.test(body)) {
    // (Before the head: `百分比X总分值=所得分` has its points' name before the `=`.)
    body = body.replace(SCORE_TAIL, '');
    declared = true;
  } else if (SCORE_HEAD.test(body)) {
    body = body.replace(SCORE_HEAD, '');
    declared = true;
  } else {
    const lead = FORMULA_LEADS.find((w) => body.startsWith(w));
    if (lead) body = body.slice(lead.length).replace(/^:/, '');
    // (`进度按照60分乘以…`: the row's name, then how it is scored.)
    const by = BY_LEAD_RE.exec(body);
    if (by) body = body.slice(by[0].length);
    // `实际分数乘以0.3计分`, `比例值乘以2直接得分`: words closing the arithmetic say its value is the score.
    const ending = FORMULA_SCORE_ENDINGS.find((w) => body.endsWith(w));
    if (ending) {
      body = body.slice(0, body.length - ending.length);
      declared = true;
    } else body = body.replace(/计算$/, '');
  }
  const ts = tokenize(body);
  if (ts === null || !ts.some((t) => t.t === 'op')) return null;
  let expr = parseTokens(ts);
  if (expr === null) return null;
  let found = namesIn(expr).filter((n) => n !== WEIGHT_NAME);
  // `(按时结案数/应结案数)×100%×60`: two names standing only as one ratio, neither the 年度指标值, are one
  // rate (as `实际完成数/计划数×分值` written without brackets is).
  const counted = (n: string) => COUNTED_NAME_ENDINGS.some((e) => n.endsWith(e));
  const ratio =
    found.length === 2 && !found.some(isTargetName) && found.every(counted) ? ratioOf(expr, found) : null;
  if (ratio !== null) {
    expr = ratio;
    found = namesIn(expr).filter((n) => n !== WEIGHT_NAME);
  }
  let target: string | null = null;
  // `实际完成量/目标任务×分值`: one of two names is the row's 年度指标值.
  if (found.length === 2 && found.some(isTargetName)) {
    const targets = found.filter(isTargetName);
    if (targets.length !== 1) return null;
    target = targets[0];
    found = found.filter((n) => n !== target);
  }
  // (`年度考核分=平时考核得分×60%+年终考核得分×40%`: a score declared from several quantities, none the target —
  // the answer must name each.)
  const several = declared && found.length >= 2 && found.length <= MAX_INPUTS && !found.some(isTargetName);
  if (found.length !== 1 && !several) return null;
  let weighty = ts.some(
    (t) => (t.t === 'name' && t.name === WEIGHT_NAME) || (t.t === 'num' && t.text.endsWith('分')),
  );
  // `(按时结案数/应结案数)×100%×60`: a bare number closing the product of a rate is the row's points.
  let claimedWeight: Decimal | null = null;
  const last = expr.kind === 'op' && expr.op === '*' ? expr.right : null;
  if (!weighty && last?.kind === 'num' && /^\d+(\.\d+)?$/.test(last.text) && last.value.gt(1)) {
    claimedWeight = last.value;
    expr = { ...(expr as Extract<Expr, { kind: 'op' }>), right: { kind: 'name', name: WEIGHT_NAME } };
    weighty = true;
  }
  if (!declared && !weighty) return null;
  const isName = (e: Expr, name: string) => e.kind === 'name' && e.name === name;
  const plainProduct =
    expr.kind === 'op' &&
    expr.op === '*' &&
    ((isName(expr.left, WEIGHT_NAME) && isName(expr.right, found[0])) ||
      (isName(expr.left, found[0]) && isName(expr.right, WEIGHT_NAME)));
  return {
    expr,
    input: found[0],
    target,
    plainProduct: plainProduct && !several,
    atMost100,
    claimedWeight,
    ...(several ? { inputs: found } : {}),
  };
}

/** The most quantities a formula may name for the answer to give (beyond that it is a table, not a sum). */
const MAX_INPUTS = 4;

function isTargetName(name: string): boolean {
  return TARGET_NAME_WORDS.some((w) => name.includes(w));
}

/** `expr` with the one ratio `a/b` of the two names as a single name `a/b`, or null if they stand elsewhere. */
function ratioOf(expr: Expr, [a, b]: string[]): Expr | null {
  let seen = 0;
  const walk = (e: Expr): Expr | null => {
    if (e.kind === 'name') return e.name === a || e.name === b ? null : e;
    if (e.kind === 'num') return e;
    if (e.kind === 'neg' || e.kind === 'abs') {
      const arg = walk(e.arg);
      return arg && { ...e, arg };
    }
    const pair = e.left.kind === 'name' && e.right.kind === 'name' ? [e.left.name, e.right.name] : null;
    if (e.op === '/' && pair && ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a))) {
      seen++;
      return { kind: 'name', name: `${pair[0]}/${pair[1]}` };
    }
    const left = walk(e.left);
    const right = walk(e.right);
    return left && right && { ...e, left, right };
  };
  const out = walk(expr);
  return out !== null && seen === 1 ? out : null;
}

/** Is the named input a rate (`偏差率`, `完成比例`), used in the formula as a fraction (95% → 0.95)? */
export function isRateName(name: string): boolean {
  // `按时结案数/应结案数`: a ratio of two counts is a rate too.
  return FORMULA_RATE_ENDINGS.some((e) => name.endsWith(e)) || name.includes('/');
}

/** The formula's value for input x (a fraction for rates), weight w and target t; null on division by zero. */
export function formulaValue(
  f: { expr: Expr; target: string | null },
  x: Decimal,
  w: Decimal,
  t: Decimal | null = null,
): Decimal | null {
  return evaluate(f.expr, (name) => (name === WEIGHT_NAME ? w : name === f.target ? t : x));
}

/** The formula's value over several named quantities (fractions for rates) and the weight w; null on division by 0. */
export function formulaOf(expr: Expr, values: ReadonlyMap<string, Decimal>, w: Decimal): Decimal | null {
  return evaluate(expr, (name) => (name === WEIGHT_NAME ? w : (values.get(name) ?? null)));
}

/**
 * `(实际到位资金额/时序目标任务)×分值`: the input and the target stand only as that ratio, so a share
 * given as a percentage (`60%`) is the ratio itself.
 */
export function onlyAsRatio(f: { expr: Expr; input: string; target: string | null }): boolean {
  const isName = (e: Expr, n: string | null) => e.kind === 'name' && e.name === n;
  const walk = (e: Expr): boolean => {
    if (e.kind === 'name') return e.name !== f.input && e.name !== f.target;
    if (e.kind === 'num') return true;
    if (e.kind === 'neg' || e.kind === 'abs') return walk(e.arg);
    if (e.op === '/' && isName(e.left, f.input) && isName(e.right, f.target)) return true;
    return walk(e.left) && walk(e.right);
  };
  return f.target !== null && walk(f.expr);
}

/** The formula written back: `(1-5×偏差率)×分值`. */
export function exprText(e: Expr): string {
  return render(
    e,
    (leaf) =>
      leaf.kind === 'name'
        ? leaf.name
        : leaf.text.endsWith('%') || leaf.text.endsWith('分')
          ? leaf.text
          : formatPlain(leaf.value),
    '÷',
  );
}
