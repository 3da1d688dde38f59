/** Definitions as 指标解释 write them: read into a tree, evaluated in decimal, shown with their numbers. */
import Decimal from 'decimal.js';
import { evaluate, namesIn, render } from '../../../src/core/arithmetic';
import { findDefinitions, parseExpression } from '../../../src/core/derive';

/** Each name's value, as `evaluate` looks it up. */
const values = (entries: Record<string, number | string>) => {
  const map = new Map(Object.entries(entries).map(([k, v]) => [k, new Decimal(v)]));
  return (name: string) => map.get(name);
};

describe('definitions in a 指标解释', () => {
  it('finds the definition after the prose, without ×100%, as a rate', () => {
    const [d] = findDefinitions(
      '部门本年度实际在职人员数与编制数的比率，用以反映和考核部门对人员成本的控制程度。\n在职人员控制率=（在职人员数/编制数）×100%。',
    );
    expect(d.name).toBe('在职人员控制率');
    expect(d.rate).toBe(true);
    expect(namesIn(d.expr)).toEqual(['在职人员数', '编制数']);
    expect(evaluate(d.expr, values({ 在职人员数: 43, 编制数: 45 }))?.toFixed(6)).toBe('0.955556');
  });

  it('reads square brackets, quotes in names and a subtraction', () => {
    const [d] = findDefinitions(
      '“三公经费”变动率=[(本年度“三公经费”总额-上年度“三公经费”总额)/上年度“三公经费”总额]×100%',
    );
    expect(d.name).toBe('三公经费变动率');
    expect(namesIn(d.expr)).toEqual(['本年度三公经费总额', '上年度三公经费总额']);
    const v = values({ 本年度三公经费总额: 0.68, 上年度三公经费总额: 0.64 });
    expect(evaluate(d.expr, v)?.toString()).toBe('0.0625');
    expect(render(d.expr, (e) => (e.kind === 'num' ? e.text : v(e.name)!.toString()), '/')).toBe(
      '(0.68-0.64)/0.64',
    );
  });

  it('reads ÷ and × without brackets, full-width signs, and an absolute value', () => {
    const [a] = findDefinitions('预算执行率＝实际支出÷预算数×100％');
    expect(a.rate).toBe(true);
    expect(evaluate(a.expr, values({ 实际支出: 90, 预算数: 120 }))?.toString()).toBe('0.75');
    const [b] = findDefinitions('预算编制准确率=（1-|执行数-预算数|/预算数）×100%');
    expect(evaluate(b.expr, values({ 执行数: 110, 预算数: 100 }))?.toString()).toBe('0.9');
  });

  it('keeps digits that belong to a name and drops a closing remark', () => {
    const [d] = findDefinitions('增长率=(2023年收入-2022年收入)/2022年收入×100%（以决算为准）');
    expect(namesIn(d.expr)).toEqual(['2023年收入', '2022年收入']);
  });

  it('a plain quantity (no 率, no %) is not a rate', () => {
    const [d] = findDefinitions('人均公用经费=公用经费总额/在职人数');
    expect(d.rate).toBe(false);
  });

  it('is not fooled by score formulas, comparisons or prose', () => {
    expect(findDefinitions('得分=预算执行率×分值')).toEqual([]);
    expect(findDefinitions('支付进度率=100%，得2分')).toEqual([]);
    expect(findDefinitions('部门本年度预算完成数与预算数的比率。')).toEqual([]);
    expect(parseExpression('(A/B')).toBeNull();
    expect(parseExpression('A B')).toBeNull();
  });

  it('returns null on a division by zero', () => {
    const [d] = findDefinitions('控制率=A/B×100%');
    expect(evaluate(d.expr, values({ A: 1, B: 0 }))).toBeNull();
  });
});
