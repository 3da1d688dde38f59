/**
 * Lexer: normalised rule text → tokens. Words such as 得, 扣, 达到, 以上 are tokens only where they
 * can carry that meaning (得 before a number, 以上 after one), so descriptions like `得到有效执行`
 * or `达到质量标准` stay plain words.
 */
import Decimal from 'decimal.js';
import {
  LEVEL_SETS,
  BASE_POINT_WORDS,
  COUNT_UNITS,
  BONUS_BLOCKERS,
  BONUS_CAP_PHRASES,
  BONUS_WORDS,
  CAP_PHRASES,
  DELAY_WORDS,
  CHINESE_DIGITS,
  CHINESE_NUMERALS,
  SMALL_NUMERALS,
  CIRCLED_RANGES,
  COMPARATOR_SYMBOLS,
  COMPARATOR_WORDS,
  DEDUCT_WORDS,
  DIRECTION_JOINERS,
  DIRECTION_WORDS,
  EACH_WORDS,
  LEADING_MINIMUM_WORDS,
  DOCUMENT_NOUNS,
  STANDARD_CODE_PREFIXES,
  SELF_WORDS,
  WORTH_NOUNS,
  PERIOD_WORDS,
  PER_UNIT_LEADS,
  PERSON_UNITS,
  EXCLUSIVE_MARKS,
  FULL_WORDS,
  GAIN_WORDS,
  HALF_WORDS,
  INCLUSIVE_MARKS,
  MAX_DEDUCT_PHRASES,
  MULTIPLY_WORDS,
  PERCENT_POINT_WORDS,
  PERCENT_PREFIX,
  PLUS_MINUS_PREFIXES,
  POSTFIX_COMPARATORS,
  ONE_IN_A_WORD_AFTER,
  ONE_IN_A_WORD,
  SCORING_NOUN_ENDS,
  QUANTITY_UNITS,
  RANGE_DASHES,
  SCORE_WORDS,
  WEIGHT_WORDS,
  ZERO_WORDS,
  COUNTING_BEFORE_JI,
  POINTS_BOUND_LEADS,
  VERBS_ENDING_IN_CLOSER,
  WEAK_COMPARATOR_WORDS,
  POINTS_ONLY_BONUS_CAPS,
  HALVED_TIME_UNITS,
} from '../vocabulary/rules';
import type { Direction } from '../vocabulary/rules';
import type { Token, TokenType } from './tokens';
import { alternatives } from '../text';

const SEPARATORS = new Set([';', '。', '\n', '!', '?']);
/** Words after 每 that make it a step: it deducts, gains or reduces. */
const STEP_SCORING_WORDS = [...DEDUCT_WORDS, ...GAIN_WORDS, '减', ...BONUS_WORDS];
const STEP_SCORING_STARTS = new Set(STEP_SCORING_WORDS.map((w) => w[0]));
const COMMAS = new Set([',', ':']);
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const UNITS = byLength([...PERCENT_POINT_WORDS, ...QUANTITY_UNITS]);
const CAPS = byLength(CAP_PHRASES);
const ZEROS = byLength(ZERO_WORDS);
const WEIGHTS = byLength(WEIGHT_WORDS);
const GAINS = byLength(GAIN_WORDS);
const DEDUCTS = byLength(DEDUCT_WORDS);
const CMP_WORDS = [...COMPARATOR_WORDS].sort((a, b) => b[0].length - a[0].length);
const COMPARED_SHARE_RE = new RegExp(
  `^在?(${alternatives([...CMP_WORDS.map(([w]) => w), ...Object.keys(COMPARATOR_SYMBOLS)])})\\d+(\\.\\d+)?%`,
);
/** `得分≥90分`, `评估分值低于80分`: a score compared is the measure named so, not points given or the weight. */
const SCORE_COMPARED_RE = /^(?:在?(?:[≥≤<>＜＞]|达到|低于|高于|不低于|不足)|在)\d/;
const DIR_WORDS = [...DIRECTION_WORDS].sort((a, b) => b[0].length - a[0].length);
/** `按100分计`, `按5分计算` (not `按5分扣减`, nor `按20分的标准`). */
const BY_POINTS_RE = /按(?=\d+(?:\.\d+)?分计(?!划))/y;
const POSTS = [...POSTFIX_COMPARATORS].sort((a, b) => b[0].length - a[0].length);
const MARK_RE = new RegExp(
  `\\((${byLength([...EXCLUSIVE_MARKS, ...INCLUSIVE_MARKS]).join('|')})([-+]?[0-9.]+[^()]{0,4})?\\)`,
  'y',
);
/** `(1)`, `1、`, `1.`, `(一)`, `一、` at a clause start. */
const ITEM_MARKER_RE =
  /(\((\d{1,2})\)|(\d{1,2})(?:[、.](?!\d)|\)(?![\d%]))|\(([一二三四五六七八九十]{1,2})\)|([一二三四五六七八九十]{1,2})、)/y;
const BRACKET_RE = /\(([^()]{1,40})\)/y;
/** A heading naming the text itself: `评分标准：`, `考核办法:`, `计分方法：`, `创新性加分。`. */
const HEADING_RE =
  /(?:(?:评分|考核|计分|考评|评价)(?:标准|办法|方法|细则|规则|要点)\s*[:：]|(?:(?![的得扣加每未不无没])[\u4e00-\u9fff]){2,8}?(?:加分|扣分)项?[。:：])\s*/y;
/** `统计制度:`, `领导体制:`: a topic naming the row, then its text (words follow the colon, not points). */
const TOPIC_HEADING_RE = /(?:(?![的得扣加每未不无没])[\u4e00-\u9fff]){2,8}:(?=[\u4e00-\u9fff])/y;
/** Section numbers of a 细则: `1.1.2`, `3-1 ` (a space after), `第十条`, `B、`, an indicator's code `C10.`, `c25、`. */
const SECTION_RE =
  /(?:\d+(?:\.\d+){2,3}(?![\d%])|\d+-\d+(?![\d.%])|第[一二三四五六七八九十百零\d]{1,4}条|[A-H][、.]|[A-Za-z]\d{1,2}(?:[.-]\d{1,2})*[、.](?!\d))\s*/y;

/** Entries grouped by first character, order kept: each position tries only the words that can start there. */
function byFirstChar<T>(entries: readonly T[], word: (e: T) => string): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const e of entries) {
    const first = word(e)[0];
    const list = index.get(first);
    if (list) list.push(e);
    else index.set(first, [e]);
  }
  return index;
}
const NONE: readonly never[] = [];
const [
  CAPS_AT,
  MAX_DEDUCT_AT,
  ZEROS_AT,
  SCORE_AT,
  FULL_AT,
  WEIGHTS_AT,
  HALF_AT,
  GAINS_AT,
  DEDUCTS_AT,
  EACH_AT,
  DASHES_AT,
  MULTIPLY_AT,
] = [
  CAPS,
  MAX_DEDUCT_PHRASES,
  ZEROS,
  SCORE_WORDS,
  FULL_WORDS,
  WEIGHTS,
  HALF_WORDS,
  GAINS,
  DEDUCTS,
  EACH_WORDS,
  RANGE_DASHES,
  MULTIPLY_WORDS,
].map((words) => byFirstChar(words, (w) => w));
const MINUS_POINTS_RE = /^-\d+(?:\.\d+)?分/;
/**
 * `至少召开消防联席会议2次`: a minimum, a few words, then the count closing its phrase — or the points it earns
 * (`至少研究2次…工作的2分`).
 */
