/** The rule as understood, restated in plain Chinese, so a person can check what the parser read. */
import type Decimal from 'decimal.js';
import { itemMarker } from '../inputs';
import { formatPlain } from '../numberText';
import type { StepMode } from '../settings';
import { type Band, type FaultPart, type RuleAst, unitOf } from './ast';
import { exprText } from './formula';
import { amountText, conditionText, deductionSpanText, outcomeText, valueText } from './outcomes';
import { COUNTED_NAME_ENDINGS, TIME_UNITS } from '../vocabulary/rules';

const STEP_MODE_TEXT: Readonly<Record<StepMode, string>> = {
  prorata: '不足一档按比例计',
  ceil: '不足一档按一档计',
  floor: '不足一档不扣',
};

const limitText = (max: Decimal | null) => (max ? `，最多扣${formatPlain(max)}分` : '');
/** The standard a count of breaches is taken against: its numbers say what counts, not what is scored. */
const standardsText = (standards: string[]) =>
  standards.length > 0 ? `；检查标准：${standards.join('；')}（按不符合标准的次数扣分）` : '';
const overridesText = (bands: Band[]) =>
  bands.map((b) => `；${conditionText(b.cond)}${outcomeText(b.outcome)}`).join('');

export function explainRule(ast: RuleAst, steps: StepMode): string {
  switch (ast.kind) {
    case 'bands': {
      const parts = ast.bands.map((b) => `${conditionText(b.cond)}${outcomeText(b.outcome, ast.subject)}`);
      if (ast.otherwise) parts.push(`其他情况${outcomeText(ast.otherwise, ast.subject)}`);
      if (ast.absent) parts.push(`${ast.absent.words}${outcomeText(ast.absent.outcome)}`);
      return `${ast.subject ? `按${ast.subject}分档：` : '分档计分：'}${parts.join('；')}`;
    }
    case 'linear':
    case 'twosided': {
      const pct = ast.value.type === 'rate';
      const unit = unitOf(ast.value);
      const v = (d: Decimal) => valueText(d, pct, unit);
      if (ast.fromTarget) {
        const s = ast.steps.find((x) => !x.bonus) ?? ast.steps[0];
        const b = ast.steps.find((x) => x.bonus);
        const bonus = b
          ? `；超过时每多${v(b.size)}加${formatPlain(b.amount)}分${ast.maxBonus === undefined ? '' : `，最多加${formatPlain(ast.maxBonus)}分`}（加分超过分值的由评分人评定）`
          : '';
        const standard = ast.standardElsewhere
          ? '标准值（评分标准未写明，按指标值或所填差距）'
          : '年度指标值';
        return `达到${standard}${outcomeText(ast.base)}；未达到时每差${v(s.size)}扣${amountText(s.amount, s.ofWeight)}（${STEP_MODE_TEXT[steps]}）${limitText(ast.maxDeduct)}，最低0分${bonus}${overridesText(ast.overrides)}`;
      }
      const { lower, upper } = ast.threshold;
      const head = `${ast.subject}${conditionText(ast.threshold)}${outcomeText(ast.base)}`;
      const up = ast.steps.find((s) => s.dir === 'up');
      const down = ast.steps.find((s) => s.dir === 'down');
      const per = (s: NonNullable<typeof up>) =>
        `${v(s.size)}${s.bonus ? '加' : '扣'}${amountText(s.amount, s.ofWeight)}`;
      const window = lower !== null && upper !== null && !lower.value.eq(upper.value);
      const stepText = (s: typeof up, side: string, bound: Decimal | undefined, word: string) =>
        s && bound ? `${side}${v(bound)}时每${word}${per(s)}` : '';
      const same =
        up &&
        down &&
        up.size.eq(down.size) &&
        up.amount.eq(down.amount) &&
        up.ofWeight === down.ofWeight &&
        up.bonus === down.bonus;
      const body = same
        ? window
          ? `超出该区间时每偏离${per(up)}`
          : `偏离${v((lower ?? upper)!.value)}时每偏离${per(up)}`
        : [
            stepText(up, '高于', upper?.value ?? lower?.value, '超过'),
            stepText(down, '低于', lower?.value ?? upper?.value, '降低'),
          ]
            .filter((s) => s !== '')
            .join('，');
      const ceiling = ast.ceilingStated ? '，最高不超过分值' : '';
      const bonusCap = ast.maxBonus === undefined ? '' : `，最多加${formatPlain(ast.maxBonus)}分`;
      return `${head}；${body}（${STEP_MODE_TEXT[steps]}）${bonusCap}${limitText(ast.maxDeduct)}，最低0分${ceiling}${overridesText(ast.overrides)}`;
    }
    case 'deadline': {
      const s = ast.step;
      return `按时完成${outcomeText(ast.base)}；每延期${formatPlain(s.size)}${ast.unit}扣${amountText(s.amount, s.ofWeight)}（${STEP_MODE_TEXT[steps]}）${limitText(ast.maxDeduct)}，最低0分${overridesText(ast.overrides)}`;
    }
    case 'proportional':
      return ast.above
        ? `得分=分值×${ast.subject || '完成比例'}（最低0分）；超过100%时每超过${formatPlain(ast.above.size)}%加${formatPlain(ast.above.amount)}分，加分后超过分值的由评分人评分`
        : `得分=分值×${ast.subject || '完成比例'}（超过100%按100%计，最低0分）`;
    case 'formula':
      // (A count or amount, `违反规定次数`, is taken as it is; only a rate is a decimal.)
      return `得分=${exprText(ast.expr)}${
        COUNTED_NAME_ENDINGS.some((e) => ast.subject.endsWith(e))
          ? ''
          : `（${ast.subject}按小数计${ast.atMost100 ? '，超过100%按100%计' : ''}）`
      }，结果在0至分值之间${overridesText(ast.overrides)}`;
    case 'bonus': {
      const cap = ast.cap ? `，最多加${formatPlain(ast.cap)}分` : '';
      const started = steps === 'ceil' ? `（${STEP_MODE_TEXT.ceil}）` : '';
      const listed =
        ast.listed !== undefined
          ? `（评分标准列有${ast.listed.length}项）`
          : ast.items !== undefined
            ? `（共${ast.items}${ast.unit ?? '项'}）`
            : '';
      const met = ast.eachMet ? '，未达到的不加分' : '';
      return `${ast.words ? `${ast.words}：` : ''}每${ast.growth === 'up' ? '增长' : ast.growth === 'down' ? '降低' : ''}${formatPlain(ast.size)}${ast.unit ?? '项'}加${formatPlain(ast.amount)}分${met}${started}${cap}，不超过分值${listed}`;
    }
    case 'rank': {
      const lead = ast.bottom ? '倒数' : '';
      const runs = ast.ranks.map(
        (r) =>
          `${lead}${r.from === r.to ? `第${r.from}名` : r.to === Infinity ? `第${r.from}名及以${ast.bottom ? '上' : '后'}` : `第${r.from}至${r.to}名`}${outcomeText(r.outcome)}`,
      );
      const rest = ast.step
        ? `此后每${ast.bottom ? '高' : '低'}1名扣${amountText(ast.step.amount, ast.step.ofWeight)}，最低0分`
        : ast.otherwise
          ? `其他名次${outcomeText(ast.otherwise)}`
          : everyRank(ast.ranks)
            ? null
            : '其他名次由评分人评定';
      return `按${lead}名次计分：${[...runs, ...(rest === null ? [] : [rest])].join('；')}`;
    }
    case 'checklist':
      if (ast.mode === 'yesno')
        return `${ast.question ? `${ast.question}：` : ''}是${outcomeText(ast.yes)}，否${outcomeText(ast.no)}`;
      if (ast.mode === 'missing')
        return `共${ast.items.length}项（${ast.items.map((i) => `${i.marker}${i.desc}`).join('；')}），每少一项扣${formatPlain(ast.amount)}分${limitText(ast.maxDeduct)}，最低0分`;
      return `按满足的条目计分：${ast.items.map((i) => `${i.marker || `(${i.n})`}${i.desc}${i.points ? outcomeText(i.points) : ''}`).join('；')}`;
    case 'perissue': {
      const base = ast.base.type === 'full' ? '' : `未发现问题${outcomeText(ast.base)}，`;
      const per = ast.size.eq(1) ? `一${ast.unitWord}` : `${formatPlain(ast.size)}${ast.unitWord}`;
      const vetoes = ast.vetoes.map((v) => `；${v}不得分（一票否决，实际值写明时适用）`).join('');
      // (`每少半小时扣2分`, `每少一次扣1分`: a time, or a shortfall, is no number of problems found.)
      const counted = ast.shortfall
        ? `少${per}`
        : TIME_UNITS.includes(ast.unitWord)
          ? `${formatPlain(ast.size)}${ast.unitWord}`
          : `发现${per}${ast.qualified ? `“${ast.found}”` : '问题'}`;
      return `${base}每${counted}扣${formatPlain(ast.amount)}分${limitText(ast.maxDeduct)}，最低0分${overridesText(ast.overrides)}${vetoes}${ast.checkpoints.length > 0 ? `（检查要点${ast.checkpoints.length}条）` : ''}${standardsText(ast.standards)}`;
    }
    case 'composite': {
      if (ast.form === 'bonuses')
        return `按加分项计分：${ast.parts.map((p) => `${p.label}${p.perOccurrence ? `每${p.counter ?? '项'}` : ''}加${formatPlain(p.amount as Decimal)}分${p.cap ? `，最多加${formatPlain(p.cap)}分` : ''}`).join('；')}${ast.cap ? `，加分最多${formatPlain(ast.cap)}分` : ''}${ast.oncePerItem ? `；同一${ast.oncePerItem}只按最高一项计` : ''}`;
      if (ast.form === 'measures')
        return `分项计分（各项从满分扣起，合计扣分，最低0分）：${[...ast.parts.map((p) => p.ast), ...(ast.faults ? [ast.faults] : [])].map((a) => explainRule(a, steps)).join('；')}`;
      if (ast.form === 'parts')
        return `分项计分（各项${ast.parts.map((p) => `${formatPlain(p.worth)}分`).join('、')}，合计得分）：${ast.parts.map((p, k) => `${itemMarker(k + 1)}${explainRule(p.ast, steps)}`).join('；')}`;
      const base = ast.base.type === 'full' ? '满分起' : `${outcomeText(ast.base).replace(/^得/, '')}起`;
      const each = (p: FaultPart) =>
        p.perOccurrence
          ? `每${p.shortfall ? '少' : ''}${formatPlain(p.size)}${p.unit ?? p.counter ?? (p.shortfall ? '项' : '处')}`
          : '';
      const parts = ast.parts.map(
        (p) =>
          `${p.marker}${p.label}${p.span ? `${each(p)}${deductionSpanText(p.span)}（由评分人评定）` : p.amount === null ? '不得分' : `${each(p)}扣${amountText(p.amount, p.ofWeight)}`}${p.beyond ? '，另追加扣分（由评分人评定）' : ''}${limitText(p.cap)}`,
      );
      if (ast.choice) return `按所选选项计分：${ast.clean}${outcomeText(ast.base)}；${parts.join('；')}`;
      return `按扣分项计分：${base}；${parts.join('；')}${limitText(ast.maxDeduct)}，最低0分${standardsText(ast.standards)}`;
    }
    case 'grade':
      return `按等级计分：${ast.levels.map((l) => `${l.level}${outcomeText(l.outcome)}`).join('；')}${ast.highest ? '；各档不累加，按所达最高一档计分' : ''}`;
    case 'manual':
      switch (ast.reason) {
        case 'empty':
          return '无评分标准';
        case 'description':
          return '评分标准为说明性文字，没有可计算的规则，由评分人评分';
        case 'discretionary':
          return '评分标准要求评分人酌情评定，由评分人评分';
        case 'unparsed':
          return '未能完全读懂评分标准，由评分人评分';
      }
  }
}

/** `前5名…,6-10名…,11名以后…`: the runs listed, in order, leave no rank out. */
function everyRank(ranks: readonly { from: number; to: number }[]): boolean {
  return (
    ranks.every((r, n) => r.from === (n === 0 ? 1 : ranks[n - 1].to + 1)) &&
    ranks[ranks.length - 1].to === Infinity
  );
}
