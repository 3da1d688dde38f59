/**
 * Items with their own points that add up past the row's weight cannot all be earned; the weight says
 * how they were meant (decided when scored, since the parse does not know the weight):
 * - a heading and its parts: the first item is worth the weight and the others add up to it
 *   (`领导重视(10分)。…(5分)；…(3分)；…(2分)`) → the parts are the checklist;
 * - alternatives: the largest is worth the weight and no two are worth the same
 *   (`建成污水处理厂并正常运行的得2分，当年新开工的得1分`) → the answer names the one that applies.
 */
import Decimal from 'decimal.js';
import { itemMarker } from '../inputs';
import { compactText } from '../text';
import { ISSUE_NOUNS, LEVEL_DEGREE_WORDS, LEVEL_SETS, PARTS_LEADS, SELF_WORDS } from '../vocabulary/rules';
import type { ChecklistItem, Clause, RuleAst, RulePart } from './ast';
import { levelEndings } from './levels';
import { givesNothing } from './outcomes';

const ROW_NAMED_LAST_RE = new RegExp(`[,，]?(${SELF_WORDS.join('|')})为?$`);

/** A heading is a title of a few characters (`领导重视`, `工作机制`). */
const HEADING_LENGTH = 6;

export interface WeightReading {
  ast: RuleAst;
  /** How the weight decided the reading, said before the restatement. */
  how: string;
}

export function readByWeight(
  ast: RuleAst,
  stated: readonly Decimal[],
  weight: Decimal,
  text: string,
  clauses: readonly Clause[] = [],
): WeightReading | null {
  const lead = leadAsItem(ast, clauses, stated, weight, text);
  if (lead) return lead;
  // (Levels said not to add up are never parts.)
  if (ast.kind === 'grade') return ast.highest ? null : levelsAsParts(ast, stated, weight);
  if (ast.kind === 'composite' && ast.form === 'parts') return partsByWeight(ast.parts, stated, weight, text);
  if (ast.kind !== 'checklist' || ast.mode !== 'items' || ast.items.length < 2) return null;
  const points = ast.items.map((i) =>
    i.points?.type === 'points'
      ? i.points.points
      : i.points && givesNothing(i.points)
        ? new Decimal(0)
        : null,
  );
  if (points.some((p) => p === null || p.isNegative())) return null;
  const worth = points as Decimal[];
  // (An item worth nothing, `考核结果为“差”,该指标为0分`, is the bottom of alternatives, never a part.)
  const positive = worth.every((w) => w.gt(0));
  const sum = Decimal.sum(...worth);
  // Only the items' own sum may disagree with the weight (not a `满分N分` said elsewhere).
  if (sum.eq(weight) || stated.some((w) => !w.eq(sum) && !w.eq(weight))) return null;
  const rest = worth.slice(1);
  // (`属行政机构编制得20分；属事业编制得15分；…得5分`: 15 + 5 is 20 by chance — without a heading, alternatives
  // after all.)
  const parts =
    positive &&
    worth[0].eq(weight) &&
    rest.length >= 2 &&
    Decimal.sum(...rest).eq(weight) &&
    headed(ast.items, text);
  if (parts)
    return {
      ast: { kind: 'checklist', mode: 'items', items: renumber(ast.items.slice(1)) },
      how: `首条为本项总分（${weight.toString()}分），按其后各条计分`,
    };
  const distinct = new Set(worth.map((w) => w.toString())).size === worth.length;
  // (`每处错误1分,严重错误5分`: points per fault found are deductions said without 扣, never a state.)
  const faulty = ast.items.some((i) => i.desc.includes('每') || ISSUE_NOUNS.some((n) => i.desc.includes(n)));
  // (`…计20分,其中上交时间、照片数量…各占5分`: 其中 opens parts of what came before, never an alternative.)
  const partsLed = ast.items.slice(1).some((i) => PARTS_LEADS.some((w) => i.desc.startsWith(w)));
  if (sum.gt(weight) && Decimal.max(...worth).eq(weight) && distinct && !faulty && !partsLed) {
    const names = ast.items.map((i) => levelName(i.desc));
    const keys = levelEndings(names) ?? ast.items.map((i) => i.desc);
    return {
      ast: {
        kind: 'grade',
        levels: ast.items.map((i, k) => ({ level: names[k], outcome: i.points!, key: keys[k] })),
      },
      how: `各条分值之和超过本项分值${weight.toString()}分，按所属的一条计分`,
    };
  }
  return null;
}

/**
 * `及时组织日常检查3分;检查中发现问题及时妥善处理3分;检查结束后…2分` on a row of 8: the first sentence, written
 * as the others are but without their 得, reads as a heading stating the row's points; when those points are
 * not the row's and with the items after it they make the row's weight, it is the first item.
 */
function leadAsItem(
  ast: RuleAst,
  clauses: readonly Clause[],
  stated: readonly Decimal[],
  weight: Decimal,
  text: string,
): WeightReading | null {
  // (`查看相关文件资料。…`: how the row is checked may come first.)
  const first = clauses.find((c) => c.type !== 'description' || c.hasNumber);
  if (first?.type !== 'stated' || first.points.eq(weight)) return null;
  const items =
    ast.kind === 'checklist' && ast.mode === 'items'
      ? ast.items
      : ast.kind === 'checklist' && ast.mode === 'yesno' && givesNothing(ast.no)
        ? [{ n: 1, marker: itemMarker(1), desc: ast.question, points: ast.yes }]
        : null;
  if (items === null || ast.kind !== 'checklist' || ('none' in ast && ast.none !== undefined)) return null;
  const worth = items.map((i) => (i.points?.type === 'points' ? i.points.points : null));
  if (worth.some((w) => w === null || !w.gt(0))) return null;
  const rest = Decimal.sum(...(worth as Decimal[]));
  if (!first.points.plus(rest).eq(weight) || !stated.every((w) => w.eq(first.points) || w.eq(rest)))
    return null;
  const desc = text
    .slice(first.span[0], first.span[1])
    .replace(/[(（]?\s*\d+(\.\d+)?\s*分\s*[)）]?$/, '')
    .replace(/^[^\u4e00-\u9fff]*/, '');
  if (desc.length <= 1) return null;
  const lead: ChecklistItem = { n: 1, marker: '', desc, points: { type: 'points', points: first.points } };
  return {
    ast: { kind: 'checklist', mode: 'items', items: renumber([lead, ...items]) },
    how: `“${desc}”与其后各条分值之和为本项分值${weight.toString()}分，按满足的各条计分`,
  };
}