const LEADING_MINIMUM_RE = new RegExp(
  `^((?:${alternatives(LEADING_MINIMUM_WORDS)})[\u4e00-\u9fff]{2,12}?)(?=(?:\\d+|[${SMALL_NUMERALS}]{1,3})(?:${alternatives([...COUNT_UNITS, ...PERSON_UNITS])})(?:[,;。)]|以上|$|[\u4e00-\u9fff]{0,12}?(?:${alternatives(GAIN_WORDS)}|的)\\d+(?:\\.\\d+)?分))`,
);
/** `单位至少`, `个小区不少于`: a few characters naming whose count, then a minimum. */
const SCOPED_MINIMUM_RE = new RegExp(`^个?[\u4e00-\u9fff]{1,4}?(?:${alternatives(LEADING_MINIMUM_WORDS)})`);
/** Words before 为 that make it state the row's worth, not give points (`满分为10分`, `本项为5分`). */
const WORTH_BEFORE_WEI = [...FULL_WORDS, ...WEIGHT_WORDS, ...SELF_WORDS, ...WORTH_NOUNS];
/** `每月`, `每季度`: a period shorter than the year a 评分表 covers. */
const SHORT_PERIOD_RE = new RegExp(`每(?:${alternatives(PERIOD_WORDS.filter((p) => p !== '年'))})`);
/** `按卷扣2分`: the lead, then a measure word right before the deduction. */
const PER_UNIT_RE = new RegExp(
  `^(${alternatives(PER_UNIT_LEADS)})(?=(?:${alternatives([...COUNT_UNITS, ...PERSON_UNITS])})(?:${alternatives(DEDUCT_WORDS)}))`,
);

/** `一项`, `3次` right after a gain word: a count of things obtained, not points. */
const COUNT_AHEAD_RE = new RegExp(
  `^(?:\\d+|[一二两三四五六七八九十]{1,3})(?:${alternatives([...COUNT_UNITS, ...PERSON_UNITS])})(?![\\d.]*分)`,
);

const CMP_AT = byFirstChar(CMP_WORDS, ([w]) => w);
/** Points right ahead: `2分`, `0.5 分`. */
const POINTS_AHEAD_RE = /^\d+(?:\.\d+)?\s*分/;

const DIR_AT = byFirstChar(DIR_WORDS, ([w]) => w);
const POSTS_AT = byFirstChar(POSTS, ([w]) => w);
const CN_NUMBER_RE = new RegExp(`^[${CHINESE_NUMERALS}]{1,3}`);
/** `半天`, `半小时`, `半个工作日`: half of a time unit. */
const HALF_TIME_RE = new RegExp(`^半(个)?(${alternatives(HALVED_TIME_UNITS)})`);
const BONUS_CAPS = byLength(BONUS_CAP_PHRASES);
const BONUSES = byLength(BONUS_WORDS);
const BONUS_CAPS_AT = byFirstChar(BONUS_CAPS, (w) => w);
const BONUSES_AT = byFirstChar(BONUSES, (w) => w);
/**
 * A standard's code: its prefix (`GB`, `GB/T`, `DB11/T`), then a number of three digits or more, or any number with
 * its year (`JGJ 59-2011`).
 */
const STANDARD_CODE_RE = new RegExp(
  `(?:${alternatives(STANDARD_CODE_PREFIXES)})\\d{0,2}(?:/[TZ])?\\s?(?:\\d{3,}(?:\\.\\d+)*(?:[-—–]\\d{2,4})?|\\d+(?:\\.\\d+)*[-—–](?:19|20)\\d{2})(?![\\d.%])`,
);
/**
 * Numbers that only describe: a year (`2023年度`), a standard's code (`GB 50688-2011`), a document number (`财预〔2020〕10号`), a title in
 * 《》, a date (`10月底`, `3月15日`), a quoted name counting its parts (`“六卷一本”`, `“两学一做”`), a period the
 * measure is taken over (`近三年`, `3年以来`, `毕业一年后…就业率95%`; `…一年后` only before a rate in its clause —
 * else it may be a deadline: `一年后仍未移交的扣2分`), a requirement listed elsewhere named by its number (`违反第3项`,
 * `第十条`). They are part of the words around them, never a threshold or points.
 */
const DESCRIPTIVE_RE = new RegExp(
  `${STANDARD_CODE_RE.source}|${
    /《[^《》\n]{0,60}》|“(?=[^”]{0,7}[一二两三四五六七八九十])(?![^”]{0,7}(?:分|否决|扣|得))[\u4e00-\u9fff]{2,8}”|[〔[(]\d{4}[〕\])]\s*\d+号|(?:19|20)\d{2}年度?|\d{1,2}月(?:\d{1,2}日|底|末|初|中旬|上旬|下旬|份)|\d+(?:\.\d+){2,}|第[一二三四五六七八九十\d]+(?:条|款|章|节|季度|批|期|轮|项)|每(?:季度|半年|年度|学期)|近[一二两三四五六七八九十\d]{1,2}个?(?:年|月|季度)|[一二两三四五六七八九十\d]{1,2}个?(?:年|月)(?:以来|后(?=[^,;。\n]*?\d%))/
      .source
  }`,
  'y',
);
/** Where a descriptive number can start (a cheap test before the regex). */
const DESCRIPTIVE_STARTS = new Set([
  ...'《“〔[(第每近0123456789',
  ...SMALL_NUMERALS,
  ...STANDARD_CODE_PREFIXES.map((p) => p[0]),
]);
const NUM = `(\\d+|[${CHINESE_NUMERALS}]{1,3})`;
/** `第3名`, `前5名`, `第1名至第5名`, `第1-5名`. */
const RANK_RES: readonly [RegExp, 'one' | 'top' | 'run'][] = [
  [new RegExp(`第${NUM}[名位]?(?:至|到|-|~)第?${NUM}[名位]`, 'y'), 'run'],
  // (`排名1-5名`: a run of ranks the word 排名 leads, with no 第.)
  [new RegExp(`排名(?:在|为)?${NUM}[名位]?(?:至|到|-|~)${NUM}[名位]`, 'y'), 'run'],
  [new RegExp(`第${NUM}[名位]`, 'y'), 'one'],
  [new RegExp(`前${NUM}[名位]`, 'y'), 'top'],
];
/**
 * `倒数第1名`, `倒数第1至3名`, `倒数第4名起`, `倒数第4名及以上`: ranks counted from the last; a rank with 起 or
 * 以上 is every one from it upward (away from the last).
 */
