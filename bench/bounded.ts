/**
 * `jixiao score` on a sheet formatted far below its table (bordered empty rows, as when someone formats
 * a column to the bottom): wall time and peak memory of a separate process, at 100,000 and 1,000,000 rows.
 */
import { spawnSync } from 'child_process';
import { strToU8, zipSync } from 'fflate';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { type BenchSection, repoRoot } from './section';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A 评分表 of three indicators, then bordered empty cells A–J down to row `rows`. */
export function formattedWorkbook(rows: number): Uint8Array {
  const text = (ref: string, t: string) => `<c r="${ref}" s="1" t="inlineStr"><is><t>${t}</t></is></c>`;
  const head = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际值', '得分', '扣分说明'];
  const parts: string[] = [`<row r="1">${head.map((h, i) => text(`${'ABCDEFGH'[i]}1`, h)).join('')}</row>`];
  for (let r = 2; r <= 4; r++)
    parts.push(
      `<row r="${r}">${text(`A${r}`, '产出')}${text(`B${r}`, '数量')}${text(`C${r}`, `指标${r}`)}<c r="D${r}" s="1"><v>10</v></c>` +
        `${text(`E${r}`, '完成率≥95%，得10分；每降低5%，扣2分。')}${text(`F${r}`, '90%')}</row>`,
    );
  for (let r = 5; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (const c of 'ABCDEFGHIJ') row += `<c r="${c}${r}" s="1"/>`;
    parts.push(row + '</row>');
  }
  const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${parts.join('')}</sheetData></worksheet>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="评分表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/styles.xml': strToU8(
        `<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
          '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>' +
          '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf xfId="0"/><xf borderId="1" xfId="0" applyBorder="1"/></cellXfs></styleSheet>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 6 },
  );
}

export const boundedSection: BenchSection = {
  title: 'Bounded reader and surgical writer (jixiao score, separate process)',
  async run() {
    const lines: string[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bounded-'));
    const main = path.join(repoRoot, 'dist', 'src', 'cli', 'main.js');
    for (const rows of [100_000, 1_000_000]) {
      const input = path.join(dir, `rows${rows}.xlsx`);
      fs.writeFileSync(input, formattedWorkbook(rows));
      const script =
        `const t=process.hrtime.bigint();require(${JSON.stringify(main)}).main(['score',${JSON.stringify(input)}],` +
        `{stdout(){},stderr(s){process.stderr.write(s)}}).then(c=>{` +
        `console.log(JSON.stringify({code:c,ms:Number(process.hrtime.bigint()-t)/1e6,rss:process.resourceUsage().maxRSS}))})`;
      const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
        code?: number;
        ms?: number;
        rss?: number;
      };
      const mb = (fs.statSync(input).size / 2 ** 20).toFixed(1);
      lines.push(
        `${rows.toLocaleString('en-US')} formatted rows (${mb} MB file): exit ${result.code ?? run.status}, ` +
          `${((result.ms ?? 0) / 1000).toFixed(1)} s, peak RSS ${Math.round((result.rss ?? 0) / 1024)} MB` +
          (run.stderr.trim() ? ` — ${run.stderr.trim().split('\n')[0]}` : ''),
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
    return lines;
  },
};
