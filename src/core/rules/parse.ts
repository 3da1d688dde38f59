/**
 * Rule text → typed AST: normalise, lex, parse each sentence into clauses, assemble one family.
 * What the parser could not place comes back as the person's own words, never guessed around.
 */
import type { Clause, RuleAst } from './ast';
import { ClauseParser } from './clauses';
import { distribute } from './distribute';
import { listedLevels } from './listedLevels';
import { pointsFirst } from './pointsFirst';
import { amounts } from './amounts';
import { subItems } from './subItems';
import { LETTERED_RE, flatTable } from './flatTable';
import { definedLevels } from './definedLevels';
import { assembleWhole, measures, scoresInWords } from './family';
import { byParts } from './parts';
import { lex } from './lexer';
import { PER_PERIOD_RE, periodAsked } from './perPeriod';
import type Decimal from 'decimal.js';
import { NUMBER_TOKENS, SCORING_TOKENS } from './tokens';
import type { Token } from './tokens';
import type { RuleKind } from './types';
import { normalizeWithMap, sourceSpan } from '../text';

export interface ParsedText {
  kind: RuleKind;
  ast: RuleAst;
  clauses: Clause[];
  /** The person's words (source spelling) that could not be placed. */
  unparsed: string[];
  /** Points the text states as the rule's worth (`共3分`, `得满分（2分）`): must equal the row's weight. */
  statedWeights: Decimal[];
  /** `每学期至少两次`: the period a count is asked per, which the answer must speak of. */
  period?: string;
  /** `…得15分，达不到扣分`: below full marks the score is the person's; these are the words saying so. */
  judgedShort?: string;
  /** `扣满15分的，追加扣除10分`: deductions reaching this much are the person's call. */
  beyondAt?: Decimal;
}

export function parseRuleText(source: string): ParsedText {
  const read = parseRuleTextAs(source, false);
  // (Only words left unread that ask per period are worth a second reading.)
  if (read.kind !== 'manual' || !read.unparsed.some((w) => PER_PERIOD_RE.test(w))) return read;
  // (A count asked per period, read only when the rule reads no other way, and only as bands met or not:
  // a step per one short, `每季度…不少于1次，每少一次扣1分`, may count the year's shortfall.)
  const again = parseRuleTextAs(source, true);
  const period = periodAsked(again.clauses);
  return again.kind === 'bands' && period !== null ? { ...again, period } : read;
}

