/**
 * Phrasings a real 评分表 uses that are not in the shared corpus, with scores worked out by hand.
 * [rule, weight, input, expected score, expected kind]
 */
import { parseRule } from '../../../src/core/rules';
import { score } from './score';

const VARIANTS: [string, number, string, number, string][] = [
  // bands
  ['项目按期完成率100%以上得5分，90%（含）-100%得3分，90%以下不得分', 5, '100%', 5, 'bands'],
  ['项目按期完成率100%以上得5分，90%（含）-100%得3分，90%以下不得分', 5, '95%', 3, 'bands'],
  ['项目按期完成率100%以上得5分，90%（含）-100%得3分，90%以下不得分', 5, '89%', 0, 'bands'],
  ['群众满意度达到95%及以上的得4分；85%（含）-95%的得3分；低于85%的得1分', 4, '95%', 4, 'bands'],
  ['群众满意度达到95%及以上的得4分；85%（含）-95%的得3分；低于85%的得1分', 4, '90%', 3, 'bands'],
  ['群众满意度达到95%及以上的得4分；85%（含）-95%的得3分；低于85%的得1分', 4, '80%', 1, 'bands'],
  ['偏差率≤5%得满分，5%＜偏差率≤10%得一半分值，偏差率＞10%不得分', 6, '8%', 3, 'bands'],
  ['覆盖率≥98%，得2分；否则不得分', 2, '97%', 0, 'bands'],
  ['覆盖率≥98%，得2分；否则不得分', 2, '98%', 2, 'bands'],
  ['受益人数≥500人，得3分；300人（含）-500人，得2分；＜300人，得0分', 3, '420人', 2, 'bands'],
  ['执行率大于等于90%得2分，小于90%得0分', 2, '90%', 2, 'bands'],
  ['满意度≥90%得满分，80%-90%得一半分，<80%不得分', 4, '85%', 2, 'bands'],
  // a bare value is reached (≥); a lone band leaves nothing for an input outside it
  ['资金到位率100%的得5分，低于100%的按比例得分', 5, '80%', 4, 'bands'],
  ['资金到位率100%的得5分，低于100%的按比例得分', 5, '100%', 5, 'bands'],
  ['预算执行率≥100%，得2分', 2, '95%', 0, 'bands'],
  ['项目完成率达到100%的，得满分；未达到的，按完成率乘以分值计算得分', 10, '85%', 8.5, 'bands'],
  // counted bands: a bare count is that number exactly
  ['发现0个问题得2分，发现1个问题得1分，2个及以上不得分', 2, '1', 1, 'bands'],
  ['发现0个问题得2分，发现1个问题得1分，2个及以上不得分', 2, '发现3个问题', 0, 'bands'],
  ['发现0个问题得2分，发现1个问题得1分，2个及以上不得分', 2, '无', 2, 'bands'],
  // ± reads the absolute value
  ['偏差率在±5%以内得满分，超过±10%不得分，其他得1分', 2, '-12%', 0, 'bands'],
  ['偏差率在±5%以内得满分，超过±10%不得分，其他得1分', 2, '-4%', 2, 'bands'],
  ['偏差率在±5%以内得满分，超过±10%不得分，其他得1分', 2, '8%', 1, 'bands'],
  // linear
  ['完成率达到100%的，得满分；每降低10个百分点扣1分', 5, '85%', 3.5, 'linear'],
  ['资金到位率不低于95%，得4分；每少1个百分点扣0.5分，扣完为止', 4, '93%', 3, 'linear'],
  ['预算调整率不高于5%得3分，每超过1个百分点扣0.5分，扣完为止', 3, '7.5%', 1.75, 'linear'],
  ['单位成本控制率≤100%，得2分；每超出1%，扣0.2分，扣完为止', 2, '104%', 1.2, 'linear'],
  ['验收合格率≥98%，得3分；每降低1%，扣0.5分；最低0分', 3, '97%', 2.5, 'linear'],
  ['≥90%，得5分；每降低1%，扣0.5分，扣完为止。', 5, '88.5%', 4.25, 'linear'],
  ['培训人次≥200人次，得2分；每少20人次扣0.5分，扣完为止', 2, '160人次', 1, 'linear'],
  ['资产盘点率100%得2分，每下降1%扣0.1分', 2, '95％', 1.5, 'linear'],
  ['偏差率在±5%以内得满分，每超出1个百分点扣0.5分', 2, '-7%', 1, 'linear'],
  ['偏差率在±5%以内得满分，每超出1个百分点扣0.5分', 2, '7%', 1, 'linear'],
  // a definition of the rate is read past, not taken for a condition
  [
    '预算编制准确率=（1-|执行数-预算数|/预算数）×100%，准确率≥95%得满分，每降低1%扣0.5分',
    3,
    '93%',
    2,
    'linear',
  ],
  // deadlines: linear from no delay, the on-time points as base
  ['项目按计划完成的得满分，每延期一个月扣1分', 3, '2', 1, 'deadline'],
  ['项目按计划完成的得满分，每延期一个月扣1分', 3, '延期2个月', 1, 'deadline'],
  ['项目按计划完成的得满分，每延期一个月扣1分', 3, '按时', 3, 'deadline'],
  ['在规定时间内完成的，得2分；超过规定时间的，每超过1天扣0.1分', 3, '超过5天', 1.5, 'deadline'],
  ['在规定时间内完成的，得2分；超过规定时间的，每超过1天扣0.1分', 3, '0', 2, 'deadline'],
  // a fraction of the weight written as a bare percentage
  ['执行率（X）：X≥95%得满分；90%≤X＜95%得80%；85%≤X＜90%得60%；X＜85%不得分', 5, '92%', 4, 'bands'],
  // two-sided
  ['预算执行率=100%，得2分；每超过（降低）5%，扣0.5分，扣完为止', 2, '95%', 1.5, 'twosided'],
  ['执行进度=100%得3分，每上下浮动1个百分点扣0.2分', 3, '103%', 2.4, 'twosided'],
  // proportional
  ['得分=完成率×分值', 6, '75%', 4.5, 'proportional'],
  ['按执行率×分值计分，超过100%的按100%计算', 6, '110%', 6, 'proportional'],
  // checklist
  ['①制度健全，得1分；②执行有效，得1分；③档案完整，得1分', 3, '①②', 2, 'checklist'],
  ['(1)有年度工作计划，得2分；(2)有考核办法，得1分', 3, '2', 1, 'checklist'],
  ['是否按时报送绩效自评报告，是得1分，否不得分', 1, '是', 1, 'checklist'],
  ['①按时报送；②资料完整；③数据准确。每缺少一项扣1分，扣完为止', 3, '③', 1, 'checklist'],
  // per issue
  ['每发现一起违规问题扣1分，扣完为止', 3, '发现2起问题', 1, 'perissue'],
  ['未发生违规违纪情况得2分，每发现一例扣1分', 2, '1', 1, 'perissue'],
  ['资金使用合规，无截留、挤占、挪用等情况的得满分；发现一处扣1分，扣完为止', 4, '2处', 2, 'perissue'],
  // the clean result's points are the base, not the weight
  ['未发生违规违纪情况得2分，每发现一例扣1分', 3, '无', 2, 'perissue'],
  ['每发现一笔不合规支出扣0.5分，扣完为止', 2, '3笔', 0.5, 'perissue'],
  ['①资金是否专款专用；②是否存在挤占挪用。每发现一项问题扣0.5分，扣完为止', 2, '3', 0.5, 'perissue'],
  // grade
  ['优秀得5分，良好得4分，中等得3分，较差得1分，差不得分', 5, '中等', 3, 'grade'],
  ['全部完成得4分，基本完成得2分，未完成不得分', 4, '基本完成', 2, 'grade'],
  ['满意得2分，基本满意得1分，不满意不得分', 2, '基本满意', 1, 'grade'],
  // states named in the rule's own words: alternatives when one gives nothing, or when level words repeat
  ['按时完成得2分，延迟完成得1分，未完成得0分', 2, '延迟完成', 1, 'grade'],
  ['有制度且执行有效得2分，有制度未执行得1分，无制度不得分', 2, '有制度未执行', 1, 'grade'],
  ['项目按期完成得2分，未按期完成不得分', 2, '是', 2, 'grade'],
  ['项目按期完成得2分，未按期完成不得分', 2, '未按期完成', 0, 'grade'],
];

