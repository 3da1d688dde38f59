/**
 * Band tables pasted into one cell under a heading that closes with its comparison and unit (`…超过(人)  50万 6
 * 30万 4`), or with spans of points the person judges within (`0.5~1万 3~4`); and a rule's bare magnitude (`2万`)
 * read in the kind of unit the answer names (`26000人次`). Shapes from the held-out corpus (thirty-second session),
 * in our own phrasings with scores worked out by hand. Thirty-third session: a pasted table whose rows count in
 * Chinese numerals (`五项以上(含) 8 … 仅有一项 2`), the same shape in our own words.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const RESIDENTS = '所在县城常住人口超过(人) 50万 6 30万 4 10万 2';
const VISITORS = '日均接待游客量 日均接待游客1万人次以上 5 0.5~1万 3~4 <0.5万 1';
const YEARLY = '年接待游客达到2万以上得5分,1万以上得3分';

const HEADED: Case[] = [
  [RESIDENTS, 6, '62万人', 6, 'bands'],
  [RESIDENTS, 6, '42万人', 4, 'bands'],
  [RESIDENTS, 6, '350000人', 4, 'bands'],
  // (short of the lowest band listed: nothing)
  [RESIDENTS, 6, '8万人', 0, 'bands'],
  // (a heading that counts or turns a bound is no such heading)
  ['每年新增常住人口超过(人) 5万 6 3万 4', 6, '4万人', null, 'manual'],
];

const SPANS: Case[] = [
  [VISITORS, 5, '1.2万人次', 5, 'bands'],
  [VISITORS, 5, '2000人次', 1, 'bands'],
  // (a band whose points are a span is the person's to judge within it)
  [VISITORS, 5, '0.8万人次', null, 'bands'],
];

const MAGNITUDES: Case[] = [
  [YEARLY, 5, '26000人次', 5, 'bands'],
  [YEARLY, 5, '1.5万人次', 3, 'bands'],
  // (a count of times is no amount the rule's 万 could be of)
  ['投入资金达到2万以上得5分,1万以上得3分', 5, '3次', null, 'bands'],
];

const SERVICES =
  '服务项目 提供法律咨询、心理疏导、就业指导、文体活动等服务 五项以上(含) 8 三项以上(含) 6 仅有一项 2';

const COUNTED: Case[] = [
  [SERVICES, 8, '6项', 8, 'bands'],
  [SERVICES, 8, '四项', 6, 'bands'],
  [SERVICES, 8, '仅有一项', 2, 'bands'],
  // (the services named, counted)
  [SERVICES, 8, '法律咨询、心理疏导、文体活动', 6, 'bands'],
  // (two is in no row the table lists)
  [SERVICES, 8, '两项', null, 'bands'],
  // (a heading that counts is no such heading)
  ['每季度服务 五项以上(含) 8 三项以上(含) 6 仅有一项 2', 8, '四项', null, 'manual'],
];

scoresAsListed([
  ['rows counting in Chinese numerals, one row exactly so many', COUNTED],
  ['bands under a heading with its comparison and unit', HEADED],
  ['bands with spans of points', SPANS],
  ['a bare magnitude in the unit the answer names', MAGNITUDES],
]);

describe('a table counting in Chinese numerals', () => {
  it('restates each row as a count, the exact one without its 仅有', () => {
    expect(score(SERVICES, 8, '6项').explain).toBe('分档计分：≥5项得8分；≥3项得6分；=1项得2分');
  });
});

describe('a band with a span of points', () => {
  it('names the span the person is to judge within', () => {
    expect(score(VISITORS, 5, '0.8万人次').note).toBe(
      '日均接待游客0.8万人次，属于“0.5万人次（含）至1万人次（不含）”一档，由评分人在3至4分之间评定，请人工评分',
    );
  });
});
