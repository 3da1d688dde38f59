/**
 * Writing the 自评结论 to a sheet of its own: a new sheet `自评结论` (or `自评结论2`… when the name is
 * taken: the person's sheet is never overwritten), one paragraph per cell down column A, wrapped in a
 * wide column, and shown. One sync to find a free name, one to write.
 */
import { CONCLUSION_SHEET_NAME, freeSheetName } from '../../core/review/conclusionSheet';
import { inputForValue } from './cellInput';
import type { XlContext } from './excelApi';

/** Names probed in the first sync; a workbook with more 自评结论 sheets than this gets an error, not a guess. */
const PROBED_NAMES = 20;
/** Column A's width in points: about a hundred Chinese characters per line. */
const COLUMN_WIDTH = 600;

export async function writeConclusionSheet(context: XlContext, lines: string[]): Promise<string> {
  const names = Array.from({ length: PROBED_NAMES }, (_, i) =>
    i === 0 ? CONCLUSION_SHEET_NAME : `${CONCLUSION_SHEET_NAME}${i + 1}`,
  );
  const probes = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  for (const probe of probes) probe.load('name');
  await context.sync();
  const name = freeSheetName(names.filter((_, i) => !probes[i].isNullObject));

  const sheet = context.workbook.worksheets.add(name);
  const range = sheet.getRange(`A1:A${lines.length}`);
  range.values = lines.map((line) => [inputForValue(line)]);
  sheet.getRange('A1').format.columnWidth = COLUMN_WIDTH;
  range.format.wrapText = true;
  range.format.autofitRows();
  sheet.activate();
  await context.sync();
  return name;
}
