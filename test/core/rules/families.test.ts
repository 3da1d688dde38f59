import Decimal from 'decimal.js';
import { points, score } from './score';

describe('bands', () => {
  const KEY = '重点支出安排率≥90%，得3分；80%（含）-90%，得2分；70%（含）-80%，得1分；＜70%，得0分。';

  it('scores each band, with （含） deciding which side a boundary falls on', () => {
    expect(points(KEY, 3, '90%')).toBe(3);
    expect(points(KEY, 3, '89.99%')).toBe(2);
    expect(points(KEY, 3, '80%')).toBe(2);
    expect(points(KEY, 3, '79.9%')).toBe(1);
    expect(points(KEY, 3, '70%')).toBe(1);
    expect(points(KEY, 3, '69%')).toBe(0);
  });

  it('gives an upper （含） boundary to the lower band', () => {
    const ADJ = '预算调整率≤5%，得2分；5%-10%（含），得1.5分；10%-15%（含），得1分；＞15%，得0分。';
    expect(points(ADJ, 2, '5%')).toBe(2);
    expect(points(ADJ, 2, '5.01%')).toBe(1.5);
    expect(points(ADJ, 2, '10%')).toBe(1.5);
    expect(points(ADJ, 2, '15%')).toBe(1);
    expect(points(ADJ, 2, '15.1%')).toBe(0);
  });

  it('reads full-width rules and inputs alike', () => {
    const FW = '完成率≥９０％，得３分；８０％（含）－９０％，得２分；＜８０％，不得分';
    expect(points(FW, 3, '９２％')).toBe(3);
    expect(points(FW, 3, '８５％')).toBe(2);
    expect(points(FW, 3, '７９．５％')).toBe(0);
  });

  it('reports an input that no band covers instead of guessing', () => {
    const GAP = '完成率≥90%，得3分；80%（含）-90%，得2分；＜60%，得0分';
    const r = score(GAP, 3, '70%');
    expect(r.status).toBe('invalid-input');
    expect(r.score).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['invalid-input']);
  });

  it('scores fractions of the weight and a proportional middle band', () => {
    const FRAC = '满意度90%（含）以上得满分，80%（含）-90%得分值的80%，80%以下不得分。';
    expect(points(FRAC, 10, '90%')).toBe(10);
    expect(points(FRAC, 10, '85%')).toBe(8);
    expect(points(FRAC, 10, '79%')).toBe(0);
    const MID = '预算执行率≥90%，得10分；执行率在60%（含）-90%之间的，按执行率×分值得分；60%以下不得分。';
    expect(points(MID, 10, '75%')).toBe(7.5);
    expect(points(MID, 10, '60%')).toBe(6);
  });

  it('scores quantities in the rule’s unit, and refuses a unit of another kind (SPEC §2: units must match)', () => {
    const TRAIN = '开展培训≥10次，得2分；5次（含）-10次，得1分；＜5次，不得分';
    expect(points(TRAIN, 2, '12次')).toBe(2);
    expect(points(TRAIN, 2, '7次')).toBe(1);
    expect(points(TRAIN, 2, 7)).toBe(1);
    expect(points(TRAIN, 2, '3次')).toBe(0);
    // 7 people trained is not 7 sessions; a sum of money or a share is no count either
    for (const other of ['7人', '7万元', '70%']) expect(score(TRAIN, 2, other).status).toBe('invalid-input');
    // a count in another count word is a slip of the word: scored, with a warning
    const slip = score(TRAIN, 2, '7场');
    expect(slip.score?.toNumber()).toBe(1);
    expect(slip.issues.map((i) => i.code)).toEqual(['suspicious-input']);
  });

  it('writes a note naming the band and the score', () => {
    const r = score('预算执行率≥90%，得3分；80%（含）-90%，得2分；＜80%，得0分', 3, '85%');
    expect(r.note).toContain('85.00%');
    expect(r.note).toContain('得2.00分');
  });
});

