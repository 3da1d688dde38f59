/** The shared fixtures end to end through the xlsx reader: every listed indicator, finding and total. */
import fs from 'fs';
import path from 'path';
import { scoreWorkbook } from '../../../src/core';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { FIXTURES_DIR, readExpected } from '../../sharedDir';
import { applyPatches } from './gridBuilder';

const fixturesDir = FIXTURES_DIR;
const names = fs
  .readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''));

describe.each(names)('fixture %s', (name) => {
  const expected = readExpected(name);
  const load = async () =>
    (await readXlsx(new Uint8Array(fs.readFileSync(path.join(fixturesDir, `${name}.xlsx`))))).grid;

  it('scores every listed table as expected', async () => {
    const { report } = scoreWorkbook(await load(), { file: `${name}.xlsx` });
    for (const want of expected.tables) {
      const got = report.tables.find((t) => t.sheet === want.sheet);
      expect(got).toBeDefined();
      if (!got) continue;
      if (want.headerRow !== undefined) expect(got.headerRow).toBe(want.headerRow);
      expect(got.total).toEqual(want.total);
      for (const ind of want.indicators) {
        const actual = got.indicators.find((i) => i.row === ind.row);
        expect({
          row: ind.row,
          ...(actual && {
            name: actual.name,
            weight: actual.weight,
            score: actual.score,
            status: actual.status,
            kind: actual.kind,
          }),
        }).toEqual(ind);
      }
      expect(got.indicators.map((i) => i.row)).toEqual(want.indicators.map((i) => i.row));
      const found = got.findings.map((f) => `${f.cell} ${f.code}`);
      for (const f of want.findings) expect(found).toContain(`${f.cell} ${f.code}`);
    }
  });

  it('has nothing left to change when scored a second time', async () => {
    const grid = await load();
    const first = scoreWorkbook(grid);
    const second = scoreWorkbook(applyPatches(grid, first.patches), { ledger: first.ledger });
    expect(second.patches).toEqual([]);
    expect(second.report).toEqual(first.report);
  });
});
