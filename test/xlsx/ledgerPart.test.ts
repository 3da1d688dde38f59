/** The ledger's custom XML part: found whatever its number, reported when damaged, moved from legacy properties. */
import JSZip from 'jszip';
import { ledgerToXml } from '../../src/core/ledgerXml';
import { scoreWorkbook } from '../../src/core';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { writeXlsx } from '../../src/hosts/xlsx/write';
import { entryBytes, findEntry, openZip } from '../../src/hosts/xlsx/zip';
import { hostileWorkbook } from './crafted/build';

async function withLedgerPart(xml: string, n = 3): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(await hostileWorkbook({ properties: null }));
  z.file(`customXml/item${n}.xml`, xml);
  // Another program's custom XML part, which is not ours and must stay.
  z.file(
    'customXml/item1.xml',
    '<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
  );
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the ledger part', () => {
  it('is found by its namespace whatever its number, and rewritten in place', async () => {
    const ledger = { version: 1 as const, cells: { '评分表!H3': { note: '旧说明' } } };
    const doc = await readXlsx(await withLedgerPart(ledgerToXml(ledger)));
    expect(doc.ledgerParts).toEqual(['customXml/item3.xml']);
    expect(doc.ledger).toEqual({ ledger, damaged: false });
    const outcome = scoreWorkbook(doc.grid, { ledger: doc.ledger!.ledger });
    const out = openZip(await writeXlsx(doc, outcome.patches, outcome.ledger));
    expect(
      out.entries
        .filter((e) => e.name.startsWith('customXml/item'))
        .map((e) => e.name)
        .sort(),
    ).toEqual(['customXml/item1.xml', 'customXml/item3.xml']);
    const text = new TextDecoder().decode(entryBytes(out, findEntry(out, 'customXml/item3.xml')!));
    expect(text).toBe(ledgerToXml(outcome.ledger));
  });

  it('reports a damaged part as ledger-unreadable and writes a sound one', async () => {
    const doc = await readXlsx(
      await withLedgerPart('<ledger xmlns="urn:jixiao:ledger:1" version="1"><cell key="评分表!H3"><note>半'),
    );
    expect(doc.ledger?.damaged).toBe(true);
    const outcome = scoreWorkbook(doc.grid, { ledger: doc.ledger!.ledger, ledgerDamaged: true });
    expect(outcome.report.tables[0].findings.map((f) => f.code)).toContain('ledger-unreadable');
    const again = await readXlsx(await writeXlsx(doc, outcome.patches, outcome.ledger));
    expect(again.ledger?.damaged).toBe(false);
  });
});
