/**
 * The scored copy is the original package plus our cells: on a crafted workbook holding what a
 * re-save loses (legacy sheet password, workbook protection, validation, print area with `$`, chart,
 * pivot cache, openpyxl comment, macros), every entry we do not own keeps its compressed bytes, the
 * scored sheet keeps everything outside our cells, and scoring the copy again gives the same bytes.
 */
import fs from 'fs';
import path from 'path';
import { isLedgerXml } from '../../src/core/ledgerXml';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { type ZipPackage, entryBytes, findEntry, openZip } from '../../src/hosts/xlsx/zip';
import { jixiao, tempDir } from '../cli/run';
import { type HostileOptions, LEGACY_LEDGER, hostileWorkbook } from './crafted/build';
import { loadExcel } from './helpers';

const text = (pkg: ZipPackage, name: string) =>
  new TextDecoder().decode(entryBytes(pkg, findEntry(pkg, name)!));
const raw = (pkg: ZipPackage, name: string) => {
  const e = findEntry(pkg, name)!;
  return pkg.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
};

/** The parts the writer may change; every other entry must come out as it went in. */
const OWNED = [
  /^xl\/worksheets\/sheet1\.xml$/,
  /^xl\/styles\.xml$/,
  /^\[Content_Types\]\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^docProps\/custom\.xml$/,
  /^customXml\//,
];

async function score(
  bytes: Uint8Array,
  name: string,
): Promise<{ dir: string; out: string; code: number; report: string }> {
  const dir = tempDir();
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const report = path.join(dir, 'report.json');
  const run = await jixiao('score', input, '--json', report);
  return { dir, out: path.join(dir, name.replace(/\.(xlsx|xlsm)$/, '.scored.xlsx')), code: run.code, report };
}

const VARIANTS: [string, HostileOptions][] = [
  ['hostile.xlsx', {}],
  ['hostile.xlsm', { macros: true }],
  ['excel-style.xlsx', { writer: 'excel' }],
];

