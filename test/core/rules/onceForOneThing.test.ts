/**
 * Bonuses where one thing reaching several items counts once, at the highest (`每篇(次)区级加1分,市级加2分…;同一内容
 * 取最高加分,不重复累计`, `…1项加3分,同一项按最高分只计入1次`: shapes from the held-out corpus, thirty-fifth session),
 * in our own phrasings with scores worked out by hand: things add up as written; an answer saying one thing reached
 * several items gets the highest of them once. Levels written bare after a first one counted with 每
 * (`每篇市级加1分,省级加3分`) are counted the same way.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ARTICLES =
  '宣传稿件被采用的,每篇(篇)县级加1分,市级加2分,省级加4分;同一稿件取最高加分,不重复计分;加分不超过10分。';
const AWARDS = '获国家级科技奖励每项加6分,获省级科技奖励每项加3分。同一成果获多项奖励的,按最高级别计分。';

const ONCE: Case[] = [
  [ARTICLES, 10, '县级3篇', 3, 'composite'],
  [ARTICLES, 10, '市级2篇，省级1篇', 8, 'composite'],
  [ARTICLES, 10, '省级3篇', 10, 'composite'],
  [ARTICLES, 10, '同一稿件县级、市级、省级均采用', 4, 'composite'],
  [ARTICLES, 10, '同一稿件被市级和县级采用', 2, 'composite'],
  // (one thing said, counted twice: which is meant is unsaid)
  [ARTICLES, 10, '同一稿件市级2篇', null, 'composite'],
  [AWARDS, 10, '国家级1项，省级1项', 9, 'composite'],
  [AWARDS, 10, '同一成果获国家级和省级奖励', 6, 'composite'],
];

const NOT_SO: Case[] = [
  // (a level with its own words after the first is no bare level: counted once, as written)
  ['每篇县级加1分,在省级报刊发表加3分。', 10, '在省级报刊发表2篇', null, 'composite'],
  // (the note over the items, not over one thing: bonuses counted per occurrence are left)
  ['获国家级奖励每项加6分,获省级奖励每项加3分。按最高级别计分。', 10, '国家级1项', null, 'manual'],
];

scoresAsListed([
  ['one thing counting once at its highest', ONCE],
  ['bonuses read as before', NOT_SO],
]);

describe('one thing counting once', () => {
  it('is restated with the bonuses', () => {
    expect(score(ARTICLES, 10, '无').explain).toBe(
      '按加分项计分：县级每篇加1分；市级每篇加2分；省级每篇加4分，加分最多10分；同一稿件只按最高一项计',
    );
  });
  it('names the highest item in the note', () => {
    expect(score(ARTICLES, 10, '同一稿件县级、市级均采用').note).toContain('同一稿件只按最高一项“市级”加2分');
  });
});