function parseRuleTextAs(source: string, perPeriod: boolean): ParsedText {
  // `列养率=100% 5 95%≤列养率<100% 3 …`: a band table run together, read as written out when it reads fully.
  const table = flatTable(source) ?? definedLevels(source);
  if (table !== null) {
    const read = parseRuleText(table);
    // (`A. …1分B. …0分`: two lettered options read as full marks less one fault — a choice of one.)
    if (read.ast.kind === 'composite' && read.ast.form === 'faults' && LETTERED_RE.test(source))
      return { ...read, ast: { ...read.ast, choice: true } };
    if (read.kind !== 'manual') return read;
  }
  const norm = distribute(listedLevels(pointsFirst(amounts(subItems(normalizeWithMap(cellBreaks(source)))))));
  const tokens = withoutLoneMarker(lex(norm.text));
  const clauses: Clause[] = [];
  const bySentence: Clause[][] = [];
  const unplaced: [number, number][] = [];
  const claims: Decimal[] = [];
  for (const sentence of sentences(tokens)) {
    const parser = new ClauseParser(sentence, norm.text, perPeriod);
    const parsed = parser.parse();
    clauses.push(...parsed.clauses);
    bySentence.push(parsed.clauses);
    unplaced.push(...parsed.unplaced);
    claims.push(...parser.weightClaims);
  }
  const whole = assembleWhole(clauses);
  // Rules on two measures fail as one family; each sentence may still be a family of its own.
  const split =
    whole.rejected.length > 0 && unplaced.length === 0 && claims.length === 0
      ? (measures(bySentence) ?? measures(bySentence.flatMap(faultsAfterStep)))
      : null;
  // Parts each a rule of its own (`(1)…得1.2分；…(2)…得0.3分；…`) when the whole is no one family.
  const parted =
    split === null && (whole.rejected.length > 0 || unplaced.length > 0) ? byParts(tokens, norm.text) : null;
  if (parted !== null && isAccounted(tokens, parted.used, [], parted.standards, norm.text.length))
    return {
      kind: parted.ast.kind,
      ast: parted.ast,
      clauses: parted.used,
      unparsed: [],
      statedWeights: [parted.worth, ...parted.stated],
    };
  const { ast, rejected, statedWeights, standards, placed } = split
    ? { ast: split, rejected: [], statedWeights: [], standards: [], placed: undefined }
    : whole;
  const spans = [...unplaced, ...rejected.map((c) => c.span)].sort((a, b) => a[0] - b[0]);
  const unparsed = spans.map(([s, e]) => sourceSpan(source, norm, s, e)).filter((w) => w !== '');
  if (
    unparsed.length > 0 ||
    (ast.kind !== 'manual' && !isAccounted(tokens, placed ?? clauses, rejected, standards, norm.text.length))
  )
    return {
      kind: 'manual',
      ast: { kind: 'manual', reason: 'unparsed' },
      clauses,
      unparsed: unparsed.length > 0 ? unparsed : [source.trim()],
      statedWeights: [],
    };
  return {
    kind: ast.kind,
    ast,
    clauses,
    unparsed,
    statedWeights: [...claims, ...statedWeights],
    ...(split === null && whole.judgedShort !== undefined
      ? { judgedShort: sourceSpan(source, norm, ...whole.judgedShort) }
      : {}),
    ...(split === null && whole.beyondAt !== undefined ? { beyondAt: whole.beyondAt } : {}),
  };
}

/**
 * `全年学习活动不少于8次,每少一次扣1分,记录不详实扣3分,扣完为止`: faults priced after a measure's step in one
 * sentence are a sentence of their own for `measures` (the stop at 0 goes with them).
 */
function faultsAfterStep(clauses: Clause[]): Clause[][] {
  const step = clauses.findIndex((c) => c.type === 'step');
  const at = step === -1 ? -1 : clauses.findIndex((c, k) => k > step && c.type !== 'step');
  if (at === -1) return [clauses];
  const tail = clauses.slice(at);
  const fault = (c: Clause) =>
    (c.type === 'check' || c.type === 'level') && c.outcome !== null && c.outcome.type === 'deduct';
  const closing = (c: Clause) => c.type === 'cap' || c.type === 'maxDeduct';
  if (!tail.some(fault) || !tail.every((c) => fault(c) || closing(c))) return [clauses];
  return [clauses.slice(0, at), tail];
}

/**
 * The accounting invariant (SPEC §3): every number and every scoring token of the text lies inside a
 * clause the family used. Descriptions may only be read past when they hold no number, unless the family
 * took them as the standard its count of breaches is measured against.
 */
function isAccounted(
  tokens: Token[],
  clauses: Clause[],
  rejected: Clause[],
  standards: Clause[],
  length: number,
): boolean {
  // Mark the characters of every clause that counts, then look each number and scoring token up.
  const covered = new Uint8Array(length + 1);
  for (const c of clauses) {
    if (rejected.includes(c) || (c.type === 'description' && c.hasNumber && !standards.includes(c))) continue;
    covered.fill(1, c.span[0], c.span[1]);
  }
  // Scoring said in words (`加倍扣分`, `相应扣分`) inside another clause's words (a requirement's tail, a
  // subject) is a part of the rule nobody used: only a description the family read (`按…扣分，每…`) or a
  // limit matched by its own words (`加分最高不超过3分`) holds it.
  const described = new Uint8Array(length + 1);
  // (`25-50个工作日按比例减分`: a band's own `按比例` outcome says its deduction in words.)
  // (`…的,酌情扣分`: a fault's cost, judged, said in words.)
  const worded = (c: Clause) =>
    WORDED_CLAUSES.has(c.type) ||
    (c.type === 'band' && c.outcome.type === 'proportional') ||
    (c.type === 'check' && c.outcome.type === 'range' && c.outcome.high === null);
  for (const c of clauses) if (!rejected.includes(c) && worded(c)) described.fill(1, c.span[0], c.span[1]);
  return tokens.every(
    (t) =>
      (!(NUMBER_TOKENS.has(t.t) || SCORING_TOKENS.has(t.t)) ||
        (covered[t.s] === 1 && covered[t.e - 1] === 1)) &&
      !(t.t === 'word' && scoresInWords(t.text) && !OUTCOME_VERBS.has(t.text) && described[t.s] !== 1),
  );
}

