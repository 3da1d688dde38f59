/**
 * A table written by rows, each heading before its items (`国家级:一等加10分,二等加9分,三等加8分; 省部级:一等加8分,…`:
 * a shape from the held-out corpus, thirty-sixth session), in our own phrasings with scores worked out by hand:
 * each item is the heading's (`省级优秀`), answered by heading and item together; an item alone names no row. A
 * heading over items of its own (one row) is a title and is not rewritten.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const LEVELS = '省级:优秀得5分,良好得3分,合格得1分;市级:优秀得3分,良好得2分,合格得1分。';
const AWARDS = '国家级:一等奖加6分,二等奖加4分;省级:一等奖加4分,二等奖加2分;市级:一等奖加2分,二等奖加1分。';

const ROWS: Case[] = [
  [LEVELS, 5, '省级优秀', 5, 'grade'],
  [LEVELS, 5, '市级良好', 2, 'grade'],
  // (an item with no heading: which row is not said)
  [LEVELS, 5, '优秀', null, 'grade'],
  [AWARDS, 6, '省级二等奖', 2, 'composite'],
  [AWARDS, 6, '国家级一等奖', 6, 'composite'],
  // (one heading: a title over its items, which keep their own names)
  ['考核内容:制度健全得2分,执行到位得1分。', 3, '制度健全', 2, 'checklist'],
];

scoresAsListed([['a table written by rows under headings', ROWS]]);

test('the restatement names each item with its heading', () => {
  expect(score(LEVELS, 5, '省级优秀').explain).toContain('市级合格得1分');
});
