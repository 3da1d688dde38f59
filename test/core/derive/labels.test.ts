/** Labels of the 基础数据表 and names in definitions meet through the vocabulary's synonyms. */
import { fits, readLabel } from '../../../src/core/derive';
import { combine } from '../../../src/core/derive/labels';

const fit = (name: string, label: string) => fits(readLabel(name), readLabel(label));

describe('quantity labels', () => {
  it('reads measure, year and subject', () => {
    expect(readLabel('本年度“三公经费”预算数')).toMatchObject({
      measure: 'budget',
      period: 'current',
      subject: '三公经费',
    });
    expect(readLabel('上年决算数（万元）')).toMatchObject({
      measure: 'spent',
      period: 'previous',
      subject: '',
    });
    expect(readLabel('实际支出公用经费总额')).toMatchObject({ measure: 'spent', subject: '公用经费' });
    expect(readLabel('实际在职人数：')).toMatchObject({ measure: 'staffActual', subject: '' });
  });

  it('matches synonyms of the domain', () => {
    expect(fit('在职人员数', '实际在职人数')).toBe(true);
    expect(fit('在职人员数', '实有人数')).toBe(true);
    expect(fit('编制数', '核定编制数')).toBe(true);
    expect(fit('预算数', '全年预算数')).toBe(true);
    expect(fit('实际支出数', '全年执行数')).toBe(true);
    expect(fit('“三公经费”预算安排数', '三公经费本年预算数')).toBe(true);
  });

  it('keeps years, measures and subjects apart', () => {
    expect(fit('编制数', '实际在职人数')).toBe(false);
    expect(fit('预算数', '年初预算数')).toBe(false);
    expect(fit('上年度三公经费决算数', '三公经费本年决算数')).toBe(false);
    expect(fit('三公经费决算数', '三公经费上年决算数')).toBe(false);
    expect(fit('三公经费决算数', '公用经费本年决算数')).toBe(false);
  });

  it('a row label and a column header combine; disagreeing ones do not', () => {
    expect(combine(readLabel('三公经费'), readLabel('本年决算数'))).toEqual({
      measure: 'spent',
      period: 'current',
      subject: '三公经费',
    });
    expect(combine(readLabel('编制数'), readLabel('上年决算数'))).toBeNull();
  });
});
