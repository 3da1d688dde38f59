/** The sentences a derivation adds to findings (Simplified Chinese, for a finance officer). */

const q = (name: string) => (name === '' ? '该指标' : `“${name}”`);

export const DERIVE_MESSAGES = {
  quantitiesMissing: (name: string, definition: string, names: string[]) =>
    `${q(name)}缺少实际值，无法计分。按指标解释（${definition}）计算还需要${names.map((n) => `“${n}”`).join('、')}，` +
    `工作簿的基础数据中没有找到，请填写实际值或补充基础数据表。`,
  divisionByZero: (name: string, definition: string) =>
    `${q(name)}缺少实际值，无法计分。按指标解释（${definition}）计算时除数为0，请填写实际值。`,
  ambiguous: (name: string, quantity: string, cells: string[]) =>
    `${q(name)}的实际值为空，按指标解释计算需要“${quantity}”，但工作簿中有${cells.length}处可能的数据：` +
    `${cells.join('、')}，无法确定用哪一处，请直接填写实际值。`,
};
