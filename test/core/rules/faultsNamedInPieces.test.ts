/**
 * Faults a rule lists, named piece by piece in the answer (twenty-seventh session): each piece names one fault in
 * the rule's own words, with no count, and happened once — whether the rule counts items (`每项扣2分`) or times
 * (`一次扣0.5分`), and whether the price is written `扣` or with a minus (`-3分/项`). A clause may be things then the
 * rule's own denial (`安全防护不到位`). Words before a denial must be the rule's too: `消防设施不到位` is not
 * `安全防护…不到位`. A list whose items open with 或 is whole faults one after another, not things sharing the first
 * item's words. Our own phrasings, on the shape of held-out county 综治 and 养护 checklists; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ARCHIVES =
  '3、档案管理3分,无专人管理、未对重要档案加强保护,配备防火装置、档案室无防盗门、无借阅登记的,一次扣0.5分,直至本项目分扣完;';
const UPKEEP = '养护作业无日志和报表、或者不按养护计划实施、安全防护及警示措施不到位的每项扣2分。';
const DUTY = '没有值班记录和交接班记录,未定期检查设备 -3分/项';
const SYSTEMS =
  '制度建设:建立健全岗位职责、财务管理办法、养护检查制度、应急预案等,未建立的,1项扣2分,扣完为止。';

const NAMED_ONCE: Case[] = [
  [ARCHIVES, 3, '档案室无防盗门', 2.5, 'perissue'],
  [ARCHIVES, 3, '无借阅登记，档案室无防盗门', 2, 'perissue'],
  // (Two pieces naming one fault say neither how often nor which else.)
  [ARCHIVES, 3, '无借阅登记，无借阅登记', null, 'perissue'],
  // (A fault the rule does not list.)
  [ARCHIVES, 3, '无消防演练', null, 'perissue'],
  [UPKEEP, 6, '安全防护不到位', 4, 'perissue'],
  [UPKEEP, 6, '不按养护计划实施，安全防护不到位', 2, 'perissue'],
  // (`消防设施` is not what the rule says is 不到位.)
  [UPKEEP, 6, '消防设施不到位', null, 'perissue'],
  [UPKEEP, 6, '不按养护计划实施，消防设施不到位', null, 'perissue'],
  [DUTY, 6, '未定期检查设备', 3, 'perissue'],
  [DUTY, 6, '没有值班记录和交接班记录,未定期检查设备', 0, 'perissue'],
  // things a fault lists then denies (`…、…等,未建立的`), said missing: each whole in the list (twenty-eighth session)
  [SYSTEMS, 8, '缺财务管理办法、应急预案', 4, 'perissue'],
  [SYSTEMS, 8, '缺岗位职责', 6, 'perissue'],
  // (`财务管理` is no whole thing of the list; `日志和报表` is one, as the rule writes it)
  [SYSTEMS, 8, '缺财务管理、应急预案', null, 'perissue'],
  [UPKEEP, 6, '无日志和报表', 4, 'perissue'],
];

describe('a list of faults whose items open with 或', () => {
  it('is restated as one list of faults, not as things sharing the first item’s words', () => {
    const { explain } = score(UPKEEP, 6, '无');
    expect(explain).not.toContain('无日志和或者');
    expect(explain).not.toContain('无日志和安全防护');
  });
  it('counts the faults named in the note', () => {
    expect(score(UPKEEP, 6, '不按养护计划实施，安全防护不到位').note).toBe(
      '发现2项问题，每项扣2分，计扣4.00分，得2.00分',
    );
  });
});

scoresAsListed([['faults named piece by piece, each once', NAMED_ONCE]]);
