/**
 * .xlsx bytes → the grid snapshot the core scores, the ledger the file carries, and what the writer
 * needs to patch the same package. Sheets and shared strings are read as streams; every entry read is
 * CRC-checked, and one read inflates at most MAX_INFLATED bytes (else `too-large`).
 * Browser-safe: no fs/path here (the preview page imports this).
 */
import type { SheetGrid, WorkbookGrid } from '../../core/grid';
import { legacyLedger } from '../../core/ledger';
import { type LedgerRead, ledgerFromXml } from '../../core/ledgerXml';
import { type CustomProperties, readCustomProperties } from './customProps';
import { XlsxReadError, assertZipPackage } from './errors';
import { findLedgerParts } from './ledgerPart';
import { InflateBudget, type WorkbookParts, partText, readWorkbookParts } from './package';
import { readSharedStrings } from './sharedStrings';
import { readSheet } from './sheetRead';
import { readStyles } from './styles';
import { type ZipPackage, findEntry, openZip } from './zip';

/** Rows read per sheet; a sheet with values further down is marked `truncated`. */
export const MAX_ROWS = 20_000;
/** Columns read per sheet (a 评分表 has about ten). */
export const MAX_COLS = 256;
/** The largest package read at all. */
export const MAX_PACKAGE_BYTES = 256 * 1024 * 1024;

export interface XlsxDocument {
  grid: WorkbookGrid;
  /** The ledger the file carries (our custom XML part, else the legacy properties), or null for none. */
  ledger: LedgerRead | null;
  /** Custom document properties by name, as text (the person's, and a legacy ledger's chunks). */
  customProperties: Record<string, string>;
  /** The input bytes, untouched. */
  source: Uint8Array;
  /** The package as read, for the writer. */
  pkg: ZipPackage;
  parts: WorkbookParts;
  /** The stylesheet's text as read (null when the package has none). */
  stylesXml: string | null;
  custom: CustomProperties | null;
  /** Our custom XML parts (normally one; the first holds the ledger). */
  ledgerParts: string[];
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function readLedger(
  pkg: ZipPackage,
  custom: CustomProperties | null,
  budget: InflateBudget,
): { ledger: LedgerRead | null; parts: string[] } {
  const found = findLedgerParts(pkg, budget);
  if (found.length > 0) return { ledger: ledgerFromXml(found[0].xml), parts: found.map((f) => f.part) };
  const props: Record<string, string> = {};
  for (const p of custom?.properties ?? []) props[p.name] = p.text;
  return { ledger: legacyLedger(props), parts: [] };
}

/** Read a workbook; throws XlsxReadError when the bytes are not a readable .xlsx. */
export async function readXlsx(input: Uint8Array | ArrayBuffer): Promise<XlsxDocument> {
  const source = toBytes(input);
  assertZipPackage(source);
  if (source.length > MAX_PACKAGE_BYTES) throw new XlsxReadError('too-large', `${source.length} bytes`);
  const pkg = openZip(source);
  const budget = new InflateBudget();
  const parts = readWorkbookParts(pkg, budget);
  const stylesXml = parts.styles === null ? null : partText(pkg, parts.styles, budget);
  const styles = readStyles(stylesXml, parts.styles ?? 'xl/styles.xml');
  const strings = readSharedStrings(
    pkg,
    parts.sharedStrings === null ? undefined : findEntry(pkg, parts.sharedStrings),
    budget,
  );
  const sheets: SheetGrid[] = parts.sheets.map((s) =>
    readSheet(s.name, pkg, findEntry(pkg, s.part)!, budget, {
      maxRows: MAX_ROWS,
      maxCols: MAX_COLS,
      styles,
      strings,
      date1904: parts.date1904,
    }),
  );
  const custom = readCustomProperties(pkg, budget);
  const { ledger, parts: ledgerParts } = readLedger(pkg, custom, budget);
  const customProperties: Record<string, string> = {};
  for (const p of custom?.properties ?? []) customProperties[p.name] = p.text;
  return {
    grid: { sheets },
    ledger,
    customProperties,
    source,
    pkg,
    parts,
    stylesXml,
    custom,
    ledgerParts,
  };
}
