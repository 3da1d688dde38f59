/** The reviewer's findings and the 自评结论, in Simplified Chinese. */

export const REVIEW_MESSAGES = {
  rateDeviation: (scoreRate: string, rate: string, gap: string, allowed: string) =>
    `自评得分率${scoreRate}%与预算执行率${rate}%相差${gap}个百分点，超过${allowed}个百分点，请核实自评得分或说明原因。`,
  overCap: (rate: string, from: string, to: string, max: string, score: string) =>
    `预算执行率${rate}%（${from}%～${to}%）时，总分不得高于${max}分，本表得分${score}分，请核实。`,
};
