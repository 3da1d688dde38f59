/** Words the reviewer's view reads: where a table names its unit, and what a table assesses. */

/** Where the sheet's title rows name the unit (`单位名称：示例区委编办`, `预算单位名称 | 示例县委编办`). */
export const UNIT_NAME_LABELS: readonly string[] = [
  '单位名称',
  '预算单位名称',
  '部门名称',
  '部门（单位）名称',
  '部门(单位)名称',
  '项目单位',
  '预算单位',
  '填报单位',
  '主管部门',
  '评价单位',
];

/** A title that names the unit before one of these (`XX局2023年度部门整体支出绩效自评表`). */
export const UNIT_TITLE_ENDINGS: readonly string[] = [
  '部门整体支出绩效',
  '整体支出绩效',
  '项目支出绩效',
  '绩效自评',
  '绩效评价',
];

/** What the 自评结论 says the table assesses, by a word of its title; the first that appears wins. */
export const CONCLUSION_SUBJECTS: readonly { word: string; subject: string }[] = [
  { word: '部门整体', subject: '部门整体绩效' },
  { word: '单位整体', subject: '单位整体绩效' },
  { word: '项目', subject: '项目绩效' },
  { word: '政策', subject: '政策绩效' },
];

/** The subject when the title says none of the above. */
export const DEFAULT_CONCLUSION_SUBJECT = '绩效自评';

/** The sheet the 自评结论 is written to (a number follows when the name is taken: `自评结论2`). */
export const CONCLUSION_SHEET_NAME = '自评结论';
