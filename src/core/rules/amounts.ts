/**
 * Amounts written out of the parser's order, or in a table's shorthand, are rewritten, before lexing, as the
 * parser reads them:
 * - without 分 (`未设服务电话扣0.5,…`, `未执行养护计划的扣72`): a number right after 扣 that closes its
 *   phrase can only be points → `扣0.5分`;
 * - the amount before what it is per (`教师无故旷课扣3分每人次`) → `每人次扣3分`.
 * - points in brackets followed by how they are lost (`(2分,少一次扣0.5分)`) → `(2分)。少一次扣0.5分`: the row's
 *   worth, then its rule.
 * - points per thing without their verb (`每项1分,最高5分`) → `每项得1分`;
 * - per one thing per time (`每人每次扣1分`, `每项每次不合格扣2分`) → `每人次…`: counted in 人次, 项次.
 * - points as a signed number closing their phrase, a table's shorthand (`全年超标率不大于5% -5`, `处分 -5/次`,
 *   `每起 -3`, `(每次)+1`) → `扣5分`, `每次扣5分`, `加1分`. Not a range's second end (`80%(含)-90%`, `3-5`).
 * - points per so many after a slash (`国家级奖 80分/项`, `扣0.2分/人`, `1分/30人`) → `每项得80分`, `每人扣0.2分`, `每30人得1分`
 *   (得 where no verb or sign is written — not after words of a fault, `路灯整基不亮 2分/基`, which may cost or earn).
 * - what the points are per, in brackets before them (`培训的(每次)加1分`) → `培训的每次加1分`.
 * - points per point risen or fallen, without their verb (`每增长一个百分点 0.5(最高30分)`) → `每增长一个百分点加0.5分`.
 * - a checklist's rows run together, each closing with its points (`…扣4分未建立治安保卫制度的扣3-5分`) → a
 *   sentence each: `扣4分;未建立…`. Only where another amount follows in the run (or what the count is taken
 *   from, `扣2.5分以党委会纪要为准`), and not before words that go on with the amount (`扣10分辆次`, `扣5分为止`,
 *   `得2分的`). So are bare points after a comma run on to the next row (`优良,2分一般,1分较差,0分`).
 * - points as a sentence of their own between a requirement and its else (`…研究部署。5分。否则,不计分`) →
 *   `…研究部署,得5分。否则…`.
 * - two percentages side by side (`90%95%得5分`) → `90%-95%`: a range whose dash the document lost;
 * - bands listed with 、 (`完成80%以上得2分、60%以上得1分`) → a sentence each.
 * Added characters have no source position, so the person's words are still quoted as written.
 */
import { IDENTITY } from '../text';
import type { NormalizedText } from '../text';
import {
  COUNT_UNITS,
  FALL_WORDS,
  FAULT_CHAR_RE,
  ITEMS_ABOVE_WORDS,
  PER_AFTER_UNITS,
  RISE_WORDS,
} from '../vocabulary/rules';
import { Writer } from './distribute';

/** 扣 and a bare number, then the phrase's end (not `扣1次`, `扣0.5%`, `扣1分`). */
const BARE_RE = /扣(?:除|减)?\d+(?:\.\d+)?(?=[,;。\n)\s]|扣完|$)/g;
/** `扣3分每人次`: the amount, then 每 and a unit, closing the phrase. */
const PER_AFTER_RE = new RegExp(
  `(扣(?:除|减)?\\d+(?:\\.\\d+)?分)(每(?:${PER_AFTER_UNITS.join('|')}))(?=[,;。\\n]|$)`,
  'g',
);

/** `(2分,少一次扣0.5分)`, `(1分,未成立不得分)`: a bracket opening with points, then their rule. */
const WORTH_THEN_RULE_RE = /\((\d+(?:\.\d+)?分),([^()]*(?:扣|不得分|得|计)[^()]*)\)/g;

/** `每项1分`: 每, a unit, then points with no verb (the verb 得 is written in). */
const PER_POINTS_RE = /每(?:项|个|条|篇|件|家|场|所)(?=\d+(?:\.\d+)?分)/g;
/** `每人每次`: the second 每 (and the first 次's 每) dropped, `每人次`. */
const PER_EACH_TIME_RE = /每(人|项|户|车|件|处)每(?=次)/g;
/** `(每次)` right before the points it prices. */
const BRACKETED_PER_RE = /\((每[\u4e00-\u9fff]{1,2})\)(?=[扣加得+-])/g;
/** A step in points of a rise or fall, then a bare amount closing the phrase (or a bracket after it). */
const UNVERBED_STEP_RE = new RegExp(
  `每(${[...RISE_WORDS, ...FALL_WORDS].join('|')})[^,;。每\\d]{0,3}?(?:\\d+(?:\\.\\d+)?|[一二两三四五])?个?(?:百分点|%)(?=(\\d+(?:\\.\\d+)?)(分)?(?:\\(|[,;。\\n]|$))`,
  'g',
);
/** Points closing a phrase, written straight on to the next words. */
const RUN_ON_RE = /[扣得加](?:除|减)?\d+(?:\.\d+)?(?:[-~]\d+(?:\.\d+)?)?分(?=[\u4e00-\u9fff])/g;
/** Bare points after a comma, run on to the next row's words or bound (`优良,2分一般,1分…`, `8-9个,1分9-10个`). */
const BARE_RUN_ON_RE = /(?<=[,:])\d+(?:\.\d+)?分(?=[\u4e00-\u9fff\d])/g;
/** Bare points after a comma later in the same sentence: the next row of such a run. */
const BARE_AHEAD_RE = /^[^;。\n]*?,\d+(?:\.\d+)?分/;
/** Two percentages side by side (`90%95%得5分`, a range whose dash a converted document lost). */
const JOINED_RANGE_RE = /\d%(?=\d+(?:\.\d+)?%)/g;
/** Points closing one band and a 、 before the next band's condition (`完成80%以上得2分、60%以上得1分`). */
const BAND_LIST_RE =
  /[得扣]\d+(?:\.\d+)?分、(?=[^、,;。\n]*?\d[^、,;。\n]*?[得扣]\d|[^、,;。\n]*?\d[^、,;。\n]*?不得分)/g;
