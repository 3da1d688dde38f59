/** The Excel fake's workbook model and its A1 addresses (shared by the engine and the proxies). */
import { a1, parseA1 } from '../../core/grid';
import type { CellValue, MergedArea } from '../../core/grid';
import type { FakeFill } from './fakeFills';
import { FakeOfficeError } from './fakeWire';

export interface FakeCell {
  value: CellValue;
  formula?: string;
  format?: string;
  fill?: FakeFill;
  /** Cells are locked unless unlocked (Format Cells › Protection). */
  unlocked?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: MergedArea[];
  protection: { protected: boolean; allowFormatCells: boolean };
}

export interface RangeRef {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface XmlPart {
  id: string;
  xml: string;
  namespaceUri: string;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format. (${what})`,
  );
}

export function parseRangeAddress(address: string): Omit<RangeRef, 'sheet'> {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  try {
    const s = parseA1(from);
    const e = parseA1(to);
    const r = {
      top: Math.min(s.row, e.row),
      left: Math.min(s.col, e.col),
      bottom: Math.max(s.row, e.row),
      right: Math.max(s.col, e.col),
    };
    if (r.bottom > MAX_ROWS || r.right > MAX_COLS || r.top < 1 || r.left < 1)
      throw new Error('outside the grid');
    return r;
  } catch {
    throw invalidArgument(address);
  }
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaAddress(sheet: FakeSheet, m: MergedArea): string {
  const start = a1(m.top, m.left);
  const end = a1(m.bottom, m.right);
  return `${quoteSheet(sheet.name)}!${start === end ? start : `${start}:${end}`}`;
}