describe('linear', () => {
  const COMPLETION = '预算完成率≥95%，得3分；每降低5%，扣1分，扣完为止。';

  it('deducts pro rata by default: 3 points short of a 5-point step deducts 0.6', () => {
    expect(points(COMPLETION, 3, '92%')).toBe(2.4);
    const r = score(COMPLETION, 3, '92%', {});
    expect(r.note).toBe('预算完成率92.00%，低于95%标准3.00个百分点，按每降低5%扣1分计扣0.60分，得2.40分');
  });

  it('counts a started step whole (ceil) or only whole steps (floor) when asked', () => {
    expect(points(COMPLETION, 3, '92%', { steps: 'ceil' })).toBe(2);
    expect(points(COMPLETION, 3, '92%', { steps: 'floor' })).toBe(3);
    expect(points(COMPLETION, 3, '81%', { steps: 'prorata' })).toBe(0.2);
    expect(points(COMPLETION, 3, '81%', { steps: 'ceil' })).toBe(0);
    expect(points(COMPLETION, 3, '81%', { steps: 'floor' })).toBe(1);
  });

  it('gives full points exactly at the threshold and stops at 0 (扣完为止)', () => {
    expect(points(COMPLETION, 3, '95%')).toBe(3);
    expect(points(COMPLETION, 3, '80%')).toBe(0);
    expect(points(COMPLETION, 3, '10%')).toBe(0);
  });

  it('deducts upwards from a ≤ threshold', () => {
    const STAFF = '在职人员控制率≤100%，得1分；每超过一个百分点扣0.5分，扣完为止。';
    expect(points(STAFF, 1, '100%')).toBe(1);
    expect(points(STAFF, 1, '100.4%')).toBe(0.8);
    expect(points(STAFF, 1, '103%')).toBe(0);
  });

  it('reads 不低于 and 每低1个百分点', () => {
    const R = '资金到位率不低于90%的，得满分；每低1个百分点扣0.2分。';
    expect(score(R, 2, '87%').kind).toBe('linear');
    expect(points(R, 2, '87%')).toBe(1.4);
    expect(points(R, 2, '95%')).toBe(2);
  });

  it('stops at the deduction ceiling (最多扣) and applies a zero band below the floor', () => {
    expect(points('验收合格率≥95%得5分，每降低1%扣1分，最多扣3分', 5, '90%')).toBe(2);
    const FLOOR = '完成率≥95%，得5分；每降低1个百分点扣0.2分；低于80%不得分';
    expect(points(FLOOR, 5, '85%')).toBe(3);
    expect(points(FLOOR, 5, '79%')).toBe(0);
  });

  it('computes 2 − 3/5 = 1.4 exactly, as a decimal', () => {
    const r = score('公用经费控制率≤100%，得2分；每超过5%，扣1分，扣完为止。', 2, '103%');
    expect(r.score?.toString()).toBe('1.4');
  });
});

describe('two-sided', () => {
  const PAY = '支付进度率=100%，得2分；每超过（降低）5%，扣0.5分，扣完为止。';

  it('deducts by the distance on either side', () => {
    expect(score(PAY, 2, '100%').kind).toBe('twosided');
    expect(points(PAY, 2, '108%')).toBe(1.2);
    expect(points(PAY, 2, '92%')).toBe(1.2);
    expect(points(PAY, 2, '100%')).toBe(2);
    expect(points(PAY, 2, '60%')).toBe(0);
  });

  it('reads 偏离 as both ways', () => {
    const R = '预算执行偏差率=0，得3分；每偏离1个百分点，扣0.5分，扣完为止';
    expect(score(R, 3, '2%').kind).toBe('twosided');
    expect(points(R, 3, '2%')).toBe(2);
    expect(points(R, 3, '-2%')).toBe(2);
  });
});

describe('proportional', () => {
  it('scores weight × rate, at most the weight and never negative', () => {
    const R = '得分=预算执行率×分值。';
    expect(points(R, 10, '98.64%')).toBe(9.86);
    expect(points(R, 10, '105%')).toBe(10);
    expect(points(R, 10, '-5%')).toBe(0);
  });

  it('reads 分值×完成率 and 按完成比例得分', () => {
    expect(points('得分=分值×完成率', 8, '87.5%')).toBe(7);
    expect(score('按实际完成比例得分', 8, '50%').kind).toBe('proportional');
    expect(points('按实际完成比例得分', 8, '50%')).toBe(4);
  });
});

describe('checklist', () => {
  const GOALS =
    '①符合国家法律法规，得1分；②符合部门“三定”方案确定的职责，得1分；③符合部门制定的中长期实施规划，得2分。';

  it('adds the points of the items met, in every way a person lists them', () => {
    expect(points(GOALS, 4, '①③')).toBe(3);
    expect(points(GOALS, 4, '1,3')).toBe(3);
    expect(points(GOALS, 4, '1、3')).toBe(3);
    expect(points(GOALS, 4, '(1)(3)')).toBe(3);
    expect(points(GOALS, 4, '全部')).toBe(4);
    expect(points(GOALS, 4, '无')).toBe(0);
  });

  it('refuses an item the rule does not have, and a level word', () => {
    expect(score(GOALS, 4, '①④').status).toBe('invalid-input');
    expect(score(GOALS, 4, '良').status).toBe('invalid-input');
  });

  it('deducts per missing item (每少一项扣)', () => {
    const R = '①有健全的项目管理制度；②制度得到有效执行；③有完整的验收资料。每少一项扣1分。';
    expect(score(R, 3, '①②').kind).toBe('checklist');
    expect(points(R, 3, '①②')).toBe(2);
    expect(points(R, 3, '无')).toBe(0);
  });

  it('scores a single condition yes/no', () => {
    expect(points('基础数据信息真实、完整、准确，得1分。', 1, '是')).toBe(1);
    expect(points('基础数据信息真实、完整、准确，得1分。', 1, '否')).toBe(0);
    expect(points('是否按规定公开预决算信息，是得2分，否得0分。', 2, '是')).toBe(2);
    expect(points('是否按规定公开预决算信息，是得2分，否得0分。', 2, '否')).toBe(0);
  });
});

