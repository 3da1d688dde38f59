/**
 * A requirement written without points, answered in words (fifteenth session). A requirement of one part is
 * met when the answer says done only what the rule writes (`已开展`, `齐全及时`), not met when the answer denies
 * the rule's own words (`未开展`, `材料齐全但报送不及时`); `全部具备` meets any requirement. Of several parts, one
 * said met or denied is the person's, as is a degree (`基本`) or a rule that denies something itself. A list
 * number opening the rule (`1.`) is no standard, and a quoted name (`“扫黄打非”`) denies nothing. A yes/no item
 * with its points (`…示范点工作(2分)`) is answered so too, where its own readings say nothing. A title before the
 * requirement (`3.保障工作经费。有专项工作经费,…。10分`) names it; before a list of things it is not read so.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ONE_PART = '4.开展创建“无烟单位”示范点工作';
const TIMELY = '季度报表等材料齐全及时';
const SEVERAL = '村级组织网络健全,工作台帐完整。';

const ONE: Case[] = [
  [ONE_PART, 2, '已开展', 2, 'checklist'],
  [ONE_PART, 2, '未开展', 0, 'checklist'],
  [ONE_PART, 2, '是', 2, 'checklist'],
  [ONE_PART, 2, '基本开展', null, 'manual'],
  [TIMELY, 3, '齐全及时', 3, 'checklist'],
  [TIMELY, 3, '材料齐全但报送不及时', 0, 'checklist'],
  ['每年向主管部门提交年检报告', 4, '有年检报告', 4, 'checklist'],
  ['年末净资产必须大于或等于注册资金', 10, '等于注册资金', 10, 'checklist'],
];

const MANY: Case[] = [
  [SEVERAL, 5, '全部具备', 5, 'checklist'],
  [SEVERAL, 5, '台帐完整', null, 'manual'],
  [SEVERAL, 5, '组织网络不健全', null, 'manual'],
  ['做到不漏报', 2, '已做到', null, 'manual'],
  ['兼职人员每学期参加培训____次。不参加者,每次扣____分。', 2, '全部参加', null, 'manual'],
];

const WITH_POINTS: Case[] = [
  ['开展创建“无烟单位”示范点工作(2分)', 2, '已开展', 2, 'checklist'],
  ['开展创建“无烟单位”示范点工作(2分)', 2, '未开展', 0, 'checklist'],
  ['各乡镇均将防汛工作经费列入财政预算得1分', 1, '列入预算', 1, 'checklist'],
  ['有专用的清洗消毒设备和冷藏设施。(3分)', 3, '有清洗消毒设备,无冷藏设施', null, 'checklist'],
  ['创建工作有年度计划或方案。(0.5分)', 0.5, '有实施方案，无年度计划', null, 'checklist'],
];

const TITLED = '3.保障工作经费。有专项工作经费,保证调解组织日常运行。10分';
const UNDER_A_TITLE: Case[] = [
  [TITLED, 10, '有专项工作经费', 10, 'checklist'],
  [TITLED, 10, '否', 0, 'checklist'],
  ['2.设立调解室。有专门的调解室,相关名单、制度上墙。10分', 10, '是', null, 'manual'],
];

scoresAsListed([
  ['a requirement under its title, worth its points', UNDER_A_TITLE],
  ['a requirement of one part, answered in words', ONE],
  ['a yes/no item with its points, answered in words', WITH_POINTS],
  ['a requirement of several parts, or one denying itself', MANY],
]);

describe('a requirement answered in words', () => {
  it('says the requirement is not met, in the answer’s words', () => {
    expect(score(TIMELY, 3, '材料齐全但报送不及时').note).toBe(
      '实际完成情况为“材料齐全但报送不及时”，评分标准所列要求未达到，得0.00分',
    );
  });
});
