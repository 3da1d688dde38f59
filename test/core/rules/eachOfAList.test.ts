/**
 * 各 over a list (thirtieth session). `省、市领导开展调研各得1分`: the words between a list of short, alike items and
 * its 各 are what each item shares — each a thing of its own (`省领导开展调研`, `市领导开展调研`). `A和B各扣2分`,
 * `A或B各扣1分`: two things joined with no 、 list, the negation of the first denying the second
 * (`资金未专户存储或专款专用`). `设立宣传栏、但内容不符合要求或未定期更新各扣2分`: what comes before the turn 但 is
 * done, not a fault. A 各 over one thing among several checks (`出台实施方案各得1分`, each of an earlier list) names
 * none of its own: the person's. Our own phrasings of the held-out corpus's shapes, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const LEADERS = '省、市领导开展调研各得1分;省、市领导参加督导会议各得1分。';
const RATES = '未建立工作台账扣0.5分;报告率、及时率不达标各扣1分。';
const SHARED: Case[] = [
  [LEADERS, 4, '全部', 4, 'checklist'],
  [LEADERS, 4, '省领导开展调研，市领导参加督导会议', 2, 'checklist'],
  [RATES, 3, '报告率、及时率均不达标', 1, 'composite'],
  [RATES, 3, '及时率不达标', 2, 'composite'],
  // (a 各 over one thing, after a list it may be each of: how many it counts is not written)
  ['县、乡成立领导小组各得1分;出台实施方案各得1分。', 3, '全部', null, 'manual'],
];

const PLAN = '没有年度计划和工作总结,各扣2分;未按时上报扣1分。';
const FUNDS = '无资金管理办法扣0.5分,专项资金未专户存储或专款专用各扣1分,扣完为止。';
const BOARD = '未设宣传栏不得分;设立宣传栏、但内容不符合要求或未定期更新各扣2分。';
const JOINED: Case[] = [
  [PLAN, 5, '没有年度计划，没有工作总结', 1, 'composite'],
  [PLAN, 5, '没有工作总结', 3, 'composite'],
  [FUNDS, 4, '未专户存储，未专款专用', 2, 'composite'],
  [FUNDS, 4, '未专款专用', 3, 'composite'],
  [BOARD, 4, '内容不符合要求，未定期更新', 0, 'composite'],
  [BOARD, 4, '未定期更新', 2, 'composite'],
  // (having set the board up is what the rule wants, no fault)
  [BOARD, 4, '已设立宣传栏', 4, 'composite'],
];

const BREEDING = 'a.良种繁育体系健全完善(30分);b.牛冷配任务和猪人工受精任务完成(各记20分)。';
const DRAFTS = '按规定时间上交初稿计10分,按规定时间上交修改反馈稿和领导审定稿分别计5分。合计为20分。';
const EARNED: Case[] = [
  [BREEDING, 70, '全部', 70, 'checklist'],
  [BREEDING, 70, '体系健全完善,牛冷配任务完成,猪人工受精未完成', 50, 'checklist'],
  // (a thing named with a share of it done is not said met)
  [BREEDING, 70, '猪人工受精任务完成80%', null, 'checklist'],
  [DRAFTS, 20, '全部', 20, 'checklist'],
  // (every one of them late is none met)
  [DRAFTS, 20, '全部逾期', null, 'checklist'],
];

scoresAsListed([
  ['shared words after a list and its 各', SHARED],
  ['things joined by 和 or 或 before 各', JOINED],
  ['things joined by 和 each earning points', EARNED],
]);

describe('each thing of the list restated whole', () => {
  it('gives every item the words it shares', () => {
    expect(score(LEADERS, 4, '全部').explain).toContain('市领导开展调研');
    expect(score(FUNDS, 4, '未专款专用').explain).toContain('未专款专用');
  });

  it('shares words only across short alike items', () => {
    // (`无垃圾池、垃圾填埋场`: items unlike in kind — the 无 leads both, nothing after is shared)
    expect(score('无垃圾池、垃圾填埋场各扣6分。每发现一处垃圾外溢扣1分。', 18, '无垃圾池').explain).toContain(
      '无垃圾池扣6分；无垃圾填埋场扣6分',
    );
  });

  it('keeps faults joined with no negation of their own as one', () => {
    const rule = '村级班子成员有不廉洁现象扣2分。换届选举工作和创先争优活动不能按要求落实到位各扣2分。';
    expect(score(rule, 6, '无').explain).toContain('换届选举工作和创先争优活动不能按要求落实到位扣2分');
  });

  it('does not restate the thing done before the turn as a fault', () => {
    expect(score(BOARD, 4, '已设立宣传栏').explain).not.toMatch(/设立宣传栏扣/);
  });
});
