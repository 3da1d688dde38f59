import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import type { CellValue } from '../../../src/core/grid';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

function target(t: CellValue, actual: CellValue, weight: number, typed?: number) {
  return scoreRule({
    weight: new Decimal(weight),
    target: { value: t },
    input: { value: actual },
    typedScore: typed === undefined ? null : new Decimal(typed),
    name: '指标',
    settings: DEFAULT_SETTINGS,
  });
}
const pts = (r: ReturnType<typeof target>) => r.score?.toNumber() ?? null;

describe('target units the readers do not list', () => {
  it('compares a unit per something, or an unlisted measure word, as written', () => {
    expect(pts(target('<=5300元/户', '5830元/户', 10))).toBe(9);
    expect(pts(target('>=530元/人*月', '477元/人*月', 5))).toBe(4.5);
    expect(pts(target('550万粒', '425万粒', 8))).toBe(6.18);
    expect(pts(target('550万粒', '5500000粒', 8))).toBe(8);
    // ten thousand of a listed unit
    expect(pts(target('≥500亩', '0.03万亩', 10))).toBe(6);
    // a bare number is in the unit as the target writes it, 万 and all (was 28 亩 of 280,000: 0 points)
    expect(pts(target('≥28万亩', '28', 10))).toBe(10);
    expect(pts(target('≥21万亩', '19.5', 10))).toBe(9.29);
    expect(pts(target('550万粒', '425', 8))).toBe(6.18);
  });

  it('compares a unit in Latin letters as written (`80TB`), and reads `及其以下` as `及以下`', () => {
    expect(pts(target('80TB', '120TB', 10))).toBe(10);
    expect(pts(target('80TB', '60TB', 10))).toBe(7.5);
    expect(pts(target('80TB', '120GB', 10))).toBeNull();
    expect(pts(target('15%及其以下', '6.03%', 10))).toBe(10);
    expect(pts(target('90%及其以上', '81%', 10))).toBe(9);
  });

  it('refuses an actual in another unlisted unit, and warns of a listed one read as the target’s', () => {
    expect(pts(target('550万粒', '425万株', 8))).toBeNull();
    // a listed unit is no slip of the pen for an unlisted one (was 0 points)
    expect(target('550万粒', '100万元', 8).status).toBe('invalid-input');
    expect(target('80TB', '6座', 8).status).toBe('invalid-input');
    // a bound in words is no unit: `3年内` stays qualitative (was 2/3 of the weight for `2年`)
    expect(pts(target('3年内', '2年', 5))).toBeNull();
    // SPEC §5: a unit mismatch is suspicious-input
    const r = target('<=5300元/户', '5830元', 10);
    expect(r.issues.map((i) => i.code)).toContain('suspicious-input');
  });

  it('reads a bare target of none as =0, 无 as none against it, and ═ as =', () => {
    expect(pts(target('0起', '无', 5))).toBe(5);
    // (≥0 would be met by anything: was full marks)
    expect(pts(target('0起', '1起', 5))).toBe(0);
    expect(pts(target(0, 2, 5))).toBe(0);
    expect(pts(target('═100%', '98%', 10))).toBe(9.8);
  });
});

describe('targets of a deviation and lengths in Latin letters', () => {
  it('meets a ±N% target with a deviation either way within it, and leaves one beyond it to the person', () => {
    expect(pts(target('±3%以内', '2.5%', 10))).toBe(10);
    expect(pts(target('±3%以内', '-1.2%', 10))).toBe(10);
    expect(pts(target('±3%', '3%', 10))).toBe(10);
    const beyond = target('±3%以内', '4.5%', 10);
    expect(beyond.status).toBe('manual');
    expect(beyond.missedTarget).toBe(true);
    expect(pts(target('±3%以内', '4.5%', 10, 6))).toBe(6);
    // (a deviation with no % against a bound in % is not read as one)
    expect(target('±3%以内', '2.5', 10).status).toBe('invalid-input');
  });

  it('reads metres written M or m like any unit', () => {
    expect(pts(target('≥80M', '80M', 10))).toBe(10);
    expect(pts(target('≥80M', '72M', 10))).toBe(9);
    expect(pts(target('≥80m', '60m', 10))).toBe(7.5);
  });
});