describe('phrasings beyond the corpus', () => {
  it.each(VARIANTS)('%s (分值 %s) with %s scores %s as %s', (rule, weight, input, expected, kind) => {
    const r = score(rule, weight, input);
    expect(r.unparsed).toEqual([]);
    expect(r.kind).toBe(kind);
    expect(r.score?.toNumber() ?? null).toBe(expected);
  });
});

describe('what the parser could not place', () => {
  it('names the words it could not read and leaves the row to the person', () => {
    const r = score('预算完成率≥95%，得3分；每降低5%，扣1分；若出现重大失误则倒扣5分', 3, '92%');
    expect(r.kind).toBe('manual');
    expect(r.status).toBe('manual');
    expect(r.score).toBeNull();
    expect(r.unparsed.join(' ')).toContain('重大失误');
    expect(r.issues.map((i) => i.code)).toEqual(['unparsed-rule']);
    expect(r.issues[0].message).toContain('重大失误');
  });

  it('quotes the person’s own (full-width) spelling of what it could not place', () => {
    const r = score('完成率≥９０％得３分；每出现一次重大舆情倒扣２分', 3, '95%');
    expect(r.kind).toBe('manual');
    expect(r.unparsed.join('')).toContain('２');
  });

  it('treats a description without scoring words as a manual row, without complaint', () => {
    const r = score(
      '此指标为设置部门整体支出绩效评价指标时必须考虑的共性要素，可根据部门实际有选择的进行设置。',
      5,
      '较好',
    );
    expect(r.kind).toBe('manual');
    expect(r.status).toBe('manual');
    expect(r.issues).toEqual([]);
    expect(r.unparsed).toEqual([]);
  });

  it('understands 酌情 as the person’s call', () => {
    const r = score('根据项目实施效果酌情扣分', 10, '良好');
    expect(r.kind).toBe('manual');
    expect(r.issues).toEqual([]);
    expect(r.explain).toContain('酌情');
  });
});