const BOTTOM_RANK_RE = new RegExp(
  `倒数第${NUM}[名位]?(?:(?:至|到|-|~)(?:倒数)?第?${NUM}[名位])?(?:(起|及以上|以上|及以后|以后)|[名位])?`,
  'y',
);
/** `第11名以后`, `11名及以后`: every rank from that one down. */
const RANKS_AFTER_RE = new RegExp(`第?(\\d+)[名位](?:及|含)?(?:以后|之后)`, 'y');
/** An amount in a 每 phrase: a digit, a percentage in words, or a Chinese numeral with its unit. */
const AMOUNT_RE = new RegExp(
  `\\d|百分之|半个?(?:${alternatives(HALVED_TIME_UNITS)})|[${CHINESE_NUMERALS}](${byLength([...PERCENT_POINT_WORDS, ...QUANTITY_UNITS]).join('|')})`,
);
/**
 * `扣完该项基本分为止`, `扣满本项分值为止`, `扣完本项指标为止`: the spellings of a stop at 0 beyond the listed phrases,
 * the row named by any of `SELF_WORDS` (read before the whole worth taken, `扣完该项分值`, which is nothing given).
 */
const CAP_RE = new RegExp(
  `扣(?:分至(?:基本分值?|基础分|分值)扣)?(?:完|满|光)(?:${alternatives(byLength(SELF_WORDS))})?的?(?:基本分|基分|标准分|分值|分数|得分|分)?(?:为止|即止|为限)`,
  'y',
);
/** `直至本项目分扣完`, `直到该项分值扣完为止`: the stop at 0 said with the row's points named. */
const UNTIL_GONE_RE =
  /直[至到](?:本项目?|该项目?|此项目?|本指标|该指标)的?(?:基本分|标准分|分值|分数|得分|分)?扣完(?:为止)?/y;
/**
 * `加分和扣分均以基本分为限`, `加扣分均不突破基本分`: the score stays within the weight both ways — the clamp
 * every score has — so it reads as the stop at 0 does.
 */
const BASE_LIMIT_RE =
  /加(?:分和扣分|扣分|减分|分或减分|分)[均都]?(?:以|不突破|不超过|至)(?:基本分值?|基础分|基分|分值)(?:为限|封顶|为止|止)?/y;
const PAREN_POINTS_RE = /\((\d+(?:\.\d+)?)分\)/y;
/** `(满分20分)`, `(分值10分)`: the row's worth, in brackets after its heading. */
const PAREN_WORTH_RE = /\((?:满分|分值)为?(\d+(?:\.\d+)?)分\)/y;
/** `领导(0.5)及岗位职责(0.5)`: a bare number in brackets right after words, closing a part: its points. */
const BARE_POINTS_RE = /\((\d+(?:\.\d+)?)\)(?=$|[,;。\n、及和并与且])/y;
/** `及以上(5)`: a bare number in brackets right after a condition's bound. */
const BOUND_POINTS_RE = /\((\d+(?:\.\d+)?)\)/y;
/** `以下(0-2)`: a bare span in brackets right after a condition's bound. */
const BOUND_SPAN_RE = /\((\d+(?:\.\d+)?)(?:到|至|-|~)(\d+(?:\.\d+)?)\)/y;
/** `(90分以上)`, `(80-89分)`, `(60分以下)`: a test score range defining the level named before it. */
const LEVEL_SCORE_RE =
  /\((?:\d+(?:\.\d+)?分?(?:-|~|至|到)\d+(?:\.\d+)?分|\d+(?:\.\d+)?分(?:及)?(?:以上|以下))\)/y;
const LEVEL_WORDS_AT_END = [...new Set(LEVEL_SETS.flat())].filter((w) => w.length > 1);
/** `基本分5%`, `基础分的10%`: the base points, then a share of them. */
const BASE_SHARE_RE = /^(?:基本分值?|基础分)(?=的?\d+(?:\.\d+)?%)/;
/** `1位`, `一名`: a count of ranks. */
const RANKS_AHEAD_RE = /^(?:\d+|[一二两三四五六七八九十])(?:个)?(?:位|名)/;
/** `比值每减0.1扣0.5分`: after 每, a number then the step's own points — 减 is the way the step runs. */
const STEP_AHEAD_RE =
  /^(?:\d+(?:\.\d+)?%?|[一二两三四五六七八九十])[^\d扣减加,，;；。]{0,5}(?:扣减|扣除|扣|减|加)\d/;

/** `(80%,90%]`: both ends numbers of one kind, brackets or parentheses saying whether each counts. */
const INTERVAL_RE = /([([])\s*(-?\d+(?:\.\d+)?)(%?)\s*,\s*(-?\d+(?:\.\d+)?)(%?)\s*([)\]])/y;
/** `(10分到13分)`, `(3分到0分)`: a span of points the person chooses from. */
const PAREN_RANGE_RE = /\((\d+(?:\.\d+)?)分?(?:到|至|-|~)(\d+(?:\.\d+)?)分\)/y;
/**
 * A bracket holding only words (no digits, no scoring): `(经省平台认定)`, `(或协调委员会)`; or a code
 * of letters and digits: `(PM10)`, `(PM2.5)`, `(COD)`.
 */
const PLAIN_ASIDE_RE =
  /\((?:[^()\d０-９%％,，;；。得扣加分/÷×*+=]|(?<=[^\d０-９.])[%％]){1,40}\)|\([A-Za-z][A-Za-z0-9.]{0,9}\)/y;

export /**
 * Every character a token can start with. A character outside this set can only continue a word, so
 * the lexer skips the full set of checks for it (most of a 评分标准 is plain description).
 */
const STARTERS: ReadonlySet<string> = new Set(
  [
    ...SEPARATORS,
    ...COMMAS,
    ...CAP_PHRASES,
    ...MAX_DEDUCT_PHRASES,
    ...ZERO_WORDS,
    ...SCORE_WORDS,
    ...FULL_WORDS,
    ...WEIGHT_WORDS,
    ...HALF_WORDS,
    ...GAIN_WORDS,
    ...DEDUCT_WORDS,
    ...EACH_WORDS,
    ...DIRECTION_WORDS.map(([w]) => w),
    ...POSTFIX_COMPARATORS.map(([w]) => w),
    ...RANGE_DASHES,
    ...Object.keys(COMPARATOR_SYMBOLS),
    ...COMPARATOR_WORDS.map(([w]) => w),
    ...MULTIPLY_WORDS,
    ...Object.keys(CHINESE_DIGITS),
    PERCENT_PREFIX,
    ...PLUS_MINUS_PREFIXES,
    ...BONUS_WORDS,
    ...BONUS_CAP_PHRASES,
    '第',
    '前',
    // `排名1-5名`
    '排',
    // `倒数第2名`
    '倒',
    // `按100分计`
    '按',
    // `符合2项标准为2分`
    '为',
    // `…各占1分`
    '占',
    '《',
    '〔',
    '[',
    '得分值',
    '分',
    '(',
    ')',
    '+',
    '-',
    '.',
    '0123456789',
  ].flatMap((w) => (w === '0123456789' ? [...w] : [w[0]])),
);