const WORDED_CLAUSES = new Set<Clause['type']>([
  'description',
  'bonusCap',
  'maxDeduct',
  'cap',
  'limit',
  'else',
  'highestOnly',
]);
/**
 * `符合:3分;基本符合:2分 不符合:0分`, `好 4分 较好 3分`, `…得满分 否则 不得分`: cells of a table run together, a
 * space after the points ending one and words starting the next — a sentence break, written in the space's place
 * (so every position still maps to the source).
 */
const CELL_BREAK_RE = /((?:\d|满)\s*分)[ \t\u3000](?=\s*[\u4e00-\u9fff])/g;
/**
 * `无监理不得分、资料不齐全扣1分`, `每人次扣2分、首席代表扣1分`: 、 after points, before the next clause's words, ends
 * the clause — a comma in its place; between points listed (`1分、2分`, `加1分、加0.5分`, `不加分`) it stays a list.
 */
const LIST_MARK_BREAK_RE =
  /((?:\d\s*|不[得计记给])分)、(?=[\u4e00-\u9fff])(?!(?:[加扣得减计记给]\s*\d|不[得计记给加扣]|各))/g;
/**
 * `位置便利;路面整洁安全;无车辆行驶 缺一项扣5分`: a space between the last thing listed and the shortfall counted
 * over the list — a comma, written in the space's place (the list's last thing is no part of the shortfall).
 */
const SHORTFALL_BREAK_RE =
  /(?<=[\u4e00-\u9fff)）])(\s*)[ \t\u3000](?=每?(?:缺少|缺|少)(?:一|1)(?:项|个|种|类|条))/g;

/**
 * `…综合管理。3分*分散管理不得分`, `三分开(3分)*,否则…`, `(0.5分)*(3)增加…`: a star after points, before a clause
 * of its own (a comma, a numbered item, or words scoring themselves), marks a note — a sentence break, written in
 * the star's place. Before a measure (`20分*执行率`) it multiplies.
 */
const FOOTNOTE_STAR_RE =
  /((?:\d\s*|满)分\s*[)）]?\s*)\*(?=\s*(?:[,，]|[(（]\s*\d|[^,，;；。*\d()（）]{1,30}?(?:不得分|不计分|不给分|扣\s*\d|酌情扣分)))/g;
function cellBreaks(source: string): string {
  return source.includes('分')
    ? pointsAfterTheirWords(
        source
          .replace(CELL_BREAK_RE, '$1;')
          .replace(LIST_MARK_BREAK_RE, '$1,')
          .replace(SHORTFALL_BREAK_RE, '$1,')
          .replace(FOOTNOTE_STAR_RE, '$1;'),
      )
    : source;
}

/** A stop or comma after words, then bracketed points and more words (or the end). */
const POINTS_AFTER_STOP_RE =
  /(?<=[\u4e00-\u9fff)）])([。;；,，])(\s*)([(（]\d+(?:\.\d+)?\s*分[)）])(?=\s*[\u4e00-\u9fff]|\s*$)/g;
const LEADING_POINTS_RE = /^\s*[(（]\d+(?:\.\d+)?\s*分[)）]/;
/** What makes words score: points, or a verb with its amount. */
const SCORES_RE = /\d\s*分|[得扣加减]\s*\d|得满分|不得分/;