describe('notes for the new readings say what was done', () => {
  it('says a negative deviation was measured by its absolute value', () => {
    expect(score('偏差率在±5%以内得满分，每超出1个百分点扣0.5分', 2, '-7%').note).toContain(
      '偏差率-7.00%，绝对值高于5%标准2.00个百分点',
    );
  });

  it('says how long the delay was and what it cost', () => {
    const r = score('项目按计划完成的得满分，每延期一个月扣1分', 3, '延期2个月');
    expect(r.note).toBe('延期2个月，按每延期1个月扣1分计扣2.00分，得1.00分');
    expect(r.explain).toBe('按时完成得满分；每延期1个月扣1分（不足一档按比例计），最低0分');
  });

  it('keeps unnumbered conditions that all give points as items to add up', () => {
    const r = score('建立健全内部控制制度得1分；制度执行有效得1分', 2, '①');
    expect(r.kind).toBe('checklist');
    expect(r.score?.toNumber()).toBe(1);
  });

  it('says which condition a lone band’s input missed', () => {
    expect(score('预算执行率≥100%，得2分', 2, '95%').note).toBe('预算执行率95.00%，未达到“≥100%”，得0.00分');
  });
});

describe('explain restates the rule in plain Chinese', () => {
  it.each([
    [
      '预算完成率≥95%，得3分；每降低5%，扣1分，扣完为止。',
      ['预算完成率', '≥95%', '得3分', '低于95%时每降低5%扣1分', '按比例', '最低0分'],
    ],
    ['支付进度率=100%，得2分；每超过（降低）5%，扣0.5分', ['=100%', '偏离100%时每偏离5%扣0.5分']],
    [
      '重点支出安排率≥90%，得3分；80%（含）-90%，得2分；＜80%，得0分',
      ['≥90%得3分', '80%（含）至90%（不含）得2分', '<80%不得分'],
    ],
    ['得分=预算执行率×分值。', ['分值×预算执行率', '超过100%按100%计']],
    ['①制度健全，得1分；②执行有效，得2分', ['①制度健全得1分', '②执行有效得2分']],
    ['每发现一类不合规问题，扣2分，扣完为止', ['每发现一类问题扣2分', '最低0分']],
    ['优秀计3分，良好计2分，合格计1分，不合格计0分', ['优秀得3分', '良好得2分', '不合格不得分']],
    ['是否按规定公开预决算信息，是得2分，否得0分', ['是得2分', '否不得分']],
    ['偏差率在±5%以内得满分，每超出1个百分点扣0.5分', ['偏差率绝对值≤5%得满分']],
    ['预算执行率≥100%，得2分', ['≥100%得2分', '其他情况不得分']],
    ['未发生违规违纪情况得2分，每发现一例扣1分', ['未发现问题得2分', '每发现一例问题扣1分']],
  ])('%s', (rule, parts) => {
    const explain = parseRule(rule).explain;
    for (const p of parts) expect(explain).toContain(p);
  });

  it('says how a started step counts under each step mode', () => {
    const R = '预算完成率≥95%，得3分；每降低5%，扣1分';
    expect(parseRule(R, 'ceil').explain).toContain('不足一档按一档计');
    expect(parseRule(R, 'floor').explain).toContain('不足一档不扣');
  });
});
