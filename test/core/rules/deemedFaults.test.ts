/**
 * A definition of what counts as a lack the rule prices (`若无相关人员签名确认视为无效记录`, `否则视为组织领导不到位`:
 * shapes from the held-out and collected corpora, thirty-fifth session), in our own phrasings with scores worked out
 * by hand: a note, the rule's arithmetic as written. A definition moving an answer to a better outcome (`视为按时完成`)
 * is no such note: the row stays the person's.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const LEDGER = '无值班制度扣1分，无值班记录扣0.5分，记录未经带班领导签字的视为无记录。';
const REPORTS = '每少报一期扣0.5分，扣完为止，报表未加盖公章视为未报送。';

const DEEMED: Case[] = [
  [LEDGER, 1, '无值班记录', 0.5, 'composite'],
  [LEDGER, 1, '制度和记录齐全', 1, 'composite'],
  [LEDGER, 1, '无值班制度，无值班记录', 0, 'composite'],
  [REPORTS, 3, '少报2期', 2, 'perissue'],
];

const NOT_DEEMED: Case[] = [
  // (a better outcome for some answers: which answers, the arithmetic does not know)
  ['每迟报一天扣0.5分，因系统故障延误的视为按时报送。', 3, '迟报2天', null, 'manual'],
  // (a definition with points of its own is an outcome)
  ['无值班记录扣0.5分，记录不全的视为无记录扣0.5分。', 1, '无值班记录', null, 'manual'],
];

scoresAsListed([
  ['a lack defined', DEEMED],
  ['no note', NOT_DEEMED],
]);

describe('a definition beside the faults', () => {
  it('is no unread words', () => {
    expect(score(LEDGER, 1, '无值班记录').unparsed).toEqual([]);
  });
});
