/**
 * Things a shortfall counts, some said there and some denied (twenty-ninth session): `制定预案，未演练` against
 * `(1)制定…应急预案并组织应急演练。(2分) 查看文件和记录，缺一项扣1分。` — the piece saying a thing the rule asks for
 * lacks nothing, the denied one is one short. A sentence that prices nothing itself (`…应急演练。(2分)`) is priced
 * by the next that deducts. A piece saying something the rule does not ask, or with a degree (`基本制定`), is not
 * read so. Our own phrasings of the held-out corpus's shape, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const DRILL = '(1)制定防汛抢险应急预案并组织应急演练。(2分) 查看文件和记录，缺一项扣1分。';
const PLAN_AND_TRAINING = '建立安全生产责任制，制定年度培训计划并开展岗位培训，每少一项扣2分。';
const SAID_THERE: Case[] = [
  [DRILL, 2, '制定预案，未演练', 1, 'perissue'],
  [DRILL, 2, '已组织演练，未制定预案', 1, 'perissue'],
  [DRILL, 2, '未制定预案，未演练', 0, 'perissue'],
  [PLAN_AND_TRAINING, 6, '已建立责任制，未开展岗位培训', 4, 'perissue'],
  // (a thing the rule does not ask for)
  [DRILL, 2, '已购置设备，未演练', null, 'perissue'],
  // (a degree: there only in part)
  [DRILL, 2, '基本制定预案，未演练', null, 'perissue'],
];

scoresAsListed([['things a shortfall counts, some there and some denied', SAID_THERE]]);
