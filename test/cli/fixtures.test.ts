/** The shared fixtures scored end to end must report what their *.expected.json list, and be stable. */
import fs from 'fs';
import path from 'path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIXTURES, fixture } from '../xlsx/helpers';
import { readExpected } from '../sharedDir';
import { jixiao, tempDir } from './run';

describe.each(FIXTURES)('jixiao score %s', (name) => {
  const expected = readExpected(name);
  let dir: string;
  let report: { tables: Record<string, unknown>[] };
  let scored: string;

  beforeAll(async () => {
    dir = tempDir();
    const input = path.join(dir, `${name}.xlsx`);
    fs.copyFileSync(fixture(`${name}.xlsx`), input);
    const run = await jixiao('score', input, '--json', path.join(dir, 'report.json'));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    scored = path.join(dir, `${name}.scored.xlsx`);
  });

  it('finds the expected tables with their totals', () => {
    for (const t of expected.tables) {
      const table = report.tables.find((x) => x.sheet === t.sheet);
      expect(table).toBeDefined();
      if (t.headerRow !== undefined) expect(table!.headerRow).toBe(t.headerRow);
      expect(table!.total).toEqual(t.total);
    }
  });

  it('scores every listed indicator as expected', () => {
    for (const t of expected.tables) {
      const indicators = report.tables.find((x) => x.sheet === t.sheet)!.indicators as Record<
        string,
        unknown
      >[];
      for (const want of t.indicators) {
        const got = indicators.find((i) => i.row === want.row);
        expect({
          row: want.row,
          got: got && {
            name: got.name,
            weight: got.weight,
            score: got.score,
            status: got.status,
            kind: got.kind,
          },
        }).toEqual({
          row: want.row,
          got: {
            name: want.name,
            weight: want.weight,
            score: want.score,
            status: want.status,
            kind: want.kind,
          },
        });
      }
    }
  });

  it('reports every listed finding at its cell', () => {
    for (const t of expected.tables) {
      const findings = report.tables.find((x) => x.sheet === t.sheet)!.findings as {
        cell: string;
        code: string;
      }[];
      for (const want of t.findings)
        expect(findings.map((f) => `${f.cell} ${f.code}`)).toContain(`${want.cell} ${want.code}`);
    }
  });

  it('gives an identical workbook when the scored output is scored again', async () => {
    const again = path.join(dir, 'again.xlsx');
    const run = await jixiao('score', scored, '--out', again);
    expect(run.code).toBe(0);
    const [a, b] = await Promise.all([readXlsx(fs.readFileSync(scored)), readXlsx(fs.readFileSync(again))]);
    expect(b.grid).toEqual(a.grid);
    expect(new Uint8Array(fs.readFileSync(again))).toEqual(new Uint8Array(fs.readFileSync(scored)));
  });

  it('keeps the ledger in exactly one custom XML part of ours and no jixiao.ledger.* property', async () => {
    const doc = await readXlsx(fs.readFileSync(scored));
    expect(doc.ledgerParts).toHaveLength(1);
    expect(doc.ledger?.damaged).toBe(false);
    expect(Object.keys(doc.ledger!.ledger.cells).length).toBeGreaterThan(0);
    expect(Object.keys(doc.customProperties).filter((k) => k.startsWith('jixiao.ledger.'))).toEqual([]);
  });
});
