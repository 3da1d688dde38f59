/**
 * Which of a rule's phrases an answer names: `未成立工作小组` names `未成立禁烧工作小组`,
 * `宣传不到位` names `没有宣传到位`, `质量缺陷` names `质量有缺陷`. The answer's characters must appear in
 * the phrase in order (negations counted as one kind of word), one phrase must fit best, and a
 * negation in front of the words must agree: `有规划` does not name `无规划`, it denies it, and `无错漏`
 * denies `错漏报数据`.
 */
import { alternatives } from '../text';
import {
  AFFIRMING_LEADS,
  ANSWER_SYNONYMS,
  ANTONYMS,
  CAUSED_EVENT_VERBS,
  LIGHT_VERBS,
  CONTRAST_WORDS,
  DENYING_WORDS,
  MET_WORDS,
  NEGATIONS,
  NON_NEGATING,
  PARTIAL_WORDS,
  PRESENCE_LEADS,
  SET_UP_VERBS,
} from '../vocabulary/rules';

export type Naming = { index: number } | 'denied' | null;

/** How far before an answer's words a phrase's negation still governs them (`未严格按照`: 按 three on). */
const NEGATION_REACH = 4;

const NEGATION_RE = new RegExp(`(${[...NEGATIONS].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const NON_NEGATING_RE = new RegExp(NON_NEGATING.join('|'), 'g');
/** Negations as one mark, so `不到位` and `没有…到位` read alike (`无故缺席` negates nothing). */
function marked(s: string): string {
  return s.replace(NON_NEGATING_RE, (w) => '○'.repeat(w.length)).replace(NEGATION_RE, '¬');
}

/** How many negations a marked text holds. */
function negations(marked: string): number {
  return marked.split('¬').length - 1;
}

/** The shortest window of `phrase` holding `words` in order, or null. */
export function window(words: string, phrase: string): { start: number; length: number } | null {
  let best: { start: number; length: number } | null = null;
  for (let s = phrase.indexOf(words[0]); s !== -1; s = phrase.indexOf(words[0], s + 1)) {
    let j = s;
    let k = 0;
    while (j < phrase.length && k < words.length) {
      if (phrase[j] === words[k]) k++;
      j++;
    }
    if (k === words.length && (best === null || j - s < best.length)) best = { start: s, length: j - s };
  }
  return best;
}

/**
 * `工期滞后` inside `工期严重滞后`: one phrase holds the other's words closely (at most two more characters
 * between them), so an answer naming the longer one may mean both. `未及时公开` strewn across
 * `未及时向区政务公开办备案` is not held.
 */
export function holds(outer: string, inner: string): boolean {
  if (inner === '') return false;
  const w = window(marked(inner), marked(outer));
  // (`未导致人员死亡` denies `导致人员死亡`; it does not hold it.)
  return (
    w !== null &&
    w.length <= marked(inner).length + 2 &&
    negations(marked(outer).slice(w.start, w.start + w.length)) === negations(marked(inner))
  );
}

/** `…,未导致人员死亡` and `…,导致人员死亡`: the same words, one with a negation the other lacks. */
export function deniedForm(a: string, b: string): boolean {
  const [ma, mb] = [marked(a), marked(b)];
  return ma.replace(/¬/g, '') === mb.replace(/¬/g, '') && negations(ma) !== negations(mb);
}

/** Leading words that affirm rather than name (`有规划`, `已评比`). */
const AFFIRM = new RegExp(`^(${[...AFFIRMING_LEADS].sort((a, b) => b.length - a.length).join('|')})`);

/** `因护理不周受家长投诉`: a cause (因…), then the event it brings; a negation in the cause denies nothing of the event. */
const CAUSE_RE = new RegExp(
  `^因[\\u4e00-\\u9fff]{0,8}?(?:不|未|没有)[\\u4e00-\\u9fff]{1,4}?((?:${alternatives(CAUSED_EVENT_VERBS)}).{2,})$`,
);

/**
 * The phrase `answer` names among `phrases`: exact, else the one tightest window holding its characters
 * in order. `denied` when the answer affirms what the phrase negates (`有规划` against `无规划`).
 */
export function nameAmong(answer: string, phrases: readonly string[], flipped = false): Naming {
  // (`受家长投诉` names the event of `因护理不周受家长投诉`; `护理不周` still names the cause, read whole below.)
  // (Checked for the lead first: this runs for every answer against every fault.)
  if (phrases.some((p) => p.startsWith('因'))) {
    const events = phrases.map((p) => CAUSE_RE.exec(p)?.[1] ?? p);
    const byEvent = events.some((e, k) => e !== phrases[k]) ? nameAmongWords(answer, events, flipped) : null;
    if (byEvent !== null) return byEvent;
  }
  const named = nameAmongWords(answer, phrases, flipped);
  if (named !== null) return named;
  // `缺席业务会议` against `不按规定参加各种业务学习和会议`: the answer's word for what the rule says otherwise.
  for (const [said, written] of ANSWER_SYNONYMS) {
    if (!answer.includes(said) || phrases.some((p) => p.includes(said))) continue;
    for (const w of written) {
      if (!phrases.some((p) => p.includes(w))) continue;
      const again = nameAmongWords(answer.replace(said, w), phrases, flipped);
      if (again !== null) return again;
    }
  }
  // `未开展巡查` against `未巡查…扣1分`: a light verb no phrase uses says nothing more than the words after it.
  const light = LIGHT_VERB_RE.exec(answer);
  if (light !== null && !phrases.some((p) => p.includes(light[2]))) {
    const again = nameAmongWords(light[1] + light[3], phrases, flipped);
    if (again !== null) return again;
  }
  // `公示牌已设置` against `无法律顾问公示牌`: the thing, then 已 and a verb of setting it up — it is there, which
  // denies a fault of its absence (and names nothing else).
  const setUp = SET_UP_RE.exec(answer);
  if (setUp !== null && !flipped && nameAmongWords(`有${setUp[1]}`, phrases, flipped) === 'denied')
    return 'denied';
  // `月度工作计划未及时上报` against `未及时上报月度工作计划及总结`: the thing said first, then its verb denied — the
  // rule's order, verb first, names the same fault.
  const fronted = FRONTED_OBJECT_RE.exec(answer);
  if (fronted !== null && !flipped) {
    const again = nameAmongWords(fronted[2] + fronted[3] + fronted[1], phrases, flipped);
    if (again !== null && again !== 'denied') return again;
  }
  return null;
}

/**
 * Whether the phrase's negation that a negated answer's window starts at negates other words (the phrase goes on
 * past it with a character the answer does not) and a clause ends before the answer's words.
 */
function negatesOtherClause(a: string, m: string, w: { start: number; length: number }): boolean {
  return (
    m[w.start] === '¬' && m[w.start + 1] !== a[1] && /[,;，；]/.test(m.slice(w.start, w.start + w.length))
  );
}

/** Whether the (marked) answer `a`, held by `phrase` at `w`, says what the phrase negates there. */
function deniedAt(a: string, phrase: string, w: { start: number; length: number }): boolean {
  const m = marked(phrase);
  // A negation just before the words (`不是主要负责人…`, `未完成`, `未严格按照…要求设卡` against `按要求设卡`)
  // turns them round.
  const lead = m.slice(Math.max(0, w.start - NEGATION_REACH), w.start);
  // (`用词不规范被上级部门通报` against `被通报`: a passive 被 after the negation starts a predicate of its own.)
  const passive = /¬[^¬]*被$/.test(lead) || (/¬[^¬]*$/.test(lead) && m[w.start] === '被');
  if (/¬[^,;、，；]*$/.test(lead) && !a.includes('¬') && !passive) return true;
  // `完成` inside `未完成`, `职责明确` across `职责不明确`: the phrase negates what the answer says, closely.
  // (`装备达到国家标准` across `装备建设未达到国家标准`: a long answer may skip a word of the phrase's too.)
  const inWindow = negations(m.slice(w.start, w.start + w.length));
  const skipped = w.length - inWindow - a.length;
  const close =
    w.length <= a.length + 2 || (!a.includes('¬') && skipped <= Math.min(2, Math.floor(a.length / 4)));
  return inWindow > negations(a) && close;
}

/**
 * Whether the (marked) answer, with no negation, is two runs of phrase `k` in order (each two characters or
 * more), one of three or more that no other phrase holds.
 */
function twoRunsOwn(a: string, k: number, phrases: readonly string[]): boolean {
  if (a.includes('¬') || a.length < 5) return false;
  const p = phrases[k];
  const own = (run: string) => run.length >= 3 && phrases.every((q, j) => j === k || !q.includes(run));
  for (let i = 2; i <= a.length - 2; i++) {
    const [x, y] = [a.slice(0, i), a.slice(i)];
    const at = p.indexOf(x);
    if (at !== -1 && p.indexOf(y, at + x.length) !== -1 && (own(x) || own(y))) return true;
  }
  return false;
}

/** Whether `answer` names `phrase` by its words (not its denial). */
export function names(answer: string, phrase: string): boolean {
  const n = nameAmong(answer, [phrase]);
  return n !== null && n !== 'denied';
}

/** `未开展帮扶慰问`, `已实行垂直管理`: a lead, a light verb, then words of their own. */
export const LIGHT_VERB_RE = new RegExp(
  `^(已经|已|尚未|未|没有)(${alternatives(LIGHT_VERBS)})([\\u4e00-\\u9fff]{2,})$`,
);

/** `公示牌已设置`, `台账均已建立`: a thing, then 已 and a verb of setting it up. */
const SET_UP_RE = new RegExp(
  `^([\\u4e00-\\u9fff]{2,}?)(?:均|都)?(?:已经|已)(?:${alternatives(SET_UP_VERBS)})$`,
);

/** A thing (two or more characters), then a negation and its verb: `月度工作计划未及时上报`. */
const FRONTED_OBJECT_RE = /^([\u4e00-\u9fff]{2,}?)(未|没有|不)([\u4e00-\u9fff]{2,})$/;

function nameAmongWords(answer: string, phrases: readonly string[], flipped: boolean): Naming {
  const exact = phrases.indexOf(answer);
  if (exact !== -1) return { index: exact };
  // `账实相符` against `账实不符`: the answer in the fault's own opposite words denies it.
  for (const [yes, no] of flipped ? [] : ANTONYMS) {
    const at = answer.indexOf(yes);
    // (`制度不健全` says `健全` negated: the fault's own words, not its opposite.)
    if (at === -1 || NEGATIONS.some((n) => answer.slice(0, at).endsWith(n))) continue;
    const named = nameAmong(answer.replace(yes, no), phrases, true);
    if (named !== null && named !== 'denied') return 'denied';
  }
  const a = marked(answer);
  // `无不符` against `从业人员与所持证件不符`: a negation before the very negated word a fault ends with denies it,
  // though one character is all the word holds.
  if (/^¬¬[^¬]$/.test(a) && phrases.some((p) => marked(p).endsWith(a.slice(1)))) return 'denied';
  if (a.replace(/¬/g, '').length < 2) return null;
  // `未被通报` against `用词不规范被上级部门通报`: the answer says the event (被…) did not happen.
  const passive = /^¬被(.+)$/.exec(a);
  if (passive && phrases.some((p) => /(^|[^¬])被/.test(marked(p)) && window(`被${passive[1]}`, marked(p))))
    return 'denied';
  // `召开会议` against `召开会议而未对…作出决策`, `已开展` against `已开展活动但档案资料不全`: words before the
  // phrase's turn (而/但…) and its negation name what was done before the fault, not the fault.
  const before = (p: string, w: { start: number; length: number }) => {
    const m = marked(p);
    const end = w.start + w.length;
    const next = m.indexOf('¬', end);
    const between = next === -1 ? '' : m.slice(end, next);
    return (
      !a.includes('¬') &&
      !m.slice(0, end).includes('¬') &&
      next !== -1 &&
      !/[,;，；]/.test(between) &&
      CONTRAST_WORDS.some((c) => between.includes(c))
    );
  };
  // `按时上岗` against `按规定时间上岗,迟到、早退10分钟`: the requirement a fault's words open with, before the
  // fault itself, is what was to be done — saying it names no fault.
  const required = (p: string, w: { start: number; length: number }) => {
    if (a.includes('¬')) return false;
    const m = marked(p);
    const cut = m.search(/[,;，；]/);
    if (cut === -1 || w.start + w.length > cut) return false;
    const head = m.slice(0, cut);
    const asked = head.replace(/^.*[:：]/, '');
    const next = m.slice(cut + 1);
    return (
      !head.includes('¬') &&
      MET_WORDS.some((x) => asked.startsWith(x)) &&
      // (`按规定撤销…,及时足额缴入…`: a requirement going on is a level's words, not a fault after it.)
      !MET_WORDS.some((x) => next.startsWith(x))
    );
  };
  const fits = phrases
    .map((p, index) => ({ index, w: window(a, marked(p)) }))
    .filter((f): f is { index: number; w: { start: number; length: number } } => f.w !== null)
    .filter((f) => !before(phrases[f.index], f.w) && !required(phrases[f.index], f.w))
    // (`无预警` across `造成不良影响,被预警`: a negation of other words, in another clause, does not negate these.)
    .filter((f) => !a.startsWith('¬') || !negatesOtherClause(a, marked(phrases[f.index]), f.w));
  fits.sort((x, y) => x.w.length - y.w.length);
  // (`未签订` across `未与下一级政府…签订…责任书`: a negated answer whose tightest window is long may still be
  // the phrase's negation and verb, read apart below.)
  const spread = fits.length > 0 && fits[0].w.length > a.length * 3 && a.includes('¬');
  if (fits.length > 0 && !spread) {
    // Two phrases that hold the words nearly as tightly (`未评比` in `…但未按时评比` and in `已评比未将评比
    // 结果…`) are not told apart by a character.
    // (`修坟、建坟1例` in `有修坟、建坟现象` and in `对修坟、建坟现象未及时整治`: of the near ties, the one phrase
    // that negates as often as the answer does.)
    const near = fits.filter((f) => f.w.length - fits[0].w.length < 2);
    // (`办案安全事故1起` against `发生办案安全事故,导致人员死亡` and `发生办案安全事故,未导致人员死亡`: the same
    // words up to the end of the answer's, told apart only after them, are not told apart by the answer.)
    const upTo = (f: (typeof near)[number]) => marked(phrases[f.index]).slice(0, f.w.start + f.w.length);
    if (near.length > 1 && near.every((f) => upTo(f) === upTo(near[0]))) return null;
    const agreeing = near.filter((f) => negations(marked(phrases[f.index])) === negations(a));
    // (`资料详实` against `任一组织…资料不详实` and `两种组织…资料不详实`: what every near phrase negates, said, denies
    // them all — which one it would have named does not matter.)
    if (near.length > 1 && agreeing.length === 0 && near.every((f) => deniedAt(a, phrases[f.index], f.w)))
      return 'denied';
    if (near.length > 1 && agreeing.length !== 1) return null;
    const best = near.length > 1 ? agreeing[0] : fits[0];
    // (Words strewn over one phrase and over another, `国家级称号` across `国家级“…”称号` twice: the tighter
    // strewing names neither.)
    if (best.w.length > a.length * 2 && fits.some((f) => f.index !== best.index && f.w.length > a.length * 2))
      return null;
    // A window far longer than the answer is a coincidence of characters, not a naming — unless the answer is
    // two runs of the phrase, one of them its own (`国家级荣誉` across `获得国家级和“…”荣誉`, no other phrase
    // saying `国家级`).
    if (best.w.length > a.length * 3 && !twoRunsOwn(a, best.index, phrases.map(marked))) return null;
    const m = marked(phrases[best.index]);
    const inWindow = negations(m.slice(best.w.start, best.w.start + best.w.length));
    if (deniedAt(a, phrases[best.index], best.w)) return 'denied';
    // (`部分` strewn across `内部事企不分` is a coincidence.)
    if (inWindow > negations(a)) return null;
    return { index: best.index };
  }
  // `无不规范广告` against `有不规范性墙体广告`: a negation before the fault's own negated words denies it.
  const inner = a.startsWith('¬') ? a.slice(1) : '';
  if (
    inner.includes('¬') &&
    phrases.some((p) => {
      const w = window(inner, marked(p));
      return w !== null && w.length <= inner.length * 3;
    })
  )
    return 'denied';
  // `宣传不到位` against `没有宣传到位`: the negation stands elsewhere; the words must fit without it, and
  // the answer and the phrase must both negate.
  if (a.includes('¬')) {
    const plain = a.replace(/¬/g, '');
    // What the answer negates must stand after the phrase's negation too (`无资料` is not `资料杂乱无序`).
    const negated = a.slice(a.indexOf('¬') + 1).replace(/¬/g, '');
    const loose = phrases
      .map((p, index) => ({ index, m: marked(p), w: window(plain, marked(p).replace(/¬/g, '')) }))
      .filter(
        (f) =>
          f.w !== null &&
          f.m.includes('¬') &&
          (f.w as { length: number }).length <= plain.length * 3 &&
          // (In the negation's own clause: `无预警` is not `造成不良影响,被预警`.)
          window(
            negated,
            f.m
              .slice(f.m.indexOf('¬') + 1)
              .split(/[,;，；]/)[0]
              .replace(/¬/g, ''),
          ) !== null,
      );
    if (loose.length === 1) return { index: loose[0].index };
    if (loose.length > 1) return null;
    const turned = topicalised(a, phrases);
    if (turned !== null) return turned;
  }
  // `有无证值班` against `无证值班`: 有 before the negated words says the fault is there, it denies nothing.
  if (!flipped && AFFIRM.test(a) && a.replace(AFFIRM, '').startsWith('¬'))
    return nameAmong(answer.replace(AFFIRM, ''), phrases, true);
  // `有规划` / `规划` against `无规划`: the same words without the negation deny the phrase; so does
  // `目录已更新` against `目录未更新`.
  const bare = (AFFIRM.test(a) ? a.replace(AFFIRM, '') : a.replace(/已经|已/g, '')).replace(/^¬+/, '');
  if (bare.length < 2 || bare === a) return null;
  const denied = phrases.filter((p) => {
    const m = marked(p);
    const w = window(bare, m);
    // The negation must govern the words: `没有2012年度工作计划` yes, `未由…填报，擅自代填` (another
    // clause) no.
    if (w === null) return false;
    // (`目录更新` across `目录未更新`: the negation between the words, closely.)
    const inside = m.slice(w.start, w.start + w.length).includes('¬') && w.length <= bare.length + 2;
    return inside || /¬[^,;、，；]*$/.test(m.slice(0, w.start));
  });
  if (denied.length > 0 && !a.startsWith('¬')) return 'denied';
  if (doneWhatIsNegated(a, phrases)) return 'denied';
  // `有代填代改` affirms what `擅自代填、代改…` names: the words without their affirming lead.
  if (AFFIRM.test(a)) {
    const named = nameAmong(bare, phrases, flipped);
    if (named !== null) return named;
  }
  // `无错漏` against `错漏报数据`: the answer negates a phrase that holds no negation of its own.
  // (`未建立` against `建立花名册，少过三分之一`: the phrase holds the requirement and, after it, the fault;
  // denying the requirement says more than "no fault".)
  const negated = phrases.some(
    (p) => !marked(p).includes('¬') && !/[,;，；]/.test(p) && window(bare, marked(p)) !== null,
  );
  return a.startsWith('¬') && negated ? 'denied' : null;
}

