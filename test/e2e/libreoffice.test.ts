/**
 * The scored workbook opened by another spreadsheet program (LibreOffice, headless) shows our scores in
 * the 得分 column. Skipped without `soffice` on a developer machine; required when CI is set.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import { fixture } from '../xlsx/helpers';
import { hostileWorkbook } from '../xlsx/crafted/build';
import { jixiao, tempDir } from '../cli/run';

function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** RFC 4180 CSV → rows of fields (cells may hold quoted line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n') (row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = ''));
    else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const soffice = which('soffice');

/**
 * One sheet of a workbook as LibreOffice shows it. Every sheet goes to its own CSV in `dir`/csv
 * (token 12 = -1), values as shown; a private profile in `dir` so runs do not collide.
 */
function sheetAsShown(dir: string, workbook: string, sheet: string): string[][] {
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      path.join(dir, 'csv'),
      workbook,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const base = path.basename(workbook, path.extname(workbook));
  return parseCsv(fs.readFileSync(path.join(dir, 'csv', `${base}-${sheet}.csv`), 'utf8'));
}
const describeLo = soffice ? describe : process.env.CI ? describe : describe.skip;

describeLo('LibreOffice opens the scored hunan workbook', () => {
  it('shows the computed scores in the 得分 column', async () => {
    expect(soffice).not.toBeNull(); // CI must have LibreOffice: fail rather than skip there
    const dir = tempDir();
    const input = path.join(dir, 'hunan.xlsx');
    fs.copyFileSync(fixture('hunan-dept-overall.xlsx'), input);
    expect((await jixiao('score', input)).code).toBe(0);

    const rows = sheetAsShown(dir, path.join(dir, 'hunan.scored.xlsx'), '评分表');
    const header = rows[2];
    const score = header.indexOf('得分');
    expect(score).toBeGreaterThan(0);
    expect(rows[8][3]).toBe('预算完成率');
    expect(rows[8][score]).toBe('2.4');
    expect(rows[29][0]).toBe('合计');
    expect(rows[29][score]).toBe('82.7');
  }, 180_000);
});

describeLo('LibreOffice opens the scored copy of a crafted hostile workbook', () => {
  // Legacy sheet password, workbook protection, validation, print area, chart, pivot cache, an
  // openpyxl comment, rows without `r`: the surgical writer's copy must still open and show our scores.
  it.each([
    ['hostile.xlsx', false],
    ['hostile.xlsm', true],
  ])(
    '%s',
    async (name, macros) => {
      expect(soffice).not.toBeNull();
      const dir = tempDir();
      const input = path.join(dir, name);
      fs.writeFileSync(input, await hostileWorkbook({ macros }));
      expect((await jixiao('score', input)).code).toBe(0);
      const scored = path.join(dir, name.replace(/\.xls[xm]$/, '.scored.xlsx'));
      const rows = sheetAsShown(dir, scored, '评分表');
      expect(rows[1][6]).toBe('得分');
      expect(rows[2][6]).toBe('8');
      expect(rows[2][7]).toMatch(/扣2\.00分/);
      expect(rows[3][6]).toBe('10');
      expect(rows[4][2]).toBe('群众满意度');
    },
    180_000,
  );
});