export function circledNumber(ch: string): number | null {
  const code = ch.codePointAt(0) ?? 0;
  for (const [from, to] of CIRCLED_RANGES) if (code >= from && code <= to) return code - from + 1;
  return null;
}

/** 十五 → 15, 二十 → 20, 两 → 2, 一千 → 1000; null for anything else. */
export function chineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  const digits = [...s].map((c) => CHINESE_DIGITS[c]);
  if (digits.some((d) => d === undefined)) return null;
  // `一千`, `五百`: a digit times a hundred or a thousand, alone (a lone `百`, `千` counts nothing).
  const round = digits.findIndex((d) => d >= 100);
  if (round !== -1)
    return round === 1 && digits.length === 2 && digits[0] >= 1 && digits[0] <= 9
      ? digits[0] * digits[1]
      : null;
  const ten = digits.indexOf(10);
  if (ten === -1) return digits.length === 1 ? digits[0] : null;
  if (digits.lastIndexOf(10) !== ten || digits.length > 3) return null;
  const tens = ten === 0 ? 1 : ten === 1 ? digits[0] : NaN;
  const ones = ten === digits.length - 1 ? 0 : ten === digits.length - 2 ? digits[digits.length - 1] : NaN;
  const n = tens * 10 + ones;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

type TokenBody = Token extends infer T ? (T extends Token ? Omit<T, 's' | 'e'> : never) : never;

interface NumberMatch {
  v: Decimal;
  len: number;
  raw: string;
}

/** Each one, before the thing: `每一…`, `每发现一…`. */
const ONE_EACH_BEFORE_RE = /每(?:发现|出现|查出|查到)?$/;
/** The thing (a noun of at most three characters), perhaps problems found in it, then the deduction. */
const ONE_EACH_AFTER_RE = /^[\u4e00-\u9fff]{1,3}?(?:发现问题|出现问题|存在问题)?[扣减]/;

class Lexer {
  private readonly tokens: Token[] = [];
  private word = '';
  private wordStart = 0;
  private i = 0;
  /** A `按` read as 得 before points: the `计` after them is consumed with them. */
  private byPoints = false;

  /**
   * The clause the lexer is in (it only moves forward): where it ends, and where the last word that
   * scores (扣/得/减…) starts in it. Worked out once per clause, the first time a `每` asks, so a rule of
   * many 每 stays linear.
   */
  private clause = { end: -1, lastScoring: -1 };

  constructor(private readonly text: string) {}

  private currentClause(): { end: number; lastScoring: number } {
    if (this.i < this.clause.end) return this.clause;
    const text = this.text;
    let end = this.i;
    let lastScoring = -1;
    for (; end < text.length && !SEPARATORS.has(text[end]); end++) {
      if (STEP_SCORING_STARTS.has(text[end])) lastScoring = end;
    }
    // A scoring word must fit inside the clause (`扣除` at its very end would not).
    if (
      lastScoring !== -1 &&
      !STEP_SCORING_WORDS.some((w) => text.startsWith(w, lastScoring) && lastScoring + w.length <= end)
    ) {
      let k = lastScoring - 1;
      lastScoring = -1;
      for (; k > this.i; k--)
        if (STEP_SCORING_WORDS.some((w) => text.startsWith(w, k) && k + w.length <= end)) {
          lastScoring = k;
          break;
        }
    }
    this.clause = { end, lastScoring };
    return this.clause;
  }

  run(): Token[] {
    while (this.i < this.text.length) {
      const ch = this.text[this.i];
      // `1.1.2`, `3-1 `, `第十条`, `B、` opening a sentence: the row's place in the 细则, not the rule's.
      // (After the row's list number too: `1.创新性加分。…`.)
      const opening = this.word === '' && (this.atClauseStart() || this.prev() === 'item');
      // (`4.统计制度:健全…`: the topic before the text's only colon, at its start, heads the row.)
      const topic =
        opening && this.tokens.every((t) => t.t === 'item') && this.text.split(':').length === 2
          ? this.sticky(TOPIC_HEADING_RE)
          : null;
      const heading = opening ? (this.sticky(HEADING_RE) ?? topic) : null;
      if (heading) {
        this.i += heading[0].length;
        continue;
      }
      const section = this.word === '' && this.atClauseStart() ? this.sticky(SECTION_RE) : null;
      // `3-5万元` is a range: a unit or points after the dash form make it one.
      const after = section ? this.text.slice(this.i + section[0].length) : '';
      const range =
        section !== null &&
        /-/.test(section[0]) &&
        /^(分|[得扣加计记给的以及至或不未]|[^\u4e00-\u9fff])/.test(after);
      // (`3-5万元`: a unit right after the number; after `C10.` the mark closes the code first.)
      const unitAfter =
        section !== null && !/[、.]\s*$/.test(section[0]) && UNITS.some((u) => after.startsWith(u));
      if (section && !range && !unitAfter) {
        this.i += section[0].length;
        continue;
      }
      // `延期半年以上`: half a year of delay is six months.
      if (
        ch === '半' &&
        this.text.startsWith('半年', this.i) &&
        DELAY_WORDS.some((w) => this.word.endsWith(w))
      ) {
        this.emit({ t: 'num', v: new Decimal(6), pct: false, unit: '个月', raw: '半年', abs: false }, 2);
        continue;
      }
      // `每迟报半天`, `每少半小时`: half a day or an hour, counted after a verb (`每半天` is a period).
      const counted = this.word !== '' ? !this.word.endsWith('每') : this.prev() === 'dir';
      const half = ch === '半' && counted ? HALF_TIME_RE.exec(this.rest()) : null;
      if (half) {
        const unit = half[2] === '工作日' ? '个工作日' : half[2];
        this.emit(
          { t: 'num', v: new Decimal('0.5'), pct: false, unit, raw: half[0], abs: false },
          half[0].length,
        );
        continue;
      }
      if (DESCRIPTIVE_STARTS.has(ch) && this.descriptive()) continue;
      if ((STARTERS.has(ch) || circledNumber(ch) !== null) && this.step()) continue;
      // `扣基本分5%`: after a deduction, the base points a share is of (基 starts nothing else, so it is checked here).
      if (ch === '基' && this.prev() === 'deduct' && this.word === '' && this.baseShare()) continue;
      if (this.word === '') this.wordStart = this.i;
      this.word += ch;
      this.i++;
    }
    this.flushWord();
    return this.tokens;
  }

