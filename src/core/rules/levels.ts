/**
 * Levels named in a rule's own words (`制度完善` / `制度较完善` / `制度不完善`): what tells them apart,
 * and which of them a person's answer names (`较完善`, `制度较完善`, `较完善的`).
 */
import {
  DEGREE_WORDS,
  LEVEL_ALIASES,
  NEGATIONS,
  NO_WORDS,
  NEUTRAL_LEVELS,
  NOTHING_DONE_LEADS,
  OTHER_LEVEL,
  PARTLY_DONE_DEGREES,
} from '../vocabulary/rules';
import { namesFault, type Read } from '../inputs';
import { alternatives, compactText } from '../text';
import type { GradeLevel, Outcome } from './ast';
import { names, window } from './naming';
import type { InputValue } from './types';

const DEGREES = [...DEGREE_WORDS].sort((a, b) => b.length - a.length);

/** `制度完善的` → `制度完善`: the particles that close a state's words. */
export function levelLabel(text: string): string {
  return text.replace(/(的情况|情况|的|者|(?<![及按准同适定临实当])时)$/, '');
}

/** The longest ending every word shares. */
export function commonSuffix(words: readonly string[]): string {
  let s = words[0] ?? '';
  for (const w of words) while (s !== '' && !w.endsWith(s)) s = s.slice(1);
  return s;
}

/** The longest opening every word shares. */
export function commonPrefix(words: readonly string[]): string {
  let s = words[0] ?? '';
  for (const w of words) while (s !== '' && !w.startsWith(s)) s = s.slice(0, -1);
  return s;
}

/** The run of degree words (不, 较, 基本…) at the end of `prefix`. */
function degreeTail(prefix: string): string {
  let tail = '';
  let rest = prefix;
  for (;;) {
    const d = DEGREES.find((w) => rest.endsWith(w));
    if (d === undefined) return tail;
    tail = d + tail;
    rest = rest.slice(0, -d.length);
  }
}

/**
 * When labels differ only by degree words before a shared predicate (`完善`/`较完善`/`不完善`,
 * `管理制度健全`/`不健全`), the distinguishing words of each (`较完善`); else null.
 */
export function levelKeys(labels: string[]): string[] | null {
  const clean = labels.map(levelLabel);
  // (`严重`/`比较严重`/`一般`/`不严重`: the neutral middle of a scale is a level without its predicate.)
  const graded = clean.filter((l) => !NEUTRAL_LEVELS.includes(l));
  if (graded.length < 2) return null;
  const predicate = commonSuffix(graded);
  if (predicate === '') return null;
  const prefixes = graded.map((l) => l.slice(0, l.length - predicate.length));
  const gradedKeys = prefixes.map((p) => degreeTail(p) + predicate);
  const keys = clean.map((l) => (NEUTRAL_LEVELS.includes(l) ? l : (gradedKeys.shift() as string)));
  if (new Set(keys).size !== keys.length || keys.every((k) => k === predicate)) return null;
  // The words before the degrees name what is weighed, the same in each (or left out: `不健全`); a
  // negation there (`未及时开展培训` / `未开展培训`) makes the labels differ in more than degree, and
  // `开展培训` alone would name the first.
  const topics = new Set(prefixes.map((p) => p.slice(0, p.length - degreeTail(p).length)).filter((t) => t));
  if (topics.size > 1 || [...topics].some((t) => NEGATIONS.some((n) => t.includes(n)))) return null;
  return keys;
}

/**
 * When labels differ only after a shared opening (`考核结果为好` / `考核结果为较好` / `考核结果为差`), what
 * follows it in each (`好`, `较好`, `差`); else null. Only for labels already known to be levels: items of
 * a checklist share openings too (`建立…制度`).
 */
export function levelEndings(labels: string[]): string[] | null {
  const clean = labels.map(levelLabel);
  const prefix = commonPrefix(clean);
  const keys = clean.map((l) => l.slice(prefix.length));
  if (prefix === '' || keys.some((k) => k === '') || new Set(keys).size !== keys.length) return null;
  return keys;
}

/**
 * The level an answer names: the label itself, its distinguishing words, the longest distinguishing
 * words the answer ends with (`制度较完善` → `较完善`), a short form (`优` = `优秀`), or the one label
 * that holds the answer. Anything else is not one of the rule's levels.
 */
