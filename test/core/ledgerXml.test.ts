import { isLedgerXml, LEDGER_NAMESPACE, ledgerFromXml, ledgerToXml } from '../../src/core/ledgerXml';
import { legacyLedger } from '../../src/core/ledger';
import { legacyLedgerProperties } from './legacyLedgerProperties';
import type { MarkLedger } from '../../src/core/patch';

const LEDGER: MarkLedger = {
  version: 1,
  cells: {
    '评分表!H15': { fillBefore: null },
    '评分表!I9': {
      note: '预算完成率92.00%，低于95%标准3.00个百分点，\n按每降低5%扣1分计扣0.60分，得2.40分',
      value: 2.4,
    },
    "A&B's <表>!C3": { fillBefore: '#FFEB9C', note: '  leading and "quoted" & <tagged>\ttext ' },
    '表!J2': { fillBefore: 'theme:4:0.2', value: 0.9864 },
    '评分表!H9': { value: 9.86, replaced: 9.9 },
  },
};

describe('ledger as one custom XML part', () => {
  it('round-trips every entry exactly, whatever characters notes and sheet names hold', () => {
    const xml = ledgerToXml(LEDGER);
    expect(xml).toContain(LEDGER_NAMESPACE);
    expect(isLedgerXml(xml)).toBe(true);
    expect(ledgerFromXml(xml)).toEqual({ ledger: LEDGER, damaged: false });
  });

  it('keeps the typed score a number of ours replaced, as an attribute of its cell', () => {
    const xml = ledgerToXml(LEDGER);
    expect(xml).toContain('<cell key="评分表!H9" value="9.86" replaced="9.9"/>');
    expect(ledgerFromXml(xml).ledger.cells['评分表!H9']).toEqual({ value: 9.86, replaced: 9.9 });
  });

  it('writes the same bytes for the same ledger, whatever order its entries were added in', () => {
    const reversed: MarkLedger = {
      version: 1,
      cells: Object.fromEntries(Object.entries(LEDGER.cells).reverse()),
    };
    expect(ledgerToXml(reversed)).toBe(ledgerToXml(LEDGER));
  });

  it('holds a ledger of 3,000 rows in one part, far beyond a custom property’s 255 characters', () => {
    const big: MarkLedger = { version: 1, cells: {} };
    for (let r = 1; r <= 3000; r++)
      big.cells[`评分表!I${r}`] = { note: `第${r}行的说明`.repeat(5), value: r / 7 };
    expect(ledgerFromXml(ledgerToXml(big)).ledger).toEqual(big);
  });

  it('reads a part another writer re-serialised with a namespace prefix and CDATA', () => {
    const xml =
      `<?xml version="1.0"?><ns0:ledger xmlns:ns0="${LEDGER_NAMESPACE}" version='1'>` +
      `<ns0:cell key="S!A1" noFillBefore="1"><ns0:note><![CDATA[a < b]]></ns0:note></ns0:cell></ns0:ledger>`;
    expect(ledgerFromXml(xml)).toEqual({
      ledger: { version: 1, cells: { 'S!A1': { fillBefore: null, note: 'a < b' } } },
      damaged: false,
    });
  });

  it('says damaged, never silently empty, when the part is cut off or an entry is unreadable', () => {
    const xml = ledgerToXml(LEDGER);
    const cut = ledgerFromXml(xml.slice(0, Math.floor(xml.length * 0.6)));
    expect(cut.damaged).toBe(true);
    expect(Object.keys(cut.ledger.cells).length).toBeGreaterThan(0);
    const badValue = ledgerFromXml(xml.replace('value="2.4"', 'value="abc"'));
    expect(badValue.damaged).toBe(true);
    expect(badValue.ledger.cells['评分表!I9'].note).toBe(LEDGER.cells['评分表!I9'].note);
    const badReplaced = ledgerFromXml(xml.replace('replaced="9.9"', 'replaced=""'));
    expect(badReplaced.damaged).toBe(true);
    expect(badReplaced.ledger.cells['评分表!H9']).toEqual({ value: 9.86 });
    expect(ledgerFromXml('<other xmlns="urn:else"/>').damaged).toBe(true);
    expect(isLedgerXml('<other xmlns="urn:else"/>')).toBe(false);
  });
});

describe('legacy ledger properties', () => {
  it('reads the jixiao.ledger.N chunks of earlier versions, and says when they are damaged', () => {
    const props = legacyLedgerProperties(LEDGER);
    expect(Object.keys(props).length).toBeGreaterThan(1);
    expect(legacyLedger(props)).toEqual({ ledger: LEDGER, damaged: false });
    expect(legacyLedger({ other: 'x' })).toBeNull();
    const broken = { ...props, 'jixiao.ledger.0': '{"version":1,"cel' };
    expect(legacyLedger(broken)?.damaged).toBe(true);
  });
});