describe('per issue', () => {
  const R = '①是否符合国家财经法规；②资金拨付是否有完整的审批程序。每发现一类不合规问题，扣2分，扣完为止。';

  it('deducts per issue found, to 0', () => {
    expect(score(R, 5, '0').kind).toBe('perissue');
    expect(points(R, 5, '0')).toBe(5);
    expect(points(R, 5, '无')).toBe(5);
    expect(points(R, 5, '发现1类问题')).toBe(3);
    expect(points(R, 5, 2)).toBe(1);
    expect(points(R, 5, '3')).toBe(0);
  });

  it('stops at the ceiling of 最多扣', () => {
    expect(points('每发现一处问题扣0.5分，最多扣2分', 3, '5')).toBe(1);
  });

  it('refuses a count that is not a whole number', () => {
    expect(score(R, 5, '1.5').status).toBe('invalid-input');
    expect(score(R, 5, '很多').status).toBe('invalid-input');
  });
});

describe('grade', () => {
  const R = '优秀计3分，良好计2分，合格计1分，不合格计0分。';

  it('scores each level, and the short spelling of a level', () => {
    expect(points(R, 3, '优秀')).toBe(3);
    expect(points(R, 3, '良')).toBe(2);
    expect(points(R, 3, '不合格')).toBe(0);
  });

  it('refuses a level the rule does not name', () => {
    expect(score(R, 3, '中').status).toBe('invalid-input');
  });
});

describe('inputs the rule engine questions', () => {
  const R = '预算完成率≥95%，得3分；每降低5%，扣1分，扣完为止。';

  it('reads a %-formatted number as a percentage', () => {
    expect(points(R, 3, { value: 0.92, format: '0.00%' })).toBe(2.4);
  });

  it('reads a bare number as percentage points but warns when it lies between 0 and 1', () => {
    expect(points(R, 3, 96)).toBe(3);
    const r = score(R, 3, 0.93);
    expect(r.issues.map((i) => i.code)).toEqual(['suspicious-input']);
    expect(r.status).toBe('scored');
    expect(r.score?.toNumber()).toBe(0);
  });

  it('says missing for an empty input and invalid for words', () => {
    expect(score(R, 3, null).status).toBe('missing-input');
    expect(score(R, 3, '  ').status).toBe('missing-input');
    const bad = score(R, 3, 'abc');
    expect(bad.status).toBe('invalid-input');
    expect(bad.issues[0].on).toBe('input');
  });
});

describe('decimal exactness', () => {
  it('adds 26 scores of 0.1, 0.2 and 0.7 to the exact decimal total', () => {
    const rules = [
      '≥90%，得0.1分；＜90%，得0分',
      '≥90%，得0.2分；＜90%，得0分',
      '≥90%，得0.7分；＜90%，得0分',
    ];
    let total = new Decimal(0);
    let floats = 0;
    for (let i = 0; i < 26; i++) {
      const r = score(rules[i % 3], 1, '95%');
      total = total.plus(r.score as Decimal);
      floats += (r.score as Decimal).toNumber();
    }
    // 9 × 0.1 + 9 × 0.2 + 8 × 0.7 = 8.3
    expect(total.toString()).toBe('8.3');
    expect(floats).not.toBe(8.3);
  });
});

describe('rounding', () => {
  it('rounds half up to the decimals asked for', () => {
    const R = '得分=完成率×分值';
    expect(points(R, 3, '33.335%', { decimals: 2 })).toBe(1);
    expect(points(R, 10, '12.345%', { decimals: 2 })).toBe(1.23);
    expect(points(R, 10, '12.345%', { decimals: 3 })).toBe(1.235);
    expect(points(R, 10, '12.35%', { decimals: 1 })).toBe(1.2);
    expect(points(R, 10, '12.25%', { decimals: 1 })).toBe(1.2);
    expect(points(R, 1, '12.5%', { decimals: 1 })).toBe(0.1);
    expect(points(R, 1, '15%', { decimals: 1 })).toBe(0.2);
  });
});
