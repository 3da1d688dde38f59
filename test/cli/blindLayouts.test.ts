/**
 * Workbooks rebuilt blind from published 评分表/自评表 pages (test/fixtures/layouts, see its README): their
 * tables are found, and no score the engine computes differs from the hand-computed one. The rest of the
 * agreement (indicators, findings) is printed as a measure, as the corpus test prints its own.
 */
import fs from 'fs';
import path from 'path';
import { NoTableError, scoreWorkbook } from '../../src/core';
import { readXlsx } from '../../src/hosts/xlsx/read';

const ROOT = path.resolve(__dirname, '..', 'fixtures', 'layouts');
/** Tables the engine does not find yet, each with the reason (README, "Not found yet"). */
const NOT_FOUND_YET = new Set<string>([]);

interface Expected {
  tables: {
    sheet: string;
    headerRow: number;
    indicators: {
      row: number;
      name?: string;
      weight?: number | null;
      score?: number | null;
      status?: string;
    }[];
    findings?: { cell: string; code: string }[];
  }[];
}

const workbooks = fs
  .readdirSync(ROOT)
  .filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory())
  .flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => path.join(ROOT, d, f)),
  );

/** The report, or no tables when none is found (the CLI's exit 1). */
function scored(grid: Parameters<typeof scoreWorkbook>[0], file: string) {
  try {
    return scoreWorkbook(grid, { file }).report;
  } catch (error) {
    if (error instanceof NoTableError) return { tables: [] };
    throw error;
  }
}

describe('blind layout workbooks', () => {
  const tally = {
    tables: 0,
    found: 0,
    indicators: 0,
    agree: 0,
    findings: 0,
    raised: 0,
    wrong: [] as string[],
  };
  const unfound: string[] = [];
  const extra: string[] = [];

  beforeAll(async () => {
    for (const file of workbooks) {
      const name = path.basename(file);
      const expected = JSON.parse(
        fs.readFileSync(file.replace(/\.xlsx$/, '.expected.json'), 'utf8'),
      ) as Expected;
      const doc = await readXlsx(fs.readFileSync(file));
      const report = scored(doc.grid, name);
      for (const want of expected.tables) {
        tally.tables++;
        tally.indicators += want.indicators.length;
        tally.findings += want.findings?.length ?? 0;
        const got = report.tables.find((t) => t.sheet === want.sheet && t.headerRow === want.headerRow);
        if (!got) {
          unfound.push(`${name} ${want.sheet}!${want.headerRow}`);
          continue;
        }
        tally.found++;
        for (const w of want.indicators) {
          const g = got.indicators.find((i) => i.row === w.row);
          if (!g) continue;
          if (g.status === 'scored' && g.score !== null && g.score !== w.score)
            tally.wrong.push(`${name} row ${w.row} ${w.name}: ${g.score}, by hand ${w.score}`);
          // (A field the hand left out, a name the source did not give, is not compared.)
          const same = (k: 'name' | 'weight' | 'score' | 'status') => w[k] === undefined || g[k] === w[k];
          if (same('name') && same('weight') && same('score') && same('status')) tally.agree++;
        }
        const raised = new Set(got.findings.map((f) => `${f.cell} ${f.code}`));
        tally.raised += (want.findings ?? []).filter((f) => raised.has(`${f.cell} ${f.code}`)).length;
      }
      for (const got of report.tables)
        if (!expected.tables.some((t) => t.sheet === got.sheet && t.headerRow === got.headerRow))
          extra.push(`${name} ${got.sheet}!${got.headerRow}`);
    }
    console.log(
      `blind layouts: ${workbooks.length} workbooks — tables found ${tally.found}/${tally.tables}, ` +
        `indicators as by hand ${tally.agree}/${tally.indicators}, findings raised ${tally.raised}/${tally.findings}, ` +
        `computed scores wrong ${tally.wrong.length}`,
    );
  });

  it('computes no score that differs from the hand-computed one', () => {
    expect(tally.wrong).toEqual([]);
  });

  it('finds every table, and only those, but the ones the README lists as not found yet', () => {
    expect(unfound.sort()).toEqual([...NOT_FOUND_YET].sort());
    expect(extra).toEqual([]);
  });
});