describe('target (自评表 rows without a rule text)', () => {
  it('gives full marks when a higher-is-better target is reached (a bare value counts as ≥)', () => {
    expect(pts(target('≥73个', '73个', 10))).toBe(10);
    expect(pts(target('100%', '100%', 10))).toBe(10);
    expect(target('≥90%', '95%', 5).missedTarget).toBe(false);
  });

  it('scores weight × actual/target when missed, and asks for a reason', () => {
    const r = target('14个', '11个', 5);
    expect(r.kind).toBe('target');
    expect(pts(r)).toBe(3.93);
    expect(r.missedTarget).toBe(true);
    expect(r.note).toContain('得3.93分');
    expect(pts(target('100%', '98%', 5))).toBe(4.9);
    expect(pts(target('不低于90%', '45%', 10))).toBe(5);
  });

  it('marks an actual at 130% of a higher-is-better target as overachieved', () => {
    expect(target('≥10个', '13个', 5).overachieved).toBe(true);
    expect(target('≥10个', '12个', 5).overachieved).toBe(false);
  });

  it('scores a lower-is-better target with the 2× rule', () => {
    expect(pts(target('≤221.69万元', '218.68万元', 10))).toBe(10);
    expect(pts(target('≤100万元', '100万元', 10))).toBe(10);
    expect(pts(target('≤100万元', '150万元', 10))).toBe(5);
    expect(pts(target('≤100万元', '200万元', 10))).toBe(0);
    expect(pts(target('≤100万元', '250万元', 10))).toBe(0);
    expect(target('≤100万元', '150万元', 10).missedTarget).toBe(true);
    expect(target('≤100万元', '150万元', 10).overachieved).toBeFalsy();
  });

  it('scores =0 as all or nothing, and =N like ≥N', () => {
    expect(pts(target('=0', '0', 5))).toBe(5);
    expect(pts(target('=0', '1', 5))).toBe(0);
    expect(pts(target('=0起', '0起', 5))).toBe(5);
    expect(pts(target('=20个', '10个', 5))).toBe(2.5);
  });

  it('counts a negative actual as 0', () => {
    expect(pts(target('≥10个', '-3个', 5))).toBe(0);
  });

  it('converts money and head-count units, warns about another word of one kind, refuses another kind', () => {
    expect(pts(target('≤221.69万元', '2216900元', 10))).toBe(10);
    expect(pts(target('≤100万元', '1500000元', 10))).toBe(5);
    expect(target('≤100万元', '1500000元', 10).issues).toEqual([]);
    const slip = target('≥73个', '73项', 10);
    expect(pts(slip)).toBe(10);
    expect(slip.status).toBe('scored');
    expect(slip.issues.map((i) => i.code)).toEqual(['suspicious-input']);
    expect(slip.issues[0].message).toContain('项');
    // SPEC §2: the unit must match the target's — a count is no share, people are no sum of money
    expect(target('≥90%', '95个', 5).status).toBe('invalid-input');
    expect(target('≥10个', '5%', 5).status).toBe('invalid-input');
    expect(target('≤100万元', '10人', 5).status).toBe('invalid-input');
  });

  it('says missing-input when the actual is empty', () => {
    const r = target('100%', null, 5);
    expect(r.status).toBe('missing-input');
    expect(r.score).toBeNull();
  });

  it('reads a %-formatted number target', () => {
    const r = scoreRule({
      weight: new Decimal(10),
      target: { value: 0.95, format: '0%' },
      input: { value: 0.9, format: '0%' },
      settings: DEFAULT_SETTINGS,
    });
    expect(r.score?.toNumber()).toBe(9.47);
  });
});

