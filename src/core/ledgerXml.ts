/**
 * The mark ledger as one custom XML part under the project's own namespace: any size, invisible in
 * 文件 › 属性, the same bytes in the add-in (Excel.CustomXmlPartCollection) and in the xlsx host
 * (customXml/itemN.xml). Earlier versions kept it in `jixiao.ledger.N` custom properties (./ledger.ts);
 * hosts read those once, when no part exists, and drop them on the next write.
 *
 * Reading never throws and never silently empties: a part that is ours but cannot be read comes back
 * as `damaged`, and the caller reports it (finding `ledger-unreadable`).
 */
import type { LedgerEntry, MarkLedger } from './patch';

export const LEDGER_NAMESPACE = 'urn:jixiao:ledger:1';

export interface LedgerRead {
  ledger: MarkLedger;
  /** The document carries a ledger of ours that could not be read (whole or in part). */
  damaged: boolean;
}

// Characters XML 1.0 cannot carry at all; our notes never hold them, a sheet name cannot.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(s: string, attribute: boolean): string {
  const text = s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // In attributes, line breaks and tabs would be normalised to spaces by a parser: keep them as references.
  return attribute
    ? text.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
    : text.replace(/\r/g, '&#13;');
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The ledger as the text of one XML part. Entries are in key order, so the same ledger gives the same bytes. */
export function ledgerToXml(ledger: MarkLedger): string {
  const cells = Object.keys(ledger.cells)
    .sort()
    .map((key) => {
      const e = ledger.cells[key];
      let attrs = ` key="${escapeXml(key, true)}"`;
      if (e.fillBefore === null) attrs += ' noFillBefore="1"';
      else if (e.fillBefore !== undefined) attrs += ` fillBefore="${escapeXml(e.fillBefore, true)}"`;
      if (e.value !== undefined && Number.isFinite(e.value)) attrs += ` value="${String(e.value)}"`;
      if (e.replaced !== undefined && Number.isFinite(e.replaced))
        attrs += ` replaced="${String(e.replaced)}"`;
      return e.note === undefined
        ? `<cell${attrs}/>`
        : `<cell${attrs}><note xml:space="preserve">${escapeXml(e.note, false)}</note></cell>`;
    });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<ledger xmlns="${LEDGER_NAMESPACE}" version="1">${cells.join('')}</ledger>`
  );
}

/** Our part among a document's custom XML parts: its root element is in our namespace. */
export function isLedgerXml(xml: string): boolean {
  const root = /<(?!\?|!)([\w.-]+:)?ledger\b[^>]*>/.exec(xml);
  return root !== null && root[0].includes(LEDGER_NAMESPACE);
}

const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) {
    const name = m[1].replace(/^[\w.-]+:(?!space)/, '');
    out.set(name, unescapeXml(m[3] ?? m[4] ?? ''));
  }
  return out;
}

function textOf(inner: string): string {
  // A writer may have wrapped the note in CDATA; both forms read the same.
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
  return cdata ? cdata[1] : unescapeXml(inner);
}

/**
 * The ledger in one of our parts. Each `cell` is read on its own: an entry that cannot be read is
 * dropped and the result says `damaged` (the rest still counts), as does a part without its root.
 */
export function ledgerFromXml(xml: string): LedgerRead {
  const ledger: MarkLedger = { version: 1, cells: {} };
  const root = /<(?!\?|!)([\w.-]+:)?ledger\b([^>]*?)(\/?)>/.exec(xml);
  if (root === null || !root[0].includes(LEDGER_NAMESPACE)) return { ledger, damaged: true };
  const version = attributes(root[2]).get('version');
  if (version !== '1') return { ledger, damaged: true };
  const prefix = root[1] ?? '';
  const closed = root[3] === '/' || xml.includes(`</${prefix}ledger>`);
  let damaged = !closed;
  const cell = new RegExp(
    `<${prefix}cell\\b([^>]*?)(?:/>|>(?:\\s*<${prefix}note\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}note>))?\\s*</${prefix}cell>)`,
    'g',
  );
  const opened = (xml.match(new RegExp(`<${prefix}cell\\b`, 'g')) ?? []).length;
  let read = 0;
  for (const m of xml.matchAll(cell)) {
    read++;
    const attrs = attributes(m[1]);
    const key = attrs.get('key');
    if (key === undefined || !key.includes('!')) {
      damaged = true;
      continue;
    }
    const entry: LedgerEntry = {};
    if (attrs.get('noFillBefore') === '1') entry.fillBefore = null;
    else if (attrs.has('fillBefore')) entry.fillBefore = attrs.get('fillBefore') as string;
    for (const field of ['value', 'replaced'] as const) {
      const text = attrs.get(field);
      if (text === undefined) continue;
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) damaged = true;
      else entry[field] = n;
    }
    if (m[2] !== undefined) entry.note = textOf(m[2]);
    else if (/<([\w.-]+:)?note\b/.test(m[0])) entry.note = '';
    if (Object.keys(entry).length > 0) ledger.cells[key] = entry;
  }
  if (read !== opened) damaged = true;
  return { ledger, damaged };
}
