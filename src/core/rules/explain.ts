/** The rule as understood, restated in plain Chinese, so a person can check what the parser read. */
import { formatPlain } from '../numberText';
import type { StepMode } from '../settings';
import { type RuleAst, unitOf } from './ast';
import { conditionText, outcomeText, valueText } from './outcomes';

const STEP_MODE_TEXT: Readonly<Record<StepMode, string>> = {
  prorata: '不足一档按比例计',
  ceil: '不足一档按一档计',
  floor: '不足一档不扣',
};

export function explainRule(ast: RuleAst, steps: StepMode): string {
  switch (ast.kind) {
    case 'bands': {
      const parts = ast.bands.map((b) => `${conditionText(b.cond)}${outcomeText(b.outcome, ast.subject)}`);
      if (ast.otherwise) parts.push(`其他情况${outcomeText(ast.otherwise, ast.subject)}`);
      return `${ast.subject ? `按${ast.subject}分档：` : '分档计分：'}${parts.join('；')}`;
    }
    case 'linear':
    case 'twosided': {
      const pct = ast.value.type === 'rate';
      const unit = unitOf(ast.value);
      const v = (d: Parameters<typeof valueText>[0]) => valueText(d, pct, unit);
      const limit = ast.maxDeduct ? `，最多扣${formatPlain(ast.maxDeduct)}分` : '';
      if (ast.value.type === 'delay') {
        const step = ast.steps[0];
        return `按时完成${outcomeText(ast.base)}；每${ast.subject}${v(step.size)}扣${formatPlain(step.amount)}分（${STEP_MODE_TEXT[steps]}）${limit}，最低0分`;
      }
      const head = `${ast.subject}${conditionText(ast.threshold)}${outcomeText(ast.base)}`;
      const up = ast.steps.find((s) => s.dir === 'up');
      const down = ast.steps.find((s) => s.dir === 'down');
      const stepText = (s: typeof up, side: string, per: string) =>
        s ? `${side}${v(ast.target)}时每${per}${v(s.size)}扣${formatPlain(s.amount)}分` : '';
      const body =
        up && down && up.size.eq(down.size) && up.amount.eq(down.amount)
          ? `偏离${v(ast.target)}时每偏离${v(up.size)}扣${formatPlain(up.amount)}分`
          : [stepText(up, '高于', '超过'), stepText(down, '低于', '降低')].filter((s) => s !== '').join('，');
      const overrides = ast.overrides
        .map((b) => `；${conditionText(b.cond)}${outcomeText(b.outcome)}`)
        .join('');
      return `${head}；${body}（${STEP_MODE_TEXT[steps]}）${limit}，最低0分${overrides}`;
    }
    case 'proportional':
      return `得分=分值×${ast.subject || '完成比例'}（超过100%按100%计，最低0分）`;
    case 'checklist':
      if (ast.mode === 'yesno')
        return `${ast.question ? `${ast.question}：` : ''}是${outcomeText(ast.yes)}，否${outcomeText(ast.no)}`;
      if (ast.mode === 'missing') {
        const limit = ast.maxDeduct ? `，最多扣${formatPlain(ast.maxDeduct)}分` : '';
        return `共${ast.items.length}项（${ast.items.map((i) => `${i.marker}${i.desc}`).join('；')}），每少一项扣${formatPlain(ast.amount)}分${limit}，最低0分`;
      }
      return `按满足的条目计分：${ast.items.map((i) => `${i.marker}${i.desc}${i.points ? outcomeText(i.points) : ''}`).join('；')}`;
    case 'perissue': {
      const limit = ast.maxDeduct ? `，最多扣${formatPlain(ast.maxDeduct)}分` : '';
      const base = ast.base.type === 'full' ? '' : `未发现问题${outcomeText(ast.base)}，`;
      return `${base}每发现一${ast.unitWord}问题扣${formatPlain(ast.amount)}分${limit}，最低0分${ast.checkpoints.length > 0 ? `（检查要点${ast.checkpoints.length}条）` : ''}`;
    }
    case 'grade':
      return `按等级计分：${ast.levels.map((l) => `${l.level}${outcomeText(l.outcome)}`).join('；')}`;
    case 'manual':
      switch (ast.reason) {
        case 'empty':
          return '无评分标准';
        case 'description':
          return '评分标准为说明性文字，没有可计算的规则，由评分人评分';
        case 'discretionary':
          return '评分标准要求酌情评定，由评分人评分';
        case 'unparsed':
          return '未能完全读懂评分标准，由评分人评分';
      }
  }
}