describe('qualitative targets', () => {
  it('gives full marks for 达成 unless the person scored it within [80%, 100%]', () => {
    expect(pts(target('提高政府执政能力', '达成', 15))).toBe(15);
    const kept = target('提高政府执政能力', '达成', 15, 13);
    expect(pts(kept)).toBe(13);
    expect(kept.status).toBe('manual');
  });

  it('uses the person’s score for 部分达成, checked to lie in [60%, 80%)', () => {
    const ok = target('规范化水平持续提升', '部分达成', 15, 10);
    expect(ok.status).toBe('manual');
    expect(ok.kind).toBe('target');
    expect(pts(ok)).toBe(10);
    expect(ok.issues).toEqual([]);
    expect(ok.missedTarget).toBe(true);
    const high = target('规范化水平持续提升', '基本达成', 15, 12);
    expect(high.issues.map((i) => i.code)).toEqual(['score-out-of-range']);
    const none = target('规范化水平持续提升', '部分达成', 15);
    expect(none.score).toBeNull();
    expect(none.status).toBe('manual');
  });

  it('checks the person’s score for 未达成 in [0, 60%)', () => {
    expect(target('明显改善', '未达成', 10, 5).issues).toEqual([]);
    expect(target('明显改善', '未达成', 10, 6).issues.map((i) => i.code)).toEqual(['score-out-of-range']);
  });

  it('refuses an actual that is neither a number nor an achievement word', () => {
    expect(target('明显改善', '很好', 10).status).toBe('invalid-input');
    expect(target('逐步提高', '有所提高', 10).status).toBe('invalid-input');
  });

  it('reads an achievement word with what it achieved (达成预期指标), and an actual restating the target', () => {
    expect(pts(target('效果明显', '达成预期指标', 10))).toBe(10);
    expect(pts(target('效果明显', '效果明显', 10))).toBe(10);
    // partly: the person's score, checked in [60%, 80%); not: checked in [0, 60%)
    expect(target('效果明显', '基本达到预期', 10, 7).issues).toEqual([]);
    expect(target('效果明显', '基本达到预期', 10, 9).issues.map((i) => i.code)).toEqual([
      'score-out-of-range',
    ]);
    expect(target('效果明显', '未达到预期目标', 10, 7).issues.map((i) => i.code)).toEqual([
      'score-out-of-range',
    ]);
  });
});

describe('how 自评表 write their targets', () => {
  it('takes a 时效 target met on time as achieved', () => {
    expect(pts(target('12月底前完成', '按时完成', 5))).toBe(5);
  });

  it('reads scores and per-mille as units of the value (≥90分, ≤5‰)', () => {
    expect(pts(target('≥90分', '92分', 10))).toBe(10);
    expect(pts(target('≥90分', '81分', 10))).toBe(9);
    expect(pts(target('≤5‰', '3‰', 5))).toBe(5);
  });

  it('takes 百分比 as a percentage', () => {
    expect(pts(target('≥100百分比', '100', 8))).toBe(8);
    expect(pts(target('≥100百分比', '95%', 8))).toBe(7.6);
  });

  it('warns when a bare fraction meets a percentage target (read as points, SPEC §2)', () => {
    const r = target('≥90%', '0.95', 10);
    expect(r.issues.map((i) => i.code)).toEqual(['suspicious-input']);
    expect(r.issues[0].message).toContain('95%');
  });
});

describe('a 是/否 target', () => {
  it('is met by the same answer and missed by the other, whichever way the question runs', () => {
    // `是否存在超标准配备…` with the target 否: 是 says it happened (was full marks)
    expect(pts(target('否', '是', 5))).toBeNull();
    expect(target('否', '是', 5).note).toContain('未达成');
    expect(pts(target('否', '否', 5))).toBe(5);
    expect(pts(target('是', '是', 5))).toBe(5);
    expect(pts(target('无', '有', 5))).toBeNull();
    expect(pts(target('无', '无', 5))).toBe(5);
  });
});

describe('a 是/否 target answered in words', () => {
  const asked = (question: string, t: string, actual: string) =>
    scoreRule({
      weight: new Decimal(10),
      target: { value: t },
      input: { value: actual },
      name: question,
      settings: DEFAULT_SETTINGS,
    }).score?.toNumber() ?? null;
  it('reads a yes or no leading words that say the same again', () => {
    expect(asked('核心业务数据是否及时准确传输', '是', '是，已及时传输')).toBe(10);
    expect(asked('是否存在超标准配备制服的现象', '否', '否，未超标')).toBe(10);
    // the words after it take the answer back, or say less
    expect(asked('是否发生安全事故', '否', '无，但有1起')).toBeNull();
    expect(asked('核心业务数据是否及时准确传输', '是', '是，但不及时')).toBeNull();
  });
  it('reads a plain denial of what the question asks as no, and only that', () => {
    expect(asked('是否对当地生态环境造成影响', '否', '无影响')).toBe(10);
    expect(asked('是否有违反外事纪律事件发生', '否', '未发生')).toBe(10);
    expect(asked('是否存在超标准配备制服的现象', '否', '不存在')).toBe(10);
    // a denial of something else, and a denial against 是 (`无延误` may well affirm), are not read
    expect(asked('是否存在超标准配备制服的现象', '否', '不及时')).toBeNull();
    expect(asked('是否按时完成', '是', '无延误')).toBeNull();
  });
});

