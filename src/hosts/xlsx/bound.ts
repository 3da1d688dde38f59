/**
 * Keeps ExcelJS from loading rows nobody needs. A sheet whose rows are formatted far below its last value
 * (borders applied to 100,000 rows) holds nothing to score there; the copy handed to ExcelJS for reading
 * drops those rows, and rows past the read cap. The writer loads the untouched original instead.
 */

/** Sheet parts smaller than this are read as they are: trimming would cost more than it saves. */
const TRIM_MIN_CHARS = 1_000_000;

const ROW_RE = /<((?:\w+:)?)row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;
const VALUE_RE = /<(?:\w+:)?(?:v|is|f)\b/;

/**
 * The sheet XML without rows past the last row holding a value or past `maxRows`, or null when nothing
 * needs dropping. When values lie past `maxRows`, the last such row is kept so the reader sees the cut.
 */
export function trimSheetXml(xml: string, maxRows: number): string | null {
  if (xml.length < TRIM_MIN_CHARS) return null;
  const open = /<(?:\w+:)?sheetData\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('sheetData>');
  if (!open || close < 0) return null;
  const start = open.index + open[0].length;
  const end = xml.lastIndexOf('<', close);
  const body = xml.slice(start, end);

  // Rows are in ascending order (ECMA-376), so the kept rows are a prefix of sheetData.
  let lastValueRow = 0;
  let lastValueXml = '';
  let lastRow = 0;
  let previous = 0;
  const ends: { row: number; end: number }[] = [];
  ROW_RE.lastIndex = 0;
  for (let m = ROW_RE.exec(body); m; m = ROW_RE.exec(body)) {
    const r = /\br="(\d+)"/.exec(m[2]);
    previous = r ? Number(r[1]) : previous + 1;
    lastRow = previous;
    if (VALUE_RE.test(m[3] ?? '')) {
      lastValueRow = previous;
      lastValueXml = m[0];
    }
    ends.push({ row: previous, end: ROW_RE.lastIndex });
  }
  const keepUntil = Math.min(lastValueRow, maxRows);
  if (lastRow <= keepUntil) return null;
  let cut = 0;
  for (const e of ends) {
    if (e.row > keepUntil) break;
    cut = e.end;
  }
  const beyond = lastValueRow > maxRows ? lastValueXml : '';
  return xml.slice(0, start) + body.slice(0, cut) + beyond + xml.slice(end);
}