/** Words that go on with the amount before them, rather than open a row of their own. */
const GOES_ON_RE = new RegExp(
  `^(?:为止|扣完|直至|直到|止|的|以上|以下|以内|后|封顶|为限|起|计|每|或|至|为|者|及|(?:${[...COUNT_UNITS, ...PER_AFTER_UNITS].join('|')})(?![\u4e00-\u9fff]))`,
);
/** Points as a sentence of their own between a requirement and its else (`…部署。5分。否则,不计分`). */
const LONE_POINTS_RE = /(?<=[\u4e00-\u9fff])。(?=\d+(?:\.\d+)?分。否则)/g;
/** `以党委会纪要为准`: what the count is taken from, run on after the points (`少一次扣2.5分以党委会纪要为准`). */
const BASIS_RE = /^以[^,;。\n\d]{2,20}?为(?:准|依据|据)(?=[,;。\n)]|$)/;
/** Another amount later in the same sentence: the run holds more rows than one. */
const AMOUNT_AHEAD_RE = /^[^;。\n]*?(?:[扣得加减]\d|不得分)/;
/** A sign, points (分 optional), perhaps `/次`, then the phrase's end. */
const SIGNED_RE = /[-+](\d+(?:\.\d+)?)(分)?(?=[;。\n]|$)/g;
/** Points per so many after a slash (`80分/项`, `扣0.2分/人`, `-5/次`, `1分/30人`), closing the phrase. */
const PER_SLASH_RE =
  /(?<![\d.])([扣加得+-])?(\d+(?:\.\d+)?)(分)?\/(\d+)?([\u4e00-\u9fff]{1,2})(?=[;。\n,]|$)/g;