describe('a qualitative target restated in part', () => {
  it('is met by part of its own words, or all of them and more', () => {
    expect(pts(target('严格执行相关制度规定', '严格执行', 10))).toBe(10);
    expect(pts(target('全天候可用', '全天候', 5))).toBe(5);
    expect(pts(target('效果明显', '效果明显，群众满意', 10))).toBe(10);
  });
  it('is not met by words that say less, deny it, or leave out its degree or its denial', () => {
    for (const [t, actual] of [
      ['效果明显', '效果较明显'],
      ['符合相关规定', '基本符合'],
      ['及时', '及时率低'],
      ['及时', '不够及时'],
      ['显著提升', '提升'],
      ['不发生安全事故', '发生'],
      ['零投诉', '投诉'],
      ['优良中低差', '优良'],
    ]) {
      const r = target(t, actual, 10);
      expect([t, actual, r.score]).toEqual([t, actual, null]);
    }
  });
});

describe('a qualitative target restated in other words of degree and manner', () => {
  it('is met by a stronger or equal degree of its own verb, manner words aside', () => {
    expect(pts(target('有所提升', '明显提升', 10))).toBe(10);
    expect(pts(target('不断提升', '维权意识明显提升', 10))).toBe(10);
    expect(pts(target('改善条件', '明显改善', 10))).toBe(10);
    expect(pts(target('有效改善', '改善', 10))).toBe(10);
  });
  it('is not met when the actual leaves out the quality the target asks, or says less', () => {
    expect(pts(target('效果良好', '效果明显', 10))).toBeNull();
    expect(pts(target('显著改善', '有效改善', 10))).toBeNull();
    expect(pts(target('逐步提高', '有所提高', 10))).toBeNull();
    expect(pts(target('不断提升', '不断下降', 10))).toBeNull();
    expect(pts(target('签约率提高1%X体检率提高2%', '逐步提高', 10))).toBeNull();
  });
});

describe('targets written as a sentence, with a mark, or per something', () => {
  it('reads the value after the subject of a sentence, and the sentence said back', () => {
    expect(pts(target('辖区企业满意率达95%以上。', '92%', 10))).toBe(9.68);
    expect(pts(target('辖区企业满意率达95%以上。', '辖区企业满意率达95%以上。', 10))).toBe(10);
    expect(pts(target('全年培训不少于3次', '2次', 10))).toBe(6.67);
    expect(pts(target('人均不超过500元', '550元', 10))).toBe(9);
    // a change from last year is no level to reach
    expect(pts(target('较上年提高5%', '6%', 10))).toBeNull();
  });
  it('reads a minimum word leading the sentence, the count, then the thing counted (`至少全年完成2次宣传`)', () => {
    expect(pts(target('至少全年开展4次巡查', '4次', 10))).toBe(10);
    expect(pts(target('至少全年开展4次巡查', '3次', 10))).toBe(7.5);
    expect(pts(target('至少全年开展4次巡查', '6次', 10))).toBe(10);
    // (a percentage after the minimum is no count of things)
    expect(pts(target('至少全年开展4次巡查', '80%', 10))).toBeNull();
  });
  it('reads `≥90%(含)` as ≥90% and a full stop after a period of the calendar', () => {
    expect(pts(target('≥90%（含）', '85%', 10))).toBe(9.44);
    expect(pts(target('2020年全年。', '2020年全年。', 10))).toBe(10);
  });
  it('asks a rate per month or quarter in its period, and reads 每月1次', () => {
    expect(pts(target('1次/月', '每月1次', 10))).toBe(10);
    expect(pts(target('≥1次/季度', '每季度1次', 10))).toBe(10);
    // the year's count, or the month's? Not said.
    expect(target('1次/月', '3次', 10)).toMatchObject({ score: null, status: 'invalid-input' });
    expect(target('≥1次/季度', '4次', 10)).toMatchObject({ score: null, status: 'invalid-input' });
    // the year a 自评表 covers is understood
    expect(pts(target('≥3次/年', '2次', 10))).toBe(6.67);
  });
  it('reads a unit per something with its first half left out, and nothing of another kind', () => {
    expect(pts(target('≤28.40/株', '27.5元/株', 10))).toBe(10);
    expect(pts(target('≤28.40/株', '31.24', 10))).toBe(9);
    expect(target('≤28.40/株', '20万元', 10).score).toBeNull();
    expect(pts(target('<=5300元/户', '5830元', 10))).toBe(9);
  });
  it('leaves a sum named by nothing but itself to the person, unless spent exactly', () => {
    const sum = (actual: string) =>
      scoreRule({
        weight: new Decimal(10),
        target: { value: '15万元。' },
        input: { value: actual },
        name: '15万元。',
        settings: DEFAULT_SETTINGS,
      });
    expect(sum('18万元')).toMatchObject({ score: null, status: 'manual' });
    expect(sum('15万元').score?.toNumber()).toBe(10);
  });
});