describe.each(VARIANTS)('scoring %s', (name, options) => {
  let before: ZipPackage;
  let after: ZipPackage;
  let scoredPath: string;

  beforeAll(async () => {
    const input = await hostileWorkbook(options);
    const run = await score(input, name);
    expect(run.code).toBe(0);
    scoredPath = run.out;
    before = openZip(input);
    after = openZip(new Uint8Array(fs.readFileSync(run.out)));
  });

  it('copies every entry it does not own with the same compressed bytes, method and CRC', () => {
    const kept = before.entries.filter((e) => !OWNED.some((re) => re.test(e.name)));
    expect(kept.length).toBeGreaterThanOrEqual(14);
    for (const e of kept) {
      const out = findEntry(after, e.name);
      expect({ name: e.name, present: out !== undefined }).toEqual({ name: e.name, present: true });
      expect([e.name, out!.method, out!.crc, out!.size]).toEqual([e.name, e.method, e.crc, e.size]);
      expect(Buffer.compare(Buffer.from(raw(before, e.name)), Buffer.from(raw(after, e.name)))).toBe(0);
    }
    if (options.macros) expect(findEntry(after, 'xl/vbaProject.bin')?.method).toBe(0);
  });

  it('keeps every part of the scored sheet outside the cells it writes', () => {
    const a = text(before, 'xl/worksheets/sheet1.xml');
    const b = text(after, 'xl/worksheets/sheet1.xml');
    // Everything before and after the cells, byte for byte: view, widths, protection with its legacy
    // password, merges, conditional format, validation, print setup, comments' drawing, extensions.
    expect(b.slice(0, b.indexOf('<sheetData>'))).toBe(a.slice(0, a.indexOf('<sheetData>')));
    expect(b.slice(b.indexOf('</sheetData>'))).toBe(a.slice(a.indexOf('</sheetData>')));
    expect(b).toContain('<sheetProtection password="CC3D" sheet="1"');
    // Rows we do not write to, and the shared and array formulas around the table.
    const rowsOf = (xml: string) =>
      new Map([...xml.matchAll(/<row r="(\d+)"[^>]*>.*?<\/row>/g)].map((m) => [m[1], m[0]]));
    const [ra, rb] = [rowsOf(a), rowsOf(b)];
    for (const r of ['1', '2', '10', '11', '12']) expect(rb.get(r)).toBe(ra.get(r));
    // In a row we write to, the cells we do not write keep their text.
    for (const cell of [
      '<c r="D3" s="6"><v>10</v></c>',
      '<c r="F3" s="1"><v>0.9</v></c>',
      '<c r="D7" s="6"><f>SUM(D3:D6)</f><v>35</v></c>',
    ])
      expect(b).toContain(cell);
  });

  // ExcelJS cannot open a comment related as openpyxl relates it, nor rows without `r`, original or
  // scored: those variants are opened by LibreOffice in test/e2e/libreoffice.test.ts.
  const excelJsReads = options.writer === 'excel';
  if (excelJsReads)
    it('writes the score, the note and the marks, keeping each cell’s own style apart from the fill', async () => {
      const wb = await loadExcel(new Uint8Array(fs.readFileSync(scoredPath)));
      const ws = wb.getWorksheet('评分表')!;
      expect(ws.getCell('G3').value).toBe(8);
      expect(String(ws.getCell('H3').value)).toMatch(/扣2\.00分/);
      expect(ws.getCell('G4').value).toBe(10);
      // F5 (no `r` in the file) is marked missing, F6 (a date) marked as an error; both keep % / date format and border.
      expect(ws.getCell('F5').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
      expect(ws.getCell('F5').numFmt).toBe('0%');
      expect(ws.getCell('F5').border).toEqual(ws.getCell('F3').border);
      expect(ws.getCell('F5').font).toEqual(ws.getCell('F3').font);
      expect(ws.getCell('F6').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
      // Protection, validation, print area and merges, as another reader sees them.
      expect(ws.pageSetup.printArea).toMatch(/A\$?1:\$?H\$?7/);
      expect(ws.getCell('A1').isMerged).toBe(true);
      expect(ws.getCell('F3').dataValidation).toMatchObject({ type: 'decimal' });
    });

  it('appends fills and cell styles without renumbering the existing ones', () => {
    const a = text(before, 'xl/styles.xml');
    const b = text(after, 'xl/styles.xml');
    const list = (xml: string, tag: string) =>
      [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>.*?</${tag}>)`, 'g'))].map((m) => m[0]);
    const section = (xml: string, s: string) => xml.slice(xml.indexOf(`<${s}`), xml.indexOf(`</${s}>`));
    const [fa, fb] = [list(section(a, 'fills'), 'fill'), list(section(b, 'fills'), 'fill')];
    const [xa, xb] = [list(section(a, 'cellXfs'), 'xf'), list(section(b, 'cellXfs'), 'xf')];
    expect(fb.slice(0, fa.length)).toEqual(fa);
    expect(xb.slice(0, xa.length)).toEqual(xa);
    expect(fb.length).toBeGreaterThan(fa.length);
    expect(b).toContain(`<cellXfs count="${xb.length}">`);
    // The clone of the % style (1) differs from it only in its fill.
    const strip = (xf: string) => xf.replace(/ fillId="\d+"| applyFill="\d"/g, '');
    expect(xb.slice(xa.length).map(strip)).toContain(strip(xa[1]));
    expect(b.slice(b.indexOf('<cellStyles'))).toBe(a.slice(a.indexOf('<cellStyles')));
  });

  it('drops the legacy ledger property and keeps the person’s own byte for byte', () => {
    const a = text(before, 'docProps/custom.xml');
    const b = text(after, 'docProps/custom.xml');
    expect(b).not.toContain('jixiao.ledger');
    for (const m of a.matchAll(/<property [^>]*name="(审核人|年度)".*?<\/property>/g))
      expect(b).toContain(m[0]);
  });

  it('keeps the ledger in one custom XML part, related from the workbook, with its properties part', async () => {
    const items = after.entries.filter((e) => /^customXml\/item\d+\.xml$/.test(e.name));
    expect(items).toHaveLength(1);
    expect(isLedgerXml(text(after, items[0].name))).toBe(true);
    expect(text(after, 'xl/_rels/workbook.xml.rels')).toContain(`Target="../${items[0].name}"`);
    expect(text(after, '[Content_Types].xml')).toContain('PartName="/customXml/itemProps1.xml"');
    expect(text(after, 'customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"');
    const doc = await readXlsx(after.bytes);
    expect(doc.ledger?.damaged).toBe(false);
    // The note the legacy ledger named was read: the ledger moved, it did not start over.
    expect(JSON.parse(LEGACY_LEDGER).cells['评分表!H3']).toBeDefined();
    expect(Object.keys(doc.ledger!.ledger.cells)).toEqual(expect.arrayContaining(['评分表!G3', '评分表!F5']));
  });

  it('gives the same bytes when the scored copy is scored again', async () => {
    const again = path.join(path.dirname(scoredPath), 'again.xlsx');
    expect((await jixiao('score', scoredPath, '--out', again)).code).toBe(0);
    expect(Buffer.compare(fs.readFileSync(again), fs.readFileSync(scoredPath))).toBe(0);
  });
});

describe('scoring a workbook whose custom properties were only our legacy ledger', () => {
  it('removes the emptied part with its relationship and content type', async () => {
    const input = await hostileWorkbook({
      properties: [
        [
          'jixiao.ledger.0',
          `<vt:lpwstr>${LEGACY_LEDGER.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</vt:lpwstr>`,
        ],
      ],
    });
    const run = await score(input, 'only-ledger.xlsx');
    expect(run.code).toBe(0);
    const after = openZip(new Uint8Array(fs.readFileSync(run.out)));
    expect(findEntry(after, 'docProps/custom.xml')).toBeUndefined();
    expect(text(after, '_rels/.rels')).not.toContain('custom-properties');
    expect(text(after, '[Content_Types].xml')).not.toContain('/docProps/custom.xml');
    expect(text(after, '_rels/.rels')).toContain('docProps/app.xml');
  });
});