/**
 * `已建立综治组织和办事机构` against `未建立`, `已按计划实施` against `未按计划实施的`: an answer without a
 * negation that opens with all a phrase negates, the phrase naming nothing before its negation the
 * answer does not name too (`已及时补植` is not `信息报送不及时` done), says the thing was done.
 * `已与全部乡镇签订消防安全责任书` against `未与下一级政府消防安全责任人签订消防安全责任书` too: done (已), opening and
 * closing as the negated clause does — its verb and object said done, other words between; not done in part
 * (`已与部分村组签订…`).
 */
function doneWhatIsNegated(a: string, phrases: readonly string[]): boolean {
  if (a.includes('¬')) return false;
  const lead = /^(已经|已|均已|都已)/.exec(a);
  const bare = a.slice(lead?.[0].length ?? 0);
  const alike = lead !== null && !PARTIAL_WORDS.some((w) => bare.includes(w));
  return phrases.some((p) =>
    marked(p)
      .split(/[,;，；。]/)
      .some((clause) => {
        const at = clause.indexOf('¬');
        if (at === -1) return false;
        const topic = clause.slice(0, at);
        const rest = clause.slice(at + 1);
        const negated = rest.split(/[、¬]/)[0].replace(/的$/, '');
        if (negated.length >= 2 && bare.startsWith(negated) && (topic === '' || a.includes(topic)))
          return true;
        const whole = rest.replace(/的$/, '');
        return alike && topic === '' && !whole.includes('¬') && sameEnds(bare, whole);
      }),
  );
}