describe('none against a ceiling on a count', () => {
  it('is zero of it, below the ceiling; not a reading of a sum or a rate', () => {
    expect(pts(target('小于5次', '无', 10))).toBe(10);
    expect(pts(target('≤3起', '没有', 10))).toBe(10);
    expect(pts(target('≤90万元', '无', 10))).toBeNull();
    expect(pts(target('≥5个', '无', 10))).toBeNull();
  });
});

describe('时效 targets that name a day or a period of the calendar', () => {
  it('gives full marks when the work was done by the deadline', () => {
    expect(pts(target('2021年12月31日', '2021年11月30日', 5))).toBe(5);
    expect(pts(target('12月底前', '11月', 5))).toBe(5);
    expect(pts(target('2021年底', '2021年12月', 5))).toBe(5);
    expect(pts(target('12月底到位', '12月底前已到位', 5))).toBe(5);
    expect(pts(target('2021年1月-12月', '2021年全年', 5))).toBe(5);
    expect(pts(target('三季度', '2021-08-20', 5))).toBe(5);
  });

  it('reads a bare month as the calendar’s, not a count of months (was 11/12 of the weight)', () => {
    expect(pts(target('12月', '11月', 6))).toBe(6);
    // a length of time stays a quantity
    expect(pts(target('≤6个月', '5个月', 6))).toBe(6);
  });

  it('leaves a late completion, or one that may be either, to the person and marks the target missed', () => {
    const late = target('2021年12月31日前', '2022年1月', 5);
    expect(late).toMatchObject({ score: null, status: 'manual', missedTarget: true });
    expect(late.note).toContain('晚于年度指标值');
    expect(target('11月前', '次年1月', 5).score).toBeNull();
    // done in September against `9月前`: before September, or by its end?
    expect(target('9月前', '9月', 5)).toMatchObject({ score: null, status: 'manual' });
    expect(pts(target('9月前', '8月', 5))).toBe(5);
  });

  it('asks for a date when the actual is none', () => {
    expect(target('2021年12月31日', '很快', 5)).toMatchObject({ score: null, status: 'invalid-input' });
  });
});

describe('actuals written as a bound, and targets as a scale', () => {
  it('takes an actual restating a reached bound (≥95%, 600余人) as met, never as a number below', () => {
    expect(pts(target('≥95%', '≥95%', 10))).toBe(10);
    expect(pts(target('500', '600余人', 10))).toBe(10);
    expect(target('≥95%', '≥80%', 10)).toMatchObject({ score: null, status: 'invalid-input' });
    expect(target('500', '450余人', 10).score).toBeNull();
    expect(target('≤100万元', '≥90万元', 10).score).toBeNull();
  });

  it('reads a percentage with the word of what it measures (100%覆盖)', () => {
    expect(pts(target('100%覆盖', '80%覆盖', 5))).toBe(4);
    expect(pts(target('100%覆盖', '90%', 5))).toBe(4.5);
  });

  it('gives full marks for the best grade of a scale the target lists, and leaves the others', () => {
    expect(pts(target('优良中低差', '优', 10))).toBe(10);
    expect(pts(target('好坏', '好', 10))).toBe(10);
    expect(target('优良中低差', '良', 10)).toMatchObject({
      score: null,
      status: 'manual',
      missedTarget: true,
    });
  });
});