  /** A year, document number, title or date: kept inside the current word. */
  private descriptive(): boolean {
    const t = this.text;
    const i = this.i;
    if (isDigit(t[i])) {
      // Inside a number no descriptive number starts; a number starts one only before 年, 月 or a
      // second dot (`2023年`, `10月`, `1.2.3`) — cheap to rule out before the expression.
      if (isDigit(t[i - 1]) || t[i - 1] === '.') return false;
      let k = i;
      while (isDigit(t[k])) k++;
      if (t[k] !== '年' && t[k] !== '月' && !(t[k] === '.' && isDigit(t[k + 1]))) return false;
    } else if (SMALL_NUMERALS.includes(t[i])) {
      // A numeral in words starts one only as a period (`一年后`, `三个月以来`): numerals, perhaps 个, then 年 or 月.
      let k = i;
      while (SMALL_NUMERALS.includes(t[k])) k++;
      if (t[k] === '个') k++;
      if (t[k] !== '年' && t[k] !== '月') return false;
    }
    DESCRIPTIVE_RE.lastIndex = i;
    const m = DESCRIPTIVE_RE.exec(this.text);
    if (m === null) return false;
    if (this.word === '') this.wordStart = this.i;
    this.word += m[0];
    this.i += m[0].length;
    return true;
  }

  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.text);
  }

  /** Does `word` start at the current position (no slicing: the lexer runs once per character). */
  private at(word: string): boolean {
    return this.text.startsWith(word, this.i);
  }

  private rest(): string {
    return this.text.slice(this.i);
  }

  private flushWord(): void {
    if (this.word !== '')
      this.tokens.push({
        t: 'word',
        text: this.word,
        s: this.wordStart,
        e: this.wordStart + this.word.length,
      });
    this.word = '';
  }

  private emit(tok: TokenBody, len: number): true {
    this.flushWord();
    // Every body is a fresh literal: give it its position in place rather than copying it.
    const t = tok as Token;
    t.s = this.i;
    t.e = this.i + len;
    this.tokens.push(t);
    this.i += len;
    return true;
  }

  /** The type of what precedes the current position: the word being read, else the last token. */
  private prev(): TokenType | undefined {
    return this.word === '' ? this.tokens[this.tokens.length - 1]?.t : 'word';
  }

  private atClauseStart(): boolean {
    const p = this.prev();
    return p === undefined || p === 'sep';
  }

  /** An Arabic or Chinese number at `from` (Chinese only before a unit, 分 or %). */
  private numberAt(from: number, afterVerb: boolean): NumberMatch | null {
    const s = this.text.slice(from);
    const m = /^[-+]?\d+(\.\d+)?/.exec(s);
    if (m) return { v: new Decimal(m[0]), len: m[0].length, raw: m[0] };
    const c = CN_NUMBER_RE.exec(s);
    // (`上一年`, `下一次`, `同一项`: 一 in a word, not a count.)
    if (c && c[0].startsWith('一') && ONE_IN_A_WORD_AFTER.includes(this.text[from - 1] ?? '')) return null;
    if (ONE_IN_A_WORD.some((w) => s.startsWith(w))) return null;
    if (c) {
      for (let len = c[0].length; len > 0; len--) {
        const n = chineseNumber(c[0].slice(0, len));
        const after = s.slice(len);
        if (n === null) continue;
        // `扣一分` is a number, `十分满意` is not.
        const points = after.startsWith('分') && !/^分[值之]/.test(after) && afterVerb;
        // (`缺一扣2分`: one short, its deduction right after — one thing missing, counted.)
        const oneShort = n === 1 && /[缺少]$/.test(this.text.slice(0, from)) && /^[扣减]/.test(after);
        // (`每一案件扣5分`, `每发现一纸片扣1分`, `每一环节发现问题扣0.5分`: each one of a thing named without a
        // measure word, its deduction right after.)
        const oneEach =
          n === 1 &&
          len === 1 &&
          ONE_EACH_BEFORE_RE.test(this.text.slice(Math.max(0, from - 3), from)) &&
          ONE_EACH_AFTER_RE.test(after);
        if (
          points ||
          oneShort ||
          oneEach ||
          after.startsWith('%') ||
          UNITS.some((u) => after.startsWith(u))
        ) {
          return { v: new Decimal(n), len, raw: c[0].slice(0, len) };
        }
      }
    }
    return null;
  }

  /** `from` follows 得/扣 (`verb`): then `一分` is a number. */
  private numberAhead(from: number, verb = false): boolean {
    const sign = PLUS_MINUS_PREFIXES.find((w) => this.text.startsWith(w, from));
    if (sign) from += sign.length;
    return this.numberAt(from, verb) !== null || this.text.startsWith(PERCENT_PREFIX, from);
  }

  /** `(以2023年12月31日数据为准)`, `(截至12月31日)`: a bracket whose only numbers are a date. */
  private datedAside(): RegExpExecArray | null {
    const m = this.sticky(BRACKET_RE);
    if (m === null || /[%％分得扣加,，;；。]/.test(m[1])) return null;
    const numbers = [...m[1].matchAll(/\d+/g)];
    const dated = numbers.every((n) => /^[年月日号]/.test(m[1].slice((n.index ?? 0) + n[0].length)));
    return numbers.length > 0 && dated ? m : null;
  }

  private step(): boolean {
    const ch = this.text[this.i];
    const prev = this.prev();
    if (SEPARATORS.has(ch)) return this.emit({ t: 'sep' }, 1);
    // An ASCII full stop ends a sentence unless it sits in a number or a list marker. (`…扣0.5分.4、年中…`:
    // after a word, before the next item's number, it ends one.)
    const before = this.text[this.i - 1] ?? '';
    if (
      ch === '.' &&
      !/\d/.test(before) &&
      (!/\d/.test(this.text[this.i + 1] ?? '') ||
        /^\d{1,2}[、)]/.test(this.text.slice(this.i + 1, this.i + 4)))
    )
      return this.emit({ t: 'sep' }, 1);
    if (COMMAS.has(ch)) return this.emit({ t: 'comma' }, 1);

    const circled = circledNumber(ch);
    if (circled !== null) return this.emit({ t: 'item', n: circled, marker: ch }, 1);
    // `评分表见附件6`, `详见附表2`: which document, not a number the rule scores.
    // (Asked only at a digit: every token start passes here.)
    const reference =
      isDigit(ch) && DOCUMENT_NOUNS.some((w) => this.word.endsWith(w)) ? /^\d+/.exec(this.rest()) : null;
    if (reference) {
      this.word += reference[0];
      this.i += reference[0].length;
      return true;
    }
    // `…扣0.5分2、不按规定…`, `…(1分)(2)在…`: a marker run into the points before it still opens the next item.
    const afterPoints = (prev === 'points' || prev === 'ppts') && this.word === '';
    if (this.atClauseStart() || prev === 'comma' || afterPoints) {
      const m = this.sticky(ITEM_MARKER_RE);
      const n = m ? ((m[2] ?? m[3]) ? Number(m[2] ?? m[3]) : chineseNumber(m[4] ?? m[5] ?? '')) : null;
      // (`3)年城市照明节电率…`, `…(4分) 1)逐月…`: a number closed by a half bracket numbers only what opens a
      // sentence or follows points.)
      const half = m !== null && m[1].endsWith(')') && !m[1].startsWith('(');
      if (
        m &&
        n !== null &&
        (!half || ((this.atClauseStart() || afterPoints) && prev !== 'comma')) &&
        (this.atClauseStart() ||
          m[1].startsWith('(') ||
          (afterPoints && (half || /^\d{1,2}、$/.test(m[1]))) ||
          // (`…。(2分)2.地方…`: after bracketed points a dotted number opens the next item too.)
          (prev === 'ppts' && this.word === '' && /^\d{1,2}\.$/.test(m[1])))
      ) {
        return this.emit({ t: 'item', n, marker: m[1] }, m[1].length);
      }
    }

    // `优秀(90分以上)得5分`: the test score that defines a level stays with the level's word.
    const defined = ch === '(' && LEVEL_WORDS_AT_END.some((l) => this.word.endsWith(l));
    const definition = defined ? this.sticky(LEVEL_SCORE_RE) : null;
    // Only a definition the level's outcome follows; `较差(1分到0分)` is the outcome itself.
    const after = definition ? this.text.slice(this.i + definition[0].length) : '';
    if (definition && /^,?(得|计|记|给|不得|不计|不记|扣)/.test(after)) {
      this.word += definition[0];
      this.i += definition[0].length;
      return true;
    }
    const iv = ch === '(' || ch === '[' ? this.sticky(INTERVAL_RE) : null;
    if (iv && iv[3] === iv[5] && new Decimal(iv[2]).lt(iv[4]))
      return this.emit(
        {
          t: 'interval',
          lo: new Decimal(iv[2]),
          hi: new Decimal(iv[4]),
          loIncl: iv[1] === '[',
          hiIncl: iv[6] === ']',
          pct: iv[3] === '%',
        },
        iv[0].length,
      );
    const mark = ch === '(' ? this.sticky(MARK_RE) : null;
    if (mark) {
      const at = mark[2] === undefined ? null : /^[-+]?\d+(\.\d+)?/.exec(mark[2]);
      return this.emit(
        { t: 'incl', incl: INCLUSIVE_MARKS.includes(mark[1]), at: at ? new Decimal(at[0]) : null },
        mark[0].length,
      );
    }
    const paren = ch === '(' ? this.sticky(PAREN_POINTS_RE) : null;
    if (paren) return this.emit({ t: 'ppts', v: new Decimal(paren[1]) }, paren[0].length);
    const worth = ch === '(' ? this.sticky(PAREN_WORTH_RE) : null;
    if (worth) return this.emit({ t: 'ppts', v: new Decimal(worth[1]), worth: true }, worth[0].length);
    const bare =
      ch === '(' && /[\u4e00-\u9fff]/.test(this.text[this.i - 1] ?? '') ? this.sticky(BARE_POINTS_RE) : null;
    if (bare) return this.emit({ t: 'ppts', v: new Decimal(bare[1]) }, bare[0].length);
    // `完成50%及以上(5)完成30%及以上(4)…完成10%以下(0-2)`: right after a bound closing a condition, a bare number
    // (or span) in brackets is that band's points, whatever follows — never a list's marker there.
    const bound = ch === '(' && prev === 'post' && this.word === '';
    const boundPoints = bound ? this.sticky(BOUND_POINTS_RE) : null;
    if (boundPoints) return this.emit({ t: 'ppts', v: new Decimal(boundPoints[1]) }, boundPoints[0].length);
    const span =
      ch === '(' ? (this.sticky(PAREN_RANGE_RE) ?? (bound ? this.sticky(BOUND_SPAN_RE) : null)) : null;
    if (span)
      return this.emit({ t: 'prange', a: new Decimal(span[1]), b: new Decimal(span[2]) }, span[0].length);
    // `(经省平台认定)`: a bracket of plain words stays inside the words around it.
    const aside = ch === '(' ? (this.sticky(PLAIN_ASIDE_RE) ?? this.datedAside()) : null;
    if (aside) {
      // After a token (`扣完为止(实地查看)`) it says nothing the rule scores: read past it.
      if (this.word !== '') this.word += aside[0];
      this.i += aside[0].length;
      return true;
    }
    // Any other bracket sets a phrase apart, as a comma does: `(缺1次扣2分，扣完为止)`.
    if (ch === '(' || ch === ')') return this.emit({ t: 'comma' }, 1);
    const ranksAfter = ch === '第' || isDigit(ch) ? this.sticky(RANKS_AFTER_RE) : null;
    if (ranksAfter && Number(ranksAfter[1]) > 1)
      return this.emit({ t: 'rank', from: Number(ranksAfter[1]), to: Infinity }, ranksAfter[0].length);
    const bottom = ch === '倒' ? this.sticky(BOTTOM_RANK_RE) : null;
    const lowest = bottom ? wholeNumber(bottom[1]) : null;
    const highest = bottom?.[2] !== undefined ? wholeNumber(bottom[2]) : lowest;
    if (bottom && lowest !== null && highest !== null && lowest <= highest && /[名位]/.test(bottom[0]))
      return this.emit(
        { t: 'rank', from: lowest, to: bottom[3] !== undefined ? Infinity : highest, bottom: true },
        bottom[0].length,
      );
    if (ch === '第' || ch === '前' || ch === '排') {
      for (const [re, form] of RANK_RES) {
        const m = this.sticky(re);
        const a = m ? wholeNumber(m[1]) : null;
        const b = m && form === 'run' ? wholeNumber(m[2]) : a;
        if (m && a !== null && b !== null && a <= b)
          return this.emit({ t: 'rank', from: form === 'top' ? 1 : a, to: b }, m[0].length);
      }
    }
    for (const w of BONUS_CAPS_AT.get(ch) ?? NONE) {
      if (!this.at(w) || !this.numberAhead(this.i + w.length, true)) continue;
      if (POINTS_ONLY_BONUS_CAPS.includes(w) && !POINTS_AHEAD_RE.test(this.text.slice(this.i + w.length)))
        continue;
      return this.emit({ t: 'bonuscap' }, w.length);
    }
    // `参加5次`, `增加2人`: 加 inside another word is not a bonus.
    const blocked = BONUS_BLOCKERS.includes(this.text[this.i - 1]);
    for (const w of blocked ? NONE : (BONUSES_AT.get(ch) ?? NONE))
      if (this.at(w) && this.numberAhead(this.i + w.length, true)) return this.emit({ t: 'bonus' }, w.length);

    for (const cap of CAPS_AT.get(ch) ?? NONE) if (this.at(cap)) return this.emit({ t: 'cap' }, cap.length);
    const cap =
      ch === '扣'
        ? this.sticky(CAP_RE)
        : ch === '加'
          ? this.sticky(BASE_LIMIT_RE)
          : ch === '直'
            ? this.sticky(UNTIL_GONE_RE)
            : null;
    if (cap) return this.emit({ t: 'cap' }, cap[0].length);
    for (const w of MAX_DEDUCT_AT.get(ch) ?? NONE)
      if (this.at(w) && this.numberAhead(this.i + w.length, true))
        return this.emit({ t: 'maxded' }, w.length);
    for (const w of ZEROS_AT.get(ch) ?? NONE)
      // `得分为0` ends in its digit: `得分为0.5` is not zero.
      if (this.at(w) && !/^(\d|\.\d)/.test(this.text.slice(this.i + w.length, this.i + w.length + 2)))
        return this.emit({ t: 'zero' }, w.length);
    if (this.at('得分值')) return this.emit({ t: 'gain' }, 1);
    for (const w of SCORE_AT.get(ch) ?? NONE)
      // (`评分方法`, `评分标准`: the scoring as a noun heading the words, not a score; `统计分析`: 计 closing a
      // counting word, then 分析.)
      if (
        this.at(w) &&
        !SCORING_NOUN_ENDS.some((e) => this.text.startsWith(e, this.i + w.length)) &&
        !(w.startsWith('计') && COUNTING_BEFORE_JI.includes(this.text[this.i - 1])) &&
        !SCORE_COMPARED_RE.test(this.text.slice(this.i + w.length))
      )
        return this.emit({ t: 'score' }, w.length);
    for (const w of FULL_AT.get(ch) ?? NONE) if (this.at(w)) return this.emit({ t: 'full' }, w.length);
    for (const w of WEIGHTS_AT.get(ch) ?? NONE)
      // (`所占权重高于5%`: a share compared in percent is a measure named so, not the row's weight.)
      if (
        this.at(w) &&
        !COMPARED_SHARE_RE.test(this.text.slice(this.i + w.length)) &&
        !SCORE_COMPARED_RE.test(this.text.slice(this.i + w.length))
      )
        return this.emit({ t: 'weight' }, w.length);
    for (const w of HALF_AT.get(ch) ?? NONE) if (this.at(w)) return this.emit({ t: 'half' }, w.length);

    // `符合全部3项指标的按100分计`: points given with 按 and 计, a way of saying 得.
    if (ch === '按' && this.sticky(BY_POINTS_RE)) {
      this.byPoints = true;
      return this.emit({ t: 'gain' }, 1);
    }
    // `符合2项标准为2分`: 为 between a condition's words and points gives them (`满分为10分`, `分值为5分` state the
    // row's worth instead).
    // (`满分为10分`: the worth with 为 is the worth without it.)
    if (
      ch === '为' &&
      this.word === '' &&
      (prev === 'full' || prev === 'weight') &&
      POINTS_AHEAD_RE.test(this.text.slice(this.i + 1))
    ) {
      this.i++;
      return true;
    }
    if (
      ch === '为' &&
      this.word !== '' &&
      POINTS_AHEAD_RE.test(this.text.slice(this.i + 1)) &&
      !WORTH_BEFORE_WEI.some((w) => this.word.endsWith(w))
    )
      return this.emit({ t: 'gain' }, 1);
    // `…、指导基层基地各占1分`: what each listed thing holds of the row, as `各得1分` says.
    if (ch === '占' && /(各|分别)$/.test(this.word) && POINTS_AHEAD_RE.test(this.text.slice(this.i + 1)))
      return this.emit({ t: 'gain' }, 1);
    for (const w of GAINS_AT.get(ch) ?? NONE) {
      if (!this.at(w)) continue;
      const after = this.i + w.length;
      const next = this.text.slice(after);
      // `累计120次`, `统计3次`: 计 closing a word that counts, before a count, scores nothing.
      if (w === '计' && COUNTING_BEFORE_JI.includes(this.text[this.i - 1]) && !/^\d+(?:\.\d+)?分/.test(next))
        continue;
      // `每获得一项市级表彰加1分`: a gain word before a count of things is the verb obtain, not a score.
      if (COUNT_AHEAD_RE.test(next)) continue;
      if (
        this.numberAhead(after, true) ||
        FULL_WORDS.some((f) => next.startsWith(f)) ||
        WEIGHTS.some((f) => next.startsWith(f)) ||
        HALF_WORDS.some((f) => next.startsWith(f)) ||
        // `得基准分8分`, `得基础分0.5分`
        // (`完成得基本分，…`: the base alone, closing the clause, is the weight.)
        BASE_POINT_WORDS.some(
          (b) =>
            next.startsWith(b) &&
            (this.numberAhead(after + b.length, true) || /^[,;。\n]|^$/.test(next.slice(b.length))),
        )
      ) {
        return this.emit({ t: 'gain' }, w.length);
      }
    }
    // `一处不符要求-5分`: a minus before points, right after the words of a fault, deducts them.
    if (ch === '-' && /[\u4e00-\u9fff]$/.test(this.word) && MINUS_POINTS_RE.test(this.rest()))
      return this.emit({ t: 'deduct' }, 1);
    // `倒扣10分` takes the score below zero: not a deduction we can score.
    for (const w of this.text[this.i - 1] === '倒' ? NONE : (DEDUCTS_AT.get(ch) ?? NONE)) {
      if (!this.at(w)) continue;
      const after = this.i + w.length;
      const next = this.text.slice(after);
      // (`名次每减1位`: after 每, 减 before a count of ranks is the way the step runs, not a deduction.)
      if (prev === 'each' && w === '减' && (RANKS_AHEAD_RE.test(next) || STEP_AHEAD_RE.test(next)))
        return this.emit({ t: 'dir', dir: 'down', raw: w }, w.length);
      if (
        this.numberAhead(after, true) ||
        WEIGHTS.some((f) => next.startsWith(f)) ||
        BASE_SHARE_RE.test(next) ||
        HALF_WORDS.some((f) => next.startsWith(f))
      ) {
        return this.emit({ t: 'deduct' }, w.length);
      }
    }
    for (const w of EACH_AT.get(ch) ?? NONE) {
      if (this.at(w) && this.scoresLaterInClause()) return this.emit({ t: 'each' }, w.length);
    }
    const perUnit = PER_UNIT_RE.exec(this.rest());
    if (perUnit) return this.emit({ t: 'each' }, perUnit[1].length);
    if (prev === 'each' && this.direction()) return true;
    if (prev === 'num' || prev === 'incl') {
      for (const [w, op] of POSTS_AT.get(ch) ?? NONE)
        if (this.at(w)) return this.emit({ t: 'post', op, explicit: w.startsWith('及') }, w.length);
      for (const d of DASHES_AT.get(ch) ?? NONE) {
        if (this.at(d) && this.numberAhead(this.i + d.length)) return this.emit({ t: 'dash' }, d.length);
      }
    }
    const sym = COMPARATOR_SYMBOLS[ch];
    if (sym) return this.emit({ t: 'cmp', op: sym }, 1);
    for (const [w, op] of CMP_AT.get(ch) ?? NONE) {
      if (!this.at(w) || !this.numberAhead(this.i + w.length)) continue;
      if (!WEAK_COMPARATOR_WORDS.includes(w)) return this.emit({ t: 'cmp', op }, w.length);
      if (!VERBS_ENDING_IN_CLOSER.some((v) => this.text.endsWith(v, this.i + 1)))
        return this.emit({ t: 'cmp', op, weak: true }, w.length);
    }
    // `每年至少召开联席会议2次`: the bound reads as if written before its count (`召开联席会议至少2次`); the
    // words between stay the subject.
    // (Not a count per month or quarter: `每月至少召开会议1次` is a frequency.)
    const leading = LEADING_MINIMUM_RE.exec(this.rest());
    if (leading && !SHORT_PERIOD_RE.test(this.phraseBefore())) {
      if (this.word === '') this.wordStart = this.i;
      this.word += leading[1];
      this.i += leading[1].length;
      return this.emit({ t: 'cmp', op: '>=' }, 0);
    }
    for (const w of MULTIPLY_AT.get(ch) ?? NONE) {
      if (!this.at(w)) continue;
      const isLetter = /^[a-zA-Z]$/.test(w);
      // (`好路率x180`: a letter between a name and a number multiplies too.)
      const between = /[\u4e00-\u9fff]/.test(this.text[this.i - 1] ?? '') && isDigit(this.text[this.i + 1]);
      if (!isLetter || between || WEIGHTS.some((f) => this.text.startsWith(f, this.i + w.length)))
        return this.emit({ t: 'mul' }, w.length);
    }
    if (prev === 'num' && ch === '分') {
      this.emit({ t: 'points' }, 1);
      // (`按100分计`: the verb closing the points is theirs.)
      const closing = this.byPoints ? /^计(?:算|分)?/.exec(this.text.slice(this.i)) : null;
      if (closing) this.i += closing[0].length;
      this.byPoints = false;
      return true;
    }
    return this.number();
  }

  /** The words of the current phrase before the position (back to the last comma or full stop). */
  private phraseBefore(): string {
    let k = this.i;
    while (k > 0 && !',;。\n'.includes(this.text[k - 1])) k--;
    return this.text.slice(k, this.i);
  }

  /** 每 counts as a step only when the clause goes on to score (`每降低5%，扣1分`), not in `每季度`. */
  private scoresLaterInClause(): boolean {
    if (this.currentClause().lastScoring <= this.i) return false;
    // `每村环绕一圈，每处不合格扣0.5分`: 每 counts only when an amount follows it in its phrase
    // (`每降低5%`, `每少一项`, `每发现一处`) or a measure word right after it (`每处`, `每项问题`).
    const phrase = /^[^,:;。\n]{0,40}/.exec(this.text.slice(this.i + 1))?.[0] ?? '';
    // `每单位至少编发10期`: 每 before whose count a minimum is (not a period's) scopes it; it steps nothing.
    if (SCOPED_MINIMUM_RE.test(phrase) && !PERIOD_WORDS.some((p) => phrase.startsWith(p))) return false;
    return COUNT_UNITS.some((u) => phrase.startsWith(u)) || AMOUNT_RE.test(phrase);
  }

  /** `基本分5%` after a deduction: a share of the base points, which a rule states as the row's worth (checked so). */
  private baseShare(): boolean {
    const base = BASE_SHARE_RE.exec(this.rest());
    return base !== null && this.emit({ t: 'weight', base: true }, base[0].length);
  }

  private direction(): boolean {
    const rest = this.rest();
    const first = (DIR_AT.get(rest[0]) ?? NONE).find(([w]) => rest.startsWith(w));
    if (!first) return false;
    let len = first[0].length;
    let dir: Direction = first[1];
    // `超过（降低）`, `超过或降低`: one step running both ways.
    const tail = rest.slice(len);
    const paren = tail.startsWith('(') ? DIR_WORDS.find(([w]) => tail.startsWith(`(${w})`)) : undefined;
    const joiner = DIRECTION_JOINERS.find((j) => tail.startsWith(j));
    const joined = joiner ? DIR_WORDS.find(([w]) => tail.slice(joiner.length).startsWith(w)) : undefined;
    if (paren) {
      len += paren[0].length + 2;
      if (paren[1] !== dir) dir = 'both';
    } else if (joiner && joined) {
      len += joiner.length + joined[0].length;
      if (joined[1] !== dir) dir = 'both';
    }
    return this.emit({ t: 'dir', dir, raw: rest.slice(0, len) }, len);
  }

  private number(): boolean {
    const sign = PLUS_MINUS_PREFIXES.find((w) => this.rest().startsWith(w));
    const rest = sign ? this.text.slice(this.i + sign.length) : this.rest();
    const prefixed = rest.startsWith(PERCENT_PREFIX);
    const at = this.i + (sign?.length ?? 0) + (prefixed ? PERCENT_PREFIX.length : 0);
    const prev = this.prev();
    // A `-` right after a number is a range dash, not a sign.
    if (!prefixed && rest.startsWith('-') && (prev === 'num' || prev === 'incl')) return false;
    const m = this.numberAt(at, prev === 'gain' || prev === 'deduct' || prev === 'maxded');
    if (!m && !prefixed) return false;
    let num = m;
    if (!num && prefixed) {
      const c = CN_NUMBER_RE.exec(this.text.slice(at));
      const n = c ? chineseNumber(c[0]) : null;
      if (n === null || !c) return false;
      num = { v: new Decimal(n), len: c[0].length, raw: c[0] };
    }
    if (!num) return false;
    let len = at - this.i + num.len;
    const after = this.text.slice(this.i + len);
    let pct = prefixed;
    let unit: string | null = null;
    if (!pct && after.startsWith('%')) {
      pct = true;
      len += 1;
    } else if (!pct) {
      // (`35周岁以下`: 周岁 is an age, not weeks — the number stays in the words of what is measured.)
      const u = after.startsWith('周岁') ? undefined : UNITS.find((w) => after.startsWith(w));
      if (u && PERCENT_POINT_WORDS.includes(u)) {
        pct = true;
        len += u.length;
      } else if (u) {
        unit = u;
        len += u.length;
      }
    }
    // `考核得分在90分以上`, `80-90分的`: points compared, not points given — a value measured in 分.
    if (
      !pct &&
      unit === null &&
      after.startsWith('分') &&
      !after.startsWith('分值') &&
      this.scoreCompared(after)
    ) {
      unit = '分';
      len += 1;
    }
    const raw = this.text.slice(this.i, this.i + len);
    return this.emit({ t: 'num', v: num.v, pct, unit, raw, abs: sign !== undefined }, len);
  }

  /** `N分` followed by a comparator (`以上`, `（含）以下`), or closing a range that no verb opened. */
  private scoreCompared(after: string): boolean {
    const verbs = ['gain', 'deduct', 'maxded', 'bonus', 'bonuscap', 'cap', 'points'];
    const n = this.tokens.length;
    if (verbs.includes(this.prev() ?? '')) return false;
    if (/^分(?:\(含\)|\(不含\))?(?:及)?(?:以上|以下|以内)/.test(after)) return true;
    // (`80分≤得分＜90分`: points before a comparator are the lower end of the value compared.)
    if (/^分[≤<≥>＜＞]/.test(after)) return true;
    // (`≥90分，得4分`, `低于80分的`: after a comparator, the points are the value compared — unless the
    // comparator bounds points given, `最高不超过6分`, `加分不超过4分`.)
    if (this.prev() === 'cmp') {
      const before = this.text.slice(0, this.tokens[n - 1].s);
      return !POINTS_BOUND_LEADS.some((w) => before.endsWith(w));
    }
    return this.prev() === 'dash' && !verbs.includes(this.tokens[n - 3]?.t ?? '');
  }
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** `3` or `三`: a whole number in digits or in Chinese numerals. */
export function wholeNumber(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : chineseNumber(s);
}

export function lex(normalised: string): Token[] {
  return new Lexer(normalised).run();
}