/** The same first character and the same last four or more: `与全部乡镇签订…责任书`, `与下一级政府…签订…责任书`. */
function sameEnds(a: string, b: string): boolean {
  let tail = 0;
  const most = Math.min(a.length, b.length);
  while (tail < most && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
  return tail >= 4 && a[0] === b[0];
}

/**
 * `管理体制未理顺` against `没有理顺管理体制`, `责任书未签订` against `未签订责任书`: the thing named first, then its
 * negated verb — the phrase's words turned round. In one clause of the phrase the negation must lead the
 * verb closely, and the thing must stand whole elsewhere in it; one phrase only.
 */
function topicalised(a: string, phrases: readonly string[]): Naming {
  const at = a.indexOf('¬');
  if (at < 2 || a.indexOf('¬', at + 1) !== -1) return null;
  const thing = a.slice(0, at);
  const verb = a.slice(at + 1);
  if (verb.length < 2) return null;
  const fits = phrases.flatMap((p, index) =>
    marked(p)
      .split(/[,;，；、]/)
      .some((clause) => {
        const w = window(`¬${verb}`, clause);
        if (w === null || w.length > verb.length + 2) return false;
        const rest = clause.slice(0, w.start) + '|' + clause.slice(w.start + w.length);
        return rest.includes(thing);
      })
      ? [index]
      : [],
  );
  return fits.length === 1 ? { index: fits[0] } : null;
}

/**
 * `无责任分工` against `无乡镇、村(居)委会安全生产责任分工`, `未公示投诉程序` against `未公示服务流程…和投诉程序`: the
 * phrase's own negation (with the words after it the answer repeats) leading the answer, then words the phrase
 * holds whole further on — one of the things it denies. Each must negate once; one phrase only.
 */
export function negatedTail(answer: string, phrases: readonly string[]): Naming {
  const a = marked(answer);
  if (!a.startsWith('¬') || negations(a) !== 1) return null;
  const fits = phrases.flatMap((p, index) => {
    const m = marked(p);
    if (!m.startsWith('¬') || negations(m) !== 1) return [];
    let k = 1;
    while (k < a.length && a[k] === m[k]) k++;
    const tail = a.slice(k);
    return tail.length >= 3 && m.indexOf(tail, k) !== -1 ? [index] : [];
  });
  return fits.length === 1 ? { index: fits[0] } : null;
}

/**
 * A fault named with words the rule writes beside it: `议事会议少开展1次` against `少开展活动`, whose standard
 * `每季度召开住户议事会议` stands before it (`before`); `拒载投诉2次` against `无故拒载乘客每投诉一次扣5分`, whose step
 * counts `投诉` after it (`after`). Only the fault's own words tell faults apart, so the answer must hold at least
 * two characters of them.
 */
export function nameWithBeside(
  answer: string,
  faults: readonly { label: string; before?: string; after?: string }[],
): Naming {
  if (!faults.some((f) => (f.before ?? '') !== '' || (f.after ?? '') !== '')) return null;
  const phrases = faults.map((f) => (f.label === '' ? '' : `${f.before ?? ''}${f.label}${f.after ?? ''}`));
  const named = nameAmong(answer, phrases);
  if (named === null || named === 'denied') return null;
  const w = window(marked(answer), marked(phrases[named.index]));
  if (w === null) return null;
  const from = marked(faults[named.index].before ?? '').length;
  const to = from + marked(faults[named.index].label).length;
  return Math.min(w.start + w.length, to) - Math.max(w.start, from) >= 2 ? named : null;
}

/**
 * `洗手间吊柜放置食品` against `洗手间吊柜未按分类标签摆放物品或放置食品`: a fault written as alternatives (或), the
 * later ones taking the subject the first one negates, named by one of them alone. So is a fault saying several
 * things of one subject: `扶手损坏` against `扶手不全、损坏`, `记录不完整` against `记录不规范不完整`. The one phrase
 * so named (a phrase with neither, by its own words), or null.
 */
export function alternativeNamed(answer: string, phrases: readonly string[]): Naming {
  const hits = phrases.flatMap((p, index) => {
    // (A phrase with no alternatives still counts as itself: the answer must name one phrase only.)
    const named = nameAmongWords(answer, alternativesOf(p) ?? [p], false);
    return named !== null && named !== 'denied' ? [index] : [];
  });
  return hits.length === 1 ? { index: hits[0] } : null;
}

/** A phrase's alternatives, each with the subject the first one negates; null when it has none. */
function alternativesOf(phrase: string): string[] | null {
  const parts = phrase.split(/或(?!者)/);
  if (parts.length > 1) {
    if (parts.some((x) => x.length < 2)) return null;
    const subject = subjectBeforeNegation(parts[0]);
    return parts.map((x, i) => (i > 0 && subject !== '' && !x.startsWith(subject) ? subject + x : x));
  }
  return saidOfOneSubject(phrase);
}

/**
 * `扶手不全、损坏` → `扶手不全`, `扶手损坏`; `记录不规范不完整` → `记录不规范`, `记录不完整`: a subject (before the
 * first negation), then things said of it — listed with 、 or each with its own negation. Null otherwise.
 */
function saidOfOneSubject(phrase: string): string[] | null {
  const subject = subjectBeforeNegation(phrase);
  if (subject.length < 2 || /[,;，；、]/.test(subject)) return null;
  const said = phrase.slice(subject.length);
  const m = marked(said);
  // (A negation of more than one character, or words read past as no negation, shift the marks: not read.)
  if (m.length !== said.length || /[,;，；]/.test(said)) return null;
  const listed = said.split('、');
  const preds =
    listed.length > 1
      ? listed
      : [...m.matchAll(/¬[^¬]+/g)].map((x) => said.slice(x.index, (x.index ?? 0) + x[0].length));
  const short = (x: string) => x.length >= 2 && x.length <= 5;
  if (preds.length < 2 || !preds.every(short) || preds.join(listed.length > 1 ? '、' : '') !== said)
    return null;
  return preds.map((x) => subject + x);
}

/**
 * `未建立综治组织和办事机构` against `无分管领导扣1分;未建立扣1分`, `手册未按时下发` against `未按时下发扣1分`: a fault
 * that is a bare negated verb, and the answer that verb with what was not done, after it or before it — that fault,
 * when it is the only one so said.
 */
export function bareVerbNamed(answer: string, phrases: readonly string[]): Naming {
  const hits = phrases.flatMap((p, index) => {
    if (p.length < 2 || p.length > BARE_VERB_MAX || answer.length <= p.length) return [];
    if (!DENYING_WORDS.some((n) => p.startsWith(n) && p.length > n.length)) return [];
    const rest = answer.startsWith(p)
      ? answer.slice(p.length)
      : answer.endsWith(p)
        ? answer.slice(0, -p.length)
        : null;
    // (`未安装验收大型设备1台` against `未安装验收每台扣2分(大型设备扣10分)`: what was not done is another fault's
    // words — which one is not told.)
    // (`无调查方案和原始记录`: a list, each thing its own fault.)
    const bare = (q: string) => q.replace(DENYING_LEAD_RE, '');
    const other = (q: string, j: number) =>
      j !== index && bare(q).length >= 2 && (rest ?? '').includes(bare(q));
    return rest !== null &&
      !/[和及与、并]/.test(rest) &&
      !DENYING_WORDS.some((n) => rest.includes(n)) &&
      !phrases.some(other)
      ? [index]
      : [];
  });
  return hits.length === 1 ? { index: hits[0] } : null;
}

export const DENYING_LEAD_RE = new RegExp(`^(?:${DENYING_WORDS.join('|')})`);

/**
 * `隔热层破损` against `一处有破损扣1分`: a fault that says only that something is there (a lead of presence and a
 * bare predicate, no subject of its own), and the answer that predicate with a subject before it — that fault,
 * when it is the only one so said. (A fault with its own subject, `食堂卫生不合格`, is not named by another
 * subject's `厕所卫生不合格`.)
 */
export function subjectedNamed(answer: string, phrases: readonly string[]): Naming {
  const cores = phrases.map((p) => {
    const lead = PRESENCE_LEADS.find((l) => p.startsWith(l));
    const core = lead === undefined ? '' : p.slice(lead.length);
    return core.length >= 2 && core.length <= BARE_VERB_MAX && !/[,;，；、和及或]/.test(core) ? core : '';
  });
  const hits = cores.flatMap((core, index) => {
    if (core === '' || !answer.endsWith(core) || answer.length <= core.length) return [];
    const subject = answer.slice(0, -core.length);
    return subject.length >= 2 &&
      !/[,;，；、和及与并]/.test(subject) &&
      !NEGATIONS.some((n) => subject.includes(n)) &&
      !PRESENCE_LEADS.some((l) => subject.includes(l))
      ? [index]
      : [];
  });
  return hits.length === 1 ? { index: hits[0] } : null;
}

/** A negation, perhaps how, and a verb, at most: `未建立`, `没有制定`, `未按时下发`. */
const BARE_VERB_MAX = 5;

/** `信息公开不及时` → `信息公开`: the words before a phrase's first negation (after its start), or ''. */
export function subjectBeforeNegation(phrase: string): string {
  const neg = NEGATIONS.map((n) => phrase.indexOf(n)).filter((x) => x > 0);
  return neg.length > 0 ? phrase.slice(0, Math.min(...neg)) : '';
}