describe('an 指标 that restates its target in its name', () => {
  it('is scored against the target when the rest of the name only describes', () => {
    const r = (rule: string, actual: string) =>
      scoreRule({
        rule,
        weight: new Decimal(10),
        target: { value: '≥360天' },
        input: { value: actual },
        name: '指标',
        settings: DEFAULT_SETTINGS,
      });
    expect(r('≥360天服务读者', '365天').score?.toNumber()).toBe(10);
    expect(r('≥360天服务读者', '300天').score?.toNumber()).toBe(8.33);
    // words that score stay the rule's: not read past
    expect(r('≥360天服务读者，每少1天扣1分', '300天').score?.toNumber()).not.toBe(8.33);
  });
});

describe('a cost row whose target sum has no comparator', () => {
  it('is left to the person: a ceiling to keep under, or a sum to reach?', () => {
    const cost = (name: string, t: string, actual: string) =>
      scoreRule({
        weight: new Decimal(5),
        target: { value: t },
        input: { value: actual },
        name,
        settings: DEFAULT_SETTINGS,
      });
    expect(cost('宣传标牌制作成本', '=5万元', '4.5万元')).toMatchObject({ score: null, status: 'manual' });
    expect(cost('宣传标牌制作成本', '5万元', '6万元').score).toBeNull();
    // written as a ceiling, it is scored; a sum paid out (补助经费) is reached, as SPEC reads a bare value
    expect(cost('宣传标牌制作成本', '≤5万元', '4.5万元').score?.toNumber()).toBe(5);
    expect(cost('培训补助经费', '=5万元', '4.5万元').score?.toNumber()).toBe(4.5);
  });
});

describe('the 自评表 sentence `按B/A或A/B×该指标分值记分`', () => {
  const ratio = (t: string, actual: string) =>
    scoreRule({
      rule: '完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。',
      weight: new Decimal(10),
      target: { value: t },
      input: { value: actual },
      name: '指标',
      settings: DEFAULT_SETTINGS,
    }).score?.toNumber() ?? null;

  it('scores completion over target, higher or lower is better (A the 指标值, B the 完成值)', () => {
    expect(ratio('≥40次', '36次')).toBe(9);
    expect(ratio('≥40次', '44次')).toBe(10);
    // lower is better: A/B, not SPEC's default 1 − overrun/target (which would give 8.89)
    expect(ratio('≤45万元', '50万元')).toBe(9);
    expect(ratio('≤45万元', '40万元')).toBe(10);
  });
});

describe('actuals in the target’s own form', () => {
  it('reads `=100%` as 100% and a length in km against metres', () => {
    expect(pts(target('=100%', '=100%', 10))).toBe(10);
    expect(pts(target('≥0.565km', '565米', 10))).toBe(10);
    expect(pts(target('≥0.565km', '0.5km', 10))).toBe(8.85);
  });

  it('takes 按期 as a 时效 target met, but not a bare 无', () => {
    expect(pts(target('2020年1月-2020年11月', '按期', 5))).toBe(5);
    expect(target('2020年11月底', '无', 5).score).toBeNull();
  });
});

describe('words in the 指标 text that compute the score', () => {
  it('keep a 自评表 row from being scored against its target as if they were not there', () => {
    const row = (rule: string) =>
      scoreRule({
        rule,
        weight: new Decimal(10),
        target: { value: '≥90%' },
        input: { value: '95%' },
        settings: DEFAULT_SETTINGS,
      });
    expect(row('免疫密度').score?.toNumber()).toBe(10);
    for (const words of ['按50%折算。免疫密度', '其中日常考核占60%。免疫密度', '按3:7比例计算。免疫密度']) {
      const r = row(words);
      expect(r).toMatchObject({ score: null, status: 'manual' });
      expect(r.issues[0]?.code).toBe('unparsed-rule');
    }
  });
});
