/**
 * The mark ledger as earlier versions stored it: document custom properties holding JSON in chunks of
 * at most 255 characters (the Office limit) under `jixiao.ledger.0…n`. The ledger now lives in one
 * custom XML part (./ledgerXml.ts); this reads the old form once so hosts can move it.
 */
import type { LedgerRead } from './ledgerXml';
import type { LedgerEntry, MarkLedger } from './patch';

export const LEDGER_PROPERTY_PREFIX = 'jixiao.ledger.';
const KEY = /^jixiao\.ledger\.(\d+)$/;

/** True for our property names, so hosts can drop chunks a shorter ledger no longer uses. */
export function isLedgerProperty(name: string): boolean {
  return KEY.test(name);
}

/**
 * The ledger an earlier version left in `jixiao.ledger.N` properties, or null when there are none.
 * Chunks that hold no readable ledger come back `damaged`, so the host can say so.
 */
export function legacyLedger(props: Record<string, unknown> | null | undefined): LedgerRead | null {
  const chunks: string[] = [];
  for (const [name, value] of Object.entries(props ?? {})) {
    const m = KEY.exec(name);
    if (m && typeof value === 'string') chunks[Number(m[1])] = value;
  }
  // Chunks left over from a longer earlier ledger may follow: the first prefix that parses is the ledger.
  if (chunks.length === 0) return null;
  let text = '';
  for (let i = 0; i < chunks.length && chunks[i] !== undefined; i++) {
    text += chunks[i];
    const parsed = tryParse(text);
    if (parsed !== undefined) return sanitize(parsed);
  }
  return { ledger: { version: 1, cells: {} }, damaged: true };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not yet complete, or damaged
  }
}

function sanitize(parsed: unknown): LedgerRead {
  const ledger: MarkLedger = { version: 1, cells: {} };
  if (!isRecord(parsed) || parsed.version !== 1 || !isRecord(parsed.cells)) return { ledger, damaged: true };
  let damaged = false;
  for (const [key, raw] of Object.entries(parsed.cells)) {
    if (!isRecord(raw) || !key.includes('!')) {
      damaged = true;
      continue;
    }
    const entry: LedgerEntry = {};
    if (typeof raw.fillBefore === 'string' || raw.fillBefore === null) entry.fillBefore = raw.fillBefore;
    if (typeof raw.note === 'string') entry.note = raw.note;
    if (typeof raw.value === 'number' && Number.isFinite(raw.value)) entry.value = raw.value;
    if (typeof raw.replaced === 'number' && Number.isFinite(raw.replaced)) entry.replaced = raw.replaced;
    if (Object.keys(entry).length > 0) ledger.cells[key] = entry;
  }
  return { ledger, damaged };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
