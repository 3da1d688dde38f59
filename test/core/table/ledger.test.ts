import { scoreWorkbook } from '../../../src/core';
import { workbook } from './gridBuilder';
import { RULES, scoreSheet } from './tableFixtures';
import { isLedgerProperty, legacyLedger } from '../../../src/core/ledger';
import type { MarkLedger as Ledger } from '../../../src/core/patch';
import { legacyLedgerProperties } from '../legacyLedgerProperties';

/** What a version that stored the ledger in properties reads back (empty when there is none). */
const decodeLedger = (props: Record<string, unknown> | null): Ledger =>
  legacyLedger(props)?.ledger ?? { version: 1, cells: {} };
import type { MarkLedger } from '../../../src/core/patch';

const ledger = (n: number): MarkLedger => ({
  version: 1,
  cells: Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `评分表!J${i + 4}`,
      {
        fillBefore: i % 2 ? null : '#D9E1F2',
        note: `预算完成率92.00%，低于95%标准3.00个百分点，扣0.60分，得2.40分😀${i}`,
        value: i / 10,
      },
    ]),
  ),
});

describe('ledger in document custom properties', () => {
  it('round-trips through chunks of at most 255 characters keyed jixiao.ledger.0…n', () => {
    const original = ledger(40);
    const props = legacyLedgerProperties(original);
    const keys = Object.keys(props);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys).toEqual(keys.map((_, i) => `jixiao.ledger.${i}`));
    for (const chunk of Object.values(props)) {
      expect(chunk.length).toBeLessThanOrEqual(255);
    }
    expect(decodeLedger(props)).toEqual(original);
  });

  it('never splits a character made of two UTF-16 units across chunks', () => {
    const head = JSON.stringify({ version: 1, cells: { '表!A1': { note: '' } } }).indexOf('""') + 1;
    const note = 'a'.repeat(254 - head) + '😀' + '尾';
    const props = legacyLedgerProperties({ version: 1, cells: { '表!A1': { note } } });
    const lone = /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/;
    expect(Object.values(props).some((c) => lone.test(c))).toBe(false);
    expect(props['jixiao.ledger.0'].length).toBe(254);
    expect(decodeLedger(props).cells['表!A1'].note).toBe(note);
  });

  it('ignores other custom properties and reads chunks in numeric order', () => {
    const props = legacyLedgerProperties(ledger(12));
    const shuffled = Object.fromEntries(Object.entries(props).reverse());
    expect(decodeLedger({ ...shuffled, Author: 'x', 'jixiao.settings': '{}' })).toEqual(ledger(12));
    expect(isLedgerProperty('jixiao.ledger.3')).toBe(true);
    expect(isLedgerProperty('jixiao.ledgerx')).toBe(false);
  });

  it('ignores chunks left over from a longer earlier ledger', () => {
    const long = legacyLedgerProperties(ledger(30));
    const short = legacyLedgerProperties(ledger(2));
    expect(decodeLedger({ ...long, ...short })).toEqual(ledger(2));
  });

  it.each([
    ['no properties', {}],
    ['null', null],
    ['bad JSON', { 'jixiao.ledger.0': '{"version":1,"cells":{' }],
    ['a missing chunk', { 'jixiao.ledger.1': '{"version":1,"cells":{}}' }],
    ['wrong version', { 'jixiao.ledger.0': '{"version":2,"cells":{}}' }],
    ['not an object', { 'jixiao.ledger.0': '[1,2]' }],
  ])('reads %s as an empty ledger', (_, props) => {
    expect(decodeLedger(props as Record<string, string> | null)).toEqual({ version: 1, cells: {} });
  });

  it('drops malformed entries and keeps good ones', () => {
    const props = {
      'jixiao.ledger.0': JSON.stringify({
        version: 1,
        cells: {
          '表!A1': { fillBefore: 5, note: 'ok' },
          '表!A2': 'x',
          nosheet: { note: 'n' },
          '表!A3': { value: 'NaN', fillBefore: null },
        },
      }),
    };
    expect(decodeLedger(props)).toEqual({
      version: 1,
      cells: { '表!A1': { note: 'ok' }, '表!A3': { fillBefore: null } },
    });
  });
});

describe('a ledger the document carries but that cannot be read', () => {
  it('is reported once, as a warning on the first table, and the run goes on', () => {
    const grid = workbook(scoreSheet([['过程', '预算执行', 10, '预算完成率', 3, RULES.completion, '92%']]));
    const damaged = scoreWorkbook(grid, { ledgerDamaged: true });
    const warnings = damaged.report.tables[0].findings.filter((f) => f.code === 'ledger-unreadable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ cell: 'A2', severity: 'warning' });
    expect(damaged.report.tables[0].indicators[0].score).toBe(2.4);
    expect(scoreWorkbook(grid).report.tables[0].findings.some((f) => f.code === 'ledger-unreadable')).toBe(
      false,
    );
  });
});
