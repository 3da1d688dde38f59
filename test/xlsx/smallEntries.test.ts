/**
 * Small entries are inflated in one piece (src/hosts/xlsx/zip.ts): the same checks as the stream —
 * an entry larger or shorter than stated, a damaged stream, a failing CRC-32 — and the same reading.
 */
import JSZip from 'jszip';
import zlib from 'zlib';
import { cellAt } from '../../src/core/grid';
import { XlsxReadError } from '../../src/hosts/xlsx/errors';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { oneSheetWorkbook, rawZip, sheetXml, stored } from './crafted/build';

const SHEET = 'xl/worksheets/sheet1.xml';

interface Stated {
  size: number;
  crc: number;
  data: Uint8Array;
}

/** The workbook with every part deflated by `deflate`, the sheet's record changed by `lie`. */
async function deflatedWorkbook(
  deflate: (data: Uint8Array) => Uint8Array,
  lie: (e: Stated) => Partial<Stated> = () => ({}),
): Promise<Uint8Array> {
  const base = await oneSheetWorkbook(sheetXml([{ r: 1, cells: [{ ref: 'A1', n: 5 }] }]));
  const z = await JSZip.loadAsync(base);
  const entries = [];
  for (const name of Object.keys(z.files)) {
    if (z.files[name].dir) continue;
    const content = await z.file(name)!.async('uint8array');
    const record = {
      name,
      method: 8,
      crc: stored(name, content).crc,
      size: content.length,
      data: deflate(content),
    };
    entries.push(name === SHEET ? { ...record, ...lie(record) } : record);
  }
  return rawZip(entries);
}

const deflated = (data: Uint8Array) => new Uint8Array(zlib.deflateRawSync(data));
/** Level 0: DEFLATE's stored blocks. */
const storedBlocks = (data: Uint8Array) => new Uint8Array(zlib.deflateRawSync(data, { level: 0 }));

async function failure(bytes: Uint8Array): Promise<XlsxReadError> {
  const e = await readXlsx(bytes).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(XlsxReadError);
  expect((e as XlsxReadError).code).toBe('corrupt');
  return e as XlsxReadError;
}

describe('small deflated entries, inflated in one piece', () => {
  it.each([
    ['compressed', deflated],
    ['stored', storedBlocks],
  ])('read as the stream reads them (%s blocks)', async (_kind, deflate) => {
    const doc = await readXlsx(await deflatedWorkbook(deflate));
    expect(cellAt(doc.grid.sheets[0], 1, 1)?.value).toBe(5);
  });

  it.each([
    ['compressed', deflated],
    ['stored', storedBlocks],
  ])('an entry larger than its stated size is damaged (%s blocks)', async (_kind, deflate) => {
    const e = await failure(await deflatedWorkbook(deflate, (r) => ({ size: r.size - 10 })));
    expect(e.english).toMatch(/xl\/worksheets\/sheet1\.xml is larger than its stated size/);
  });

  it('an entry shorter than its stated size is damaged', async () => {
    const e = await failure(await deflatedWorkbook(deflated, (r) => ({ size: r.size + 10 })));
    expect(e.english).toMatch(/shorter than its stated size/);
  });

  it('a cut DEFLATE stream is damaged', async () => {
    const e = await failure(await deflatedWorkbook(deflated, (r) => ({ data: r.data.subarray(0, 20) })));
    expect(e.english).toMatch(/xl\/worksheets\/sheet1\.xml: /);
  });

  it('a failing CRC-32 is damaged', async () => {
    const e = await failure(await deflatedWorkbook(deflated, (r) => ({ crc: (r.crc ^ 1) >>> 0 })));
    expect(e.english).toMatch(/fails its CRC-32 check/);
  });
});
