/**
 * The mark ledger in the workbook: one custom XML part under LEDGER_NAMESPACE (Excel.CustomXmlPartCollection,
 * ExcelApi 1.5), written with the core's codec. Workbooks scored by earlier versions carry it in custom
 * document properties `jixiao.ledger.N` instead: read once, and dropped on the next write (keeping the
 * person's other properties). A ledger that cannot be read is reported to the core, never ignored.
 */
import {
  LEDGER_NAMESPACE,
  isLedgerProperty,
  isLedgerXml,
  ledgerFromXml,
  ledgerToXml,
  legacyLedger,
} from '../../core';
import type { LedgerRead } from '../../core';
import type { MarkLedger } from '../../core/patch';
import type { XlContext } from './excelApi';
import type { WriteOp } from './writePlan';

export interface StoredLedger {
  /** Our XML parts in the order Excel lists them; `xml` null when Excel would not give it. */
  parts: { id: string; xml: string | null }[];
  /** The old `jixiao.ledger.N` properties, by key as stored. */
  legacy: Record<string, string>;
}

/** What the workbook holds of ours right now (ids and keys only). */
export interface LedgerListing {
  partIds: string[];
  legacyKeys: string[];
}

/** Our old ledger properties among a document's custom properties. */
function legacyProperties(items: { key: string; value: unknown }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, value } of items)
    if (isLedgerProperty(key) && typeof value === 'string') out[key] = value;
  return out;
}

/** The ledger the core gets. Several parts of ours cannot be told apart: the first counts, with a warning. */
export function readLedger(stored: StoredLedger): LedgerRead {
  const [first] = stored.parts;
  if (first !== undefined) {
    if (first.xml === null || !isLedgerXml(first.xml))
      return { ledger: { version: 1, cells: {} }, damaged: true };
    const read = ledgerFromXml(first.xml);
    return stored.parts.length > 1 ? { ledger: read.ledger, damaged: true } : read;
  }
  return legacyLedger(stored.legacy) ?? { ledger: { version: 1, cells: {} }, damaged: false };
}

/** Operations storing `next`: our one part (set, or added), extra parts and the old properties gone. */
export function ledgerWrites(stored: StoredLedger, next: MarkLedger): WriteOp[] {
  const xml = ledgerToXml(next);
  const [first, ...extra] = stored.parts;
  const ops: WriteOp[] = [];
  // No ledger yet and nothing to note: no part either.
  if (!first && Object.keys(next.cells).length === 0 && Object.keys(stored.legacy).length === 0) return ops;
  if (!first) ops.push({ kind: 'xml-add', xml });
  else if (first.xml !== xml) ops.push({ kind: 'xml-set', id: first.id, xml });
  for (const part of extra) ops.push({ kind: 'xml-delete', id: part.id });
  for (const key of Object.keys(stored.legacy)) ops.push({ kind: 'delete-property', key });
  return ops;
}

/** Operations bringing the workbook's ledger from `now` back to `before`. */
export function ledgerRestores(before: StoredLedger, now: LedgerListing): WriteOp[] {
  const ops: WriteOp[] = [];
  const kept = new Set(before.parts.map((p) => p.id));
  for (const id of now.partIds) if (!kept.has(id)) ops.push({ kind: 'xml-delete', id });
  for (const part of before.parts) {
    if (part.xml === null) continue; // Excel never gave us its text: it cannot be put back
    if (now.partIds.includes(part.id)) ops.push({ kind: 'xml-set', id: part.id, xml: part.xml });
    else ops.push({ kind: 'xml-add', xml: part.xml });
  }
  const present = new Set(now.legacyKeys.map((k) => k.toLowerCase()));
  for (const [key, value] of Object.entries(before.legacy))
    if (!present.has(key.toLowerCase())) ops.push({ kind: 'set-property', key, value });
  return ops;
}

/** Queue loads of what of ours the workbook holds; the function reads them after the sync. */
export function queueListing(context: XlContext): () => LedgerListing {
  const parts = context.workbook.customXmlParts.getByNamespace(LEDGER_NAMESPACE);
  parts.load('items/id');
  const custom = context.workbook.properties.custom;
  custom.load('items/key');
  return () => ({
    partIds: parts.items.map((p) => p.id),
    legacyKeys: custom.items.map((p) => p.key).filter(isLedgerProperty),
  });
}

/** Queue the reads of our parts' ids and every custom property, for the first sync of a read. */
export function queueStoredIds(
  context: XlContext,
): () => { partIds: string[]; legacy: Record<string, string> } {
  const parts = context.workbook.customXmlParts.getByNamespace(LEDGER_NAMESPACE);
  parts.load('items/id');
  const custom = context.workbook.properties.custom;
  custom.load('items/key,items/value');
  return () => ({ partIds: parts.items.map((p) => p.id), legacy: legacyProperties(custom.items) });
}
