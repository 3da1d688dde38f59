/**
 * A new sheet added to .xlsx bytes without re-saving the rest: the worksheet part, its relationship,
 * its content type, its entry in workbook.xml and one wrapping cell style. Used by the browser
 * preview's download for the 自评结论 sheet; every other part stays byte for byte as it was.
 */
import JSZip from 'jszip';
import type { CellValue } from '../../core/grid';
import { columnLetters } from '../../core/grid';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface AddedSheet {
  name: string;
  /** rows[r][c]: values from A1 on; text is written as inline strings. */
  rows: CellValue[][];
  /** Column widths in characters, from column A. */
  widths?: number[];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split('')
    .filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r') // XML 1.0 has no other control characters
    .join('');
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the workbook has no ${name}`);
  return file.async('string');
}

/** Adds a `wrapText` cell format to styles.xml and returns its index (or 0 without a styles part). */
async function wrapStyle(zip: JSZip): Promise<number> {
  const name = 'xl/styles.xml';
  if (!zip.file(name)) return 0;
  const xml = await text(zip, name);
  const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!m) return 0;
  const count = (m[1].match(/<xf\b/g) ?? []).length;
  const xf =
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>';
  const replaced = m[0]
    .replace(/count="\d+"/, `count="${count + 1}"`)
    .replace('</cellXfs>', `${xf}</cellXfs>`);
  zip.file(name, xml.replace(m[0], replaced));
  return count;
}

function sheetXml(sheet: AddedSheet, style: number): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === null || value === '') return '';
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
          return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
        })
        .join('');
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const cols = (sheet.widths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

export async function appendSheet(bytes: Uint8Array, sheet: AddedSheet): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let part = 1;
  while (zip.file(`xl/worksheets/sheet${part}.xml`)) part++;
  const partName = `xl/worksheets/sheet${part}.xml`;

  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = await text(zip, relsName);
  const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const relId = `rId${n}`;
  zip.file(
    relsName,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${part}.xml"/></Relationships>`,
    ),
  );

  const types = await text(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/${partName}" ContentType="${WORKSHEET_CONTENT}"/></Types>`,
    ),
  );

  const workbook = await text(zip, 'xl/workbook.xml');
  const prefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      workbook,
    )?.[1];
  const sheetIds = [...workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const rAttr = prefix ? `${prefix}:id` : 'r:id';
  const nsDecl = prefix ? '' : ` xmlns:r="${REL_NS}"`;
  const entry = `<sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}" ${rAttr}="${relId}"${nsDecl}/>`;
  const withSheet = /<\/sheets>/.test(workbook)
    ? workbook.replace('</sheets>', `${entry}</sheets>`)
    : workbook.replace(/<sheets\s*\/>/, `<sheets>${entry}</sheets>`);
  zip.file('xl/workbook.xml', withSheet);

  zip.file(partName, sheetXml(sheet, await wrapStyle(zip)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