export function readGradeLevel(input: InputValue | null, levels: readonly GradeLevel[]): Read<GradeLevel> {
  const raw = input === null || input.value === null ? '' : compactText(String(input.value));
  if (raw === '') return { ok: false, missing: true };
  const text = levelLabel(raw);
  const found = (l: GradeLevel): Read<GradeLevel> => ({ ok: true, value: l, text: l.level });
  const exact = levels.find(
    (l) => l.level === text || l.key === text || levelLabel(compactText(l.level)) === text,
  );
  if (exact) return found(exact);
  // `进行安全排查，进行改造维修`: an answer naming two levels is not one of them.
  const pieces = text
    .split(/[,，、;；]+/)
    .filter((p) => p !== '')
    .map(levelLabel);
  // (`获得市级表彰、县级表彰`: a piece ending in a level's key names it, as the key alone does.)
  const named = levels.filter((l) => pieces.some((p) => p === l.level || endsWithKey(p, l)));
  if (pieces.length > 1 && named.length > 1)
    return {
      ok: false,
      missing: false,
      text: raw,
      message: `“${raw}”写了评分标准的${named.length}个等级，请只写一个（${levels.map((l) => l.level).join('/')}）`,
    };
  // (`较合理` ends with `合理` but says a degree the levels `合理`/`基本合理`/`不合理` do not have.)
  // (`未明确机构负责法制工作` ends with the key `机构负责法制工作` but denies it.)
  const endings = levels.filter((l) => endsWithKey(text, l)).sort((a, b) => b.key.length - a.key.length);
  if (endings.length > 0 && (endings.length === 1 || endings[0].key.length > endings[1].key.length))
    return found(endings[0]);
  const upper = text.toUpperCase();
  for (const group of LEVEL_ALIASES) {
    if (!group.includes(upper)) continue;
    const level = levels.find((l) => group.includes(l.level) || group.includes(l.key));
    if (level !== undefined) return found(level);
  }
  // `合格工程` is held by `评为“合格工程”`, not by `评为“不合格工程”`: a negation right before turns it round,
  // and a degree (`基本落实`) makes it another level. `已建立` says `建立`, done.
  const plain = text.replace(/^已经?/, '');
  // (`完整` against `完整、及时`: one quality of several is not the level.)
  const holding = levels.filter(
    (l) =>
      l.level.includes(plain) &&
      !NEGATIONS.some((n) => l.level.includes(n + plain)) &&
      !DEGREES.some((d) => l.level.includes(d + plain)),
  );
  const degreed = levels.filter((l) => l.level.includes(plain) && !holding.includes(l));
  const several = (l: GradeLevel) => degreed.length > 0 && /[、,，和且及]/.test(l.level);
  if (holding.length === 1 && plain.length >= 2 && !several(holding[0])) return found(holding[0]);
  // `有COD分析仪`, `没有分析仪` against `有得5分,没有不得分`: the levels are presence itself, said of the thing.
  const presence = levels.find((l) => l.key === '有');
  const absence = levels.find((l) => l.key === '没有' || l.key === '无');
  if (presence && absence && levels.length === 2 && !/\d/.test(text)) {
    const lead = /^(没有|无)/.exec(text)?.[0] ?? '';
    const rest = text.slice(lead.length);
    const none = lead !== '' && rest !== '' && !NEGATIONS.some((n) => rest.includes(n));
    // (`有迟报`, `有问题`: a fault there is not the thing the levels ask after.)
    const some = /^有./.test(text) && !NEGATIONS.some((n) => text.includes(n)) && !namesFault(text.slice(1));
    if (none || some) return found(none ? absence : presence);
  }
  // `已报省厅待批` against `已报省厅待批或已出台…政策的得2分`: one of a level's alternatives, said whole.
  const choosing = levels.filter((l) =>
    compactText(l.level)
      .split(/或者|或/)
      .some((a) => a.replace(/的$/, '') === text),
  );
  if (choosing.length === 1 && text.length >= 2) return found(choosing[0]);
  // `建成并正常运行` against `建成集中供热中心并正常运行的`: one level's words, in order — no denial, degree or count.
  const plainWords =
    !/[\d一二两三四五六七八九十]/.test(plain) && ![...NEGATIONS, ...DEGREES].some((w) => plain.includes(w));
  const inOrder =
    plainWords && plain.length >= 4 ? levels.filter((l) => names(plain, compactText(l.level))) : [];
  if (inOrder.length === 1) return found(inOrder[0]);
  // `否则不得分`: a plain no, or `其他`, is the chain's last alternative.
  const other = levels.find((l) => l.level === OTHER_LEVEL);
  if (other && (NO_WORDS.includes(upper) || text === '其他')) return found(other);
  const none = noneOfThem(text, levels);
  if (none !== null) return { ok: true, value: none, text: raw };
  return {
    ok: false,
    missing: false,
    text: raw,
    message: `“${raw}”不是评分标准中的等级（${levels.map((l) => l.level).join('/')}）`,
  };
}

/** `获得市级表彰` ends with the key `市级表彰`; no degree or negation before it (`较合理`, `未明确…`). */
function endsWithKey(text: string, l: GradeLevel): boolean {
  const before = text.slice(0, -l.key.length);
  // (`基本依据充分` against `依据充分`/`基本充分`: a degree of doing in part anywhere before the key, not in the level.)
  const partly = PARTLY_DONE_DEGREES.some((d) => before.includes(d) && !l.level.includes(d));
  return (
    text.endsWith(l.key) && degreeTail(before) === '' && !NEGATIONS.some((n) => before.includes(n)) && !partly
  );
}

/** `未建立`, `无污水处理厂`, `均未申报`: a denial, then words every level holds. */
const NONE_OF_THEM_RE = new RegExp(`^(?:均|都|全)?(${alternatives(NOTHING_DONE_LEADS)})(.{2,})$`);

/**
 * `未建立` against `系统建立…台帐得4分，局部建立得2分`: alternatives that each give points for a thing done, none
 * written for nothing done; an answer denying what every one of them holds is none of them — nothing.
 * (`未申报成功` denies what one level holds, not all; beside a level that is itself a fault, `…未能及时修订`,
 * what nothing done gives is not said: both still the person's.)
 */
function noneOfThem(text: string, levels: readonly GradeLevel[]): GradeLevel | null {
  const m = NONE_OF_THEM_RE.exec(text);
  if (m === null || /[\d一二两三四五六七八九十]/.test(m[2]) || NEGATIONS.some((n) => m[2].includes(n)))
    return null;
  const paid = (o: Outcome) => o.type === 'full' || (o.type === 'points' && o.points.gt(0));
  if (levels.length < 2 || !levels.every((l) => paid(l.outcome))) return null;
  const what = m[2];
  const holds = (l: GradeLevel) => {
    const w = compactText(l.level);
    const at = window(what, w);
    return at !== null && at.length <= what.length + 2 && !NEGATIONS.some((n) => w.includes(n));
  };
  if (!levels.every(holds)) return null;
  return { level: text, key: text, outcome: { type: 'zero' } };
}
