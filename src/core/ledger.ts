/**
 * The mark ledger as document custom properties: JSON in chunks of at most 255 characters (the Office
 * limit) under `jixiao.ledger.0…n`. Decoding forgives anything: a damaged ledger reads as empty.
 */
import type { LedgerEntry, MarkLedger } from './patch';

export const LEDGER_PROPERTY_PREFIX = 'jixiao.ledger.';
const CHUNK = 255;
const KEY = /^jixiao\.ledger\.(\d+)$/;

/** True for our property names, so hosts can drop chunks a shorter ledger no longer uses. */
export function isLedgerProperty(name: string): boolean {
  return KEY.test(name);
}

export function encodeLedger(ledger: MarkLedger): Record<string, string> {
  // Split on code points so no chunk ends inside a surrogate pair.
  const chars = Array.from(JSON.stringify(ledger));
  const props: Record<string, string> = {};
  let chunk = '';
  let n = 0;
  for (const ch of chars) {
    if (chunk.length + ch.length > CHUNK) {
      props[LEDGER_PROPERTY_PREFIX + n++] = chunk;
      chunk = '';
    }
    chunk += ch;
  }
  props[LEDGER_PROPERTY_PREFIX + n] = chunk;
  return props;
}

export function decodeLedger(props: Record<string, unknown> | null | undefined): MarkLedger {
  const chunks: string[] = [];
  for (const [name, value] of Object.entries(props ?? {})) {
    const m = KEY.exec(name);
    if (m && typeof value === 'string') chunks[Number(m[1])] = value;
  }
  // Chunks left over from a longer earlier ledger may follow: the first prefix that parses is the ledger.
  let text = '';
  for (let i = 0; i < chunks.length && chunks[i] !== undefined; i++) {
    text += chunks[i];
    const parsed = tryParse(text);
    if (parsed !== undefined) return sanitize(parsed);
  }
  return { version: 1, cells: {} };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not yet complete, or damaged
  }
}

function sanitize(parsed: unknown): MarkLedger {
  const ledger: MarkLedger = { version: 1, cells: {} };
  if (!isRecord(parsed) || parsed.version !== 1 || !isRecord(parsed.cells)) return ledger;
  for (const [key, raw] of Object.entries(parsed.cells)) {
    if (!isRecord(raw) || !key.includes('!')) continue;
    const entry: LedgerEntry = {};
    if (typeof raw.fillBefore === 'string' || raw.fillBefore === null) entry.fillBefore = raw.fillBefore;
    if (typeof raw.note === 'string') entry.note = raw.note;
    if (typeof raw.value === 'number' && Number.isFinite(raw.value)) entry.value = raw.value;
    if (Object.keys(entry).length > 0) ledger.cells[key] = entry;
  }
  return ledger;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