/**
 * Parts each a rule of its own whose worths add up past the weight:
 * - a title worth the weight before parts worth it together (`完整性,3分。完整率达100%,得3分;达80%,得2分…`)
 *   → the parts after it;
 * - yes/no parts, each giving its points or nothing (`学历为大专及以上 5⏎学历为中专 2⏎学历为高中 1`), read as
 *   the items of a checklist → alternatives, as items are.
 */
function partsByWeight(
  parts: readonly RulePart[],
  stated: readonly Decimal[],
  weight: Decimal,
  text: string,
): WeightReading | null {
  const sum = Decimal.sum(...parts.map((p) => p.worth));
  if (sum.eq(weight) || stated.some((w) => !w.eq(sum) && !w.eq(weight))) return null;
  const [first, ...rest] = parts;
  const title =
    first.ast.kind === 'checklist' &&
    first.ast.mode === 'yesno' &&
    givesNothing(first.ast.no) &&
    !/\d/.test(first.ast.question) &&
    first.ast.question.replace(/^[^\u4e00-\u9fff]*[、.)）]/, '').length <= HEADING_LENGTH;
  if (title && first.worth.eq(weight) && Decimal.sum(...rest.map((p) => p.worth)).eq(weight))
    return {
      ast: rest.length === 1 ? rest[0].ast : { kind: 'composite', form: 'parts', parts: rest },
      how: `首条为本项总分（${weight.toString()}分），按其后各条计分`,
    };
  const items = parts.map((p, k) =>
    p.ast.kind === 'checklist' && p.ast.mode === 'yesno' && givesNothing(p.ast.no)
      ? { n: k + 1, marker: itemMarker(k + 1), desc: p.ast.question, points: p.ast.yes }
      : null,
  );
  if (items.some((i) => i === null)) return null;
  return readByWeight(
    { kind: 'checklist', mode: 'items', items: items as ChecklistItem[] },
    stated,
    weight,
    text,
  );
}

/**
 * `进行安全排查,得1.5分;进行改造维修,得1.5分;没有进行安全排查和改造维修,不得分` on a row of 3: levels whose
 * points add up to the weight, none of them worth it alone, are parts each earned — the bottom level, giving
 * nothing, is none of them. Never levels of a grade scale (`优秀/良好/合格` may add up to the weight by chance).
 */
function levelsAsParts(
  ast: Extract<RuleAst, { kind: 'grade' }>,
  stated: readonly Decimal[],
  weight: Decimal,
): WeightReading | null {
  const paid = ast.levels.filter((l) => l.outcome.type === 'points');
  const rest = ast.levels.filter((l) => l.outcome.type !== 'points');
  if (paid.length < 2 || rest.length > 1 || rest.some((l) => !givesNothing(l.outcome))) return null;
  const worth = paid.map((l) => (l.outcome.type === 'points' ? l.outcome.points : new Decimal(0)));
  if (!Decimal.sum(...worth).eq(weight) || worth.some((w) => w.gte(weight) || !w.gt(0))) return null;
  if (stated.some((w) => !w.eq(weight))) return null;
  // (Words of two characters or more: `有`, `是` of a yes/no scale sit inside any words.)
  const graded = (name: string) =>
    LEVEL_SETS.flat().some((w) => w.length >= 2 && name.includes(w)) ||
    LEVEL_DEGREE_WORDS.some((w) => name.includes(w));
  if (ast.levels.some((l) => graded(l.level))) return null;
  return {
    ast: {
      kind: 'checklist',
      mode: 'items',
      items: paid.map((l, k) => ({ n: k + 1, marker: itemMarker(k + 1), desc: l.level, points: l.outcome })),
      ...(rest.length === 1 ? { none: rest[0].level } : {}),
    },
    how: `各条分值之和为本项分值${weight.toString()}分，按满足的各条计分`,
  };
}

/**
 * The first item reads as a heading: a title (`领导重视(10分)`), its points closed by a colon
 * (`清洁整齐记5分:设备整洁3分…`), or the next item opening with 其中.
 */
function headed(items: ChecklistItem[], text: string): boolean {
  const [first, second] = items;
  if (first.desc.replace(/^[^\u4e00-\u9fff]*[、.)）]/, '').length <= HEADING_LENGTH) return true;
  if (PARTS_LEADS.some((w) => second.desc.startsWith(w))) return true;
  const points = first.points?.type === 'points' ? first.points.points.toString() : '';
  return new RegExp(`(?<![\\d.])${points.replace('.', '\\.')}分\\)?:`).test(compactText(text));
}

/** `考核结果为“差”,该指标为` → `考核结果为差`: the level as a note names it (quotes and the row's name dropped). */
function levelName(desc: string): string {
  return desc.replace(/[“”"]/g, '').replace(ROW_NAMED_LAST_RE, '');
}

function renumber(items: ChecklistItem[]): ChecklistItem[] {
  return items.map((i, k) => ({ ...i, n: k + 1, marker: itemMarker(k + 1) }));
}