/**
 * `…教师队伍。(2分)学校定期组织培训…。(2分)…`, `…工作机制,(1分)每年…`: points written after the stop or comma
 * that ends words scoring nothing are those words', when two or more are written so (one alone may state the
 * row's worth). Written before the stop (`…教师队伍(2分)。`), every character kept.
 */
function pointsAfterTheirWords(source: string): string {
  const found = [...source.matchAll(POINTS_AFTER_STOP_RE)].filter((m) => {
    // (The points of the words before, moved, are not these words'.)
    const words = (
      source
        .slice(0, m.index)
        .split(/[。;；,，\n]/)
        .pop() ?? ''
    ).replace(LEADING_POINTS_RE, '');
    return !SCORES_RE.test(words);
  });
  if (found.length < 2) return source;
  let out = '';
  let at = 0;
  for (const m of found) {
    out += source.slice(at, m.index) + m[3] + m[1] + m[2];
    at = m.index + m[0].length;
  }
  return out + source.slice(at);
}

/** `按5分扣减`: the verb an outcome reads after its amount, a word of its own. */
const OUTCOME_VERBS = new Set(['扣减', '扣除']);

/**
 * `(2)乡镇党委全年研究信访工作4次以上的记10分`: one list marker in the whole text numbers the row in
 * its table, not an item of the rule.
 */
function withoutLoneMarker(tokens: Token[]): Token[] {
  const items = tokens.filter((t) => t.t === 'item');
  if (items.length !== 1 || tokens[0] !== items[0]) return tokens;
  return tokens.slice(1);
}

/**
 * `(一)越级行文。(扣1分)(二)…`, `越级行文。扣1分`, `有健康帮扶措施。得2分`: a deduction or points given opening a
 * sentence, alone or before the next list item, are those of the words before it, when that sentence scores
 * nothing itself.
 */
function deductionsOwned(kept: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const s of kept) {
    const lead = s[0]?.t === 'comma' ? 1 : 0;
    const end = lead + 3;
    const owned =
      out.length > 0 &&
      (s[lead]?.t === 'deduct' || s[lead]?.t === 'gain') &&
      s[lead + 1]?.t === 'num' &&
      s[lead + 2]?.t === 'points' &&
      !out[out.length - 1].some((t) => SCORING_TOKENS.has(t.t)) &&
      out[out.length - 1].some((t) => t.t === 'word');
    const close = owned && s[end]?.t === 'comma' ? end + 1 : end;
    if (!owned || (close < s.length && s[close].t !== 'item')) {
      out.push(s);
      continue;
    }
    // (Without its own bracket the deduction is joined as after a comma.)
    const joint: Token[] = lead === 1 ? [] : [{ t: 'comma', s: s[0].s, e: s[0].s }];
    out[out.length - 1].push(...joint, ...s.slice(0, close));
    if (close < s.length) out.push(s.slice(close));
  }
  return out;
}

/** Sentences end at `；` `。` and line breaks (the lexer's `sep`). */
function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.t === 'sep') out.push([]);
    else out[out.length - 1].push(t);
  }
  // `得分⏎(20分*执行率)`: a heading alone on its line heads what follows.
  const joined = out
    .filter((s) => s.length > 0)
    .reduce<Token[][]>((acc, s) => {
      const last = acc[acc.length - 1];
      if (last?.length === 1 && last[0].t === 'score') last.push(...s);
      else acc.push(s);
      return acc;
    }, []);
  const kept = deductionsOwned(joined);
  // `制度完善。(2分)⏎制度基本完善。(1分)`: points standing alone after a sentence that scores nothing are
  // that sentence's, when two or more sentences are written so (one alone states the row's worth).
  const owns = (s: Token[], k: number) =>
    s.length === 1 &&
    s[0].t === 'ppts' &&
    s[0].worth !== true &&
    k > 0 &&
    !kept[k - 1].some((t) => SCORING_TOKENS.has(t.t));
  if (kept.filter(owns).length < 2) return kept;
  return kept.reduce<Token[][]>((acc, s, k) => {
    if (owns(s, k)) acc[acc.length - 1].push(s[0]);
    else acc.push(s);
    return acc;
  }, []);
}
