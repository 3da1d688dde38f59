import { readCount, readDelay, readItems, readQuantity, readRate } from '../../src/core/inputs';
import { readGradeLevel } from '../../src/core/rules/levels';
import type { Read } from '../../src/core/inputs';
import type { CellValue } from '../../src/core/grid';

const cell = (value: CellValue, format?: string) => (format ? { value, format } : { value });
const value = <T>(r: Read<T>): T | string => (r.ok ? r.value : r.missing ? 'missing' : 'invalid');
const num = (r: Read<{ toString(): string }>) =>
  r.ok ? r.value.toString() : r.missing ? 'missing' : 'invalid';

describe('rates (SPEC §2)', () => {
  it.each([
    ['95%', '95'],
    ['95％', '95'],
    ['９５．５％', '95.5'],
    ['95.5 %', '95.5'],
    [' 92% ', '92'],
    ['-5%', '-5'],
    ['96', '96'],
    ['100.4%', '100.4'],
    ['5个百分点', '5'],
  ])('reads %j as %s percentage points', (text, points) => {
    expect(num(readRate(cell(text)))).toBe(points);
  });

  it('reads a %-formatted number as a percentage and a plain number as points', () => {
    expect(num(readRate(cell(0.9364, '0.00%')))).toBe('93.64');
    expect(num(readRate(cell(0.93, '0%')))).toBe('93');
    expect(num(readRate(cell(96)))).toBe('96');
    expect(num(readRate(cell(0, '0%')))).toBe('0');
  });

  it('warns about a bare number between 0 and 1, as text or number', () => {
    for (const v of [0.93, '0.93']) {
      const r = readRate(cell(v));
      expect(r.ok && r.suspicious).toBeTruthy();
      expect(num(r)).toBe('0.93');
    }
    const fine = readRate(cell(1));
    expect(fine.ok && fine.suspicious).toBeFalsy();
  });

  it('says missing for empty cells and invalid for words or quantities', () => {
    expect(value(readRate(null))).toBe('missing');
    expect(value(readRate(cell(null)))).toBe('missing');
    expect(value(readRate(cell('   ')))).toBe('missing');
    expect(value(readRate(cell('abc')))).toBe('invalid');
    expect(value(readRate(cell('73个')))).toBe('invalid');
    expect(value(readRate(cell(true)))).toBe('invalid');
  });

  it('shows the input as the person wrote it', () => {
    const r = readRate(cell(0.9864, '0.00%'));
    expect(r.ok && r.text).toBe('98.64%');
  });
});

describe('quantities', () => {
  it.each([
    ['73个', '73', '个'],
    ['218.68万元', '218.68', '万元'],
    ['11 项', '11', '项'],
    ['1,200人次', '1200', '人次'],
    ['７３个', '73', '个'],
  ])('reads %j as %s %s', (text, v, unit) => {
    const r = readQuantity(cell(text));
    expect(r.ok && r.value.value.toString()).toBe(v);
    expect(r.ok && r.value.unit).toBe(unit);
  });

  it('refuses a number followed by words', () => {
    expect(value(readQuantity(cell('73个左右')))).toBe('invalid');
  });
});

describe('issue counts', () => {
  it.each([
    [0, '0'],
    ['2', '2'],
    ['发现2类问题', '2'],
    ['存在3处不合规', '3'],
    ['无', '0'],
    ['未发现问题', '0'],
    ['两类', '2'],
  ])('reads %j as %s', (v, n) => {
    expect(num(readCount(cell(v)))).toBe(n);
  });

  it('refuses fractions and words', () => {
    expect(value(readCount(cell('1.5')))).toBe('invalid');
    expect(value(readCount(cell('较多')))).toBe('invalid');
  });
});

describe('delays past a deadline', () => {
  it.each([
    [3, '3', null],
    ['延期2个月', '2', '个月'],
    ['超过5天', '5', '天'],
    ['逾期１０天', '10', '天'],
    ['按时', '0', null],
    ['按期完成', '0', null],
    ['无', '0', null],
  ])('reads %j as %s %s', (v, n, unit) => {
    const r = readDelay(cell(v));
    expect(r.ok && r.value.value.toString()).toBe(n);
    expect(r.ok && r.value.unit).toBe(unit);
  });

  it('refuses a percentage, a negative delay and words it does not know', () => {
    expect(value(readDelay(cell('5%')))).toBe('invalid');
    expect(value(readDelay(cell('-2天')))).toBe('invalid');
    expect(value(readDelay(cell('稍有延误')))).toBe('invalid');
    expect(value(readDelay(cell(null)))).toBe('missing');
  });
});

describe('checklist items', () => {
  const items = (v: CellValue, n = 4) => {
    const r = readItems(cell(v), n);
    return r.ok ? [...r.value] : r.missing ? 'missing' : 'invalid';
  };

  it.each([
    ['①③', [1, 3]],
    ['1,3', [1, 3]],
    ['1、3', [1, 3]],
    ['1，3', [1, 3]],
    ['(1)(3)', [1, 3]],
    ['③①', [1, 3]],
    ['全部', [1, 2, 3, 4]],
    ['无', []],
    [2, [2]],
  ])('reads %j as items %j', (v, expected) => {
    expect(items(v)).toEqual(expected);
  });

  it('reads 是/否 for a single condition', () => {
    expect(items('是', 1)).toEqual([1]);
    expect(items('否', 1)).toEqual([]);
    expect(items('√', 1)).toEqual([1]);
  });

  it('refuses items the rule does not have, and level words', () => {
    expect(items('⑤')).toBe('invalid');
    expect(items('良')).toBe('invalid');
  });
});

describe('levels', () => {
  const LEVELS = ['优秀', '良好', '合格', '不合格'].map((level) => ({
    level,
    key: level,
    outcome: { type: 'full' as const },
  }));
  const level = (input: string) => {
    const r = readGradeLevel(cell(input), LEVELS);
    return r.ok ? r.value.level : r.missing ? 'missing' : 'invalid';
  };

  it('matches the rule’s own level names, and their short forms', () => {
    expect(level('良好')).toBe('良好');
    expect(level('优')).toBe('优秀');
    expect(level(' 合格 ')).toBe('合格');
  });

  it('refuses a level the rule does not name', () => {
    expect(level('中')).toBe('invalid');
  });
});