export function amounts(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  if (!/[扣得每+/-]|[,:。]\d|%\d/.test(t)) return norm;
  const at = (i: number) => (norm.map === IDENTITY ? i : norm.map[i]);
  const twice = [...t.matchAll(PER_EACH_TIME_RE)];
  // (`(每项2分)`, `(共12分,每项1.5分)`, `①…②…以上三项每项1分`: beside a list, the worth of each item listed —
  // left so.)
  const inBrackets = (at: number) => t.lastIndexOf('(', at) > t.lastIndexOf(')', at);
  const listed =
    /[①-⑳]|\(\d{1,2}\)|(^|[;。\n])\d{1,2}[.、]/.test(t) || ITEMS_ABOVE_WORDS.some((w) => t.includes(w));
  const per = [...t.matchAll(PER_POINTS_RE)]
    .filter((m) => !listed && !inBrackets(m.index as number))
    .map((m) => (m.index as number) + m[0].length);
  const bare = [...t.matchAll(BARE_RE)].map((m) => (m.index as number) + m[0].length);
  const after = [...t.matchAll(PER_AFTER_RE)];
  const worth = [...t.matchAll(WORTH_THEN_RULE_RE)];
  const signed = [...t.matchAll(SIGNED_RE)].filter((m) => signsPoints(t, m.index as number, at));
  const perSlash = [...t.matchAll(PER_SLASH_RE)].filter(
    (m) =>
      (m[1] !== undefined ||
        (m[3] !== undefined && !FAULT_CHAR_RE.test(phraseBefore(t, m.index as number)))) &&
      (m[1] === undefined || !'+-'.includes(m[1]) || signsPoints(t, m.index as number, at)),
  );
  const bracketedPer = [...t.matchAll(BRACKETED_PER_RE)];
  const unverbed = [...t.matchAll(UNVERBED_STEP_RE)];
  const joinedRanges = [...t.matchAll(JOINED_RANGE_RE)].map((m) => (m.index as number) + m[0].length);
  const bandLists = [...t.matchAll(BAND_LIST_RE)].map((m) => (m.index as number) + m[0].length - 1);
  const lonePoints = [...t.matchAll(LONE_POINTS_RE)];
  const runOn = [...t.matchAll(RUN_ON_RE)]
    .map((m) => (m.index as number) + m[0].length)
    .filter(
      (end) =>
        !GOES_ON_RE.test(t.slice(end)) && (AMOUNT_AHEAD_RE.test(t.slice(end)) || BASIS_RE.test(t.slice(end))),
    )
    .concat(
      [...t.matchAll(BARE_RUN_ON_RE)]
        .map((m) => (m.index as number) + m[0].length)
        .filter((end) => !GOES_ON_RE.test(t.slice(end)) && BARE_AHEAD_RE.test(t.slice(end))),
    );
  const edits = [
    ...per.map((end) => ({ at: end, end, write: (w: Writer) => w.write('得') })),
    ...twice.map((m) => {
      const at = m.index as number;
      return { at, end: at + m[0].length, write: (w: Writer) => w.copy(at, at + 2) };
    }),
    ...worth.map((m) => {
      const at = m.index as number;
      const points = at + 1 + m[1].length;
      return {
        at,
        end: at + m[0].length,
        // (2分 then `)。`, then the rule without the closing bracket.
        write: (w: Writer) => {
          w.copy(at, points);
          w.write(')。');
          w.copy(points + 1, at + m[0].length - 1);
        },
      };
    }),
    ...bare.map((end) => ({ at: end, end, write: (w: Writer) => w.write('分') })),
    ...runOn.map((end) => ({ at: end, end, write: (w: Writer) => w.write(';') })),
    // (`。5分。否则` → `,得5分。否则`: the points join the sentence before, as its outcome.)
    ...lonePoints.map((m) => {
      const at = m.index as number;
      return { at, end: at + 1, write: (w: Writer) => w.write(',得') };
    }),
    ...joinedRanges.map((end) => ({ at: end, end, write: (w: Writer) => w.write('-') })),
    // (The 、 itself becomes the sentence's end.)
    ...bandLists.map((at) => ({ at, end: at + 1, write: (w: Writer) => w.write(';') })),
    ...perSlash.map((m) => {
      const start = m.index as number;
      const number = start + (m[1]?.length ?? 0);
      const verb = m[1] === undefined ? '得' : m[1] === '-' ? '扣' : m[1] === '+' ? '加' : m[1];
      return {
        at: start,
        end: start + m[0].length,
        // 每, what it is per (with its count), the verb, then the points — each character kept where it stands.
        write: (w: Writer) => {
          w.write('每');
          w.copy(start + m[0].length - (m[4]?.length ?? 0) - m[5].length, start + m[0].length);
          w.write(verb);
          w.copy(number, number + m[2].length);
          w.write('分');
        },
      };
    }),
    ...unverbed.map((m) => {
      const at = (m.index as number) + m[0].length;
      const end = at + m[2].length;
      return {
        at,
        end,
        // 加 or 扣 by the step's way, the amount kept, 分 written when the text has none.
        write: (w: Writer) => {
          w.write(RISE_WORDS.includes(m[1]) ? '加' : '扣');
          w.copy(at, end);
          if (m[3] === undefined) w.write('分');
        },
      };
    }),
    ...bracketedPer.map((m) => {
      const open = m.index as number;
      return {
        at: open,
        end: open + m[0].length,
        write: (w: Writer) => w.copy(open + 1, open + m[0].length - 1),
      };
    }),
    ...signed.map((m) => {
      const sign = m.index as number;
      const number = sign + 1 + m[1].length;
      return {
        at: sign,
        end: number,
        // 扣 or 加 for the sign, the number kept, 分 written when the text has none.
        write: (w: Writer) => {
          w.write(t[sign] === '-' ? '扣' : '加');
          w.copy(sign + 1, number);
          if (m[2] === undefined) w.write('分');
        },
      };
    }),
    ...after.map((m) => {
      const at = m.index as number;
      const amount = m[1].length;
      return {
        at,
        end: at + m[0].length,
        // 每人次 then 扣3分, each keeping its source positions.
        write: (w: Writer) => {
          w.copy(at + amount, at + m[0].length);
          w.copy(at, at + amount);
        },
      };
    }),
  ].sort((a, b) => a.at - b.at);
  if (edits.length === 0) return norm;
  const out = new Writer(t, at);
  let i = 0;
  for (const e of edits) {
    if (e.at < i) continue;
    out.copy(i, e.at);
    e.write(out);
    i = e.end;
  }
  out.copy(i, t.length);
  return { text: out.text, map: out.map };
}

/**
 * A sign is points where it stands after words (`处分 -5`, `每起-3`) or apart from a number before it
 * (`不大于5% -5`: a space in the source) — never joined to a number, as a range's dash is (`3-5`, `80%-90`).
 */
function signsPoints(t: string, sign: number, at: (i: number) => number): boolean {
  if (sign === 0) return false;
  const before = t[sign - 1];
  if (!/[\d%.+\-~]/.test(before)) return true;
  return /[\d%]/.test(before) && at(sign) - at(sign - 1) > 1;
}

/** The words of the phrase before `at`, back to the last separator. */
function phraseBefore(t: string, at: number): string {
  return t.slice(0, at).replace(/^[^]*[,;。\n]/, '');
}
