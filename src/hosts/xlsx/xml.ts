/**
 * XML through saxes, a streaming, conforming parser: the package's parts are read as events, and the
 * parts we change are located by the parser's positions so that everything we do not change is
 * copied as the exact text it was. Entities are never expanded beyond XML's own five (no DTD bombs).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XlsxReadError } from './errors';

/** A parser for one part; any well-formedness error is a damaged file naming the part. */
export function xmlParser(part: string): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (e) => {
    throw new XlsxReadError('corrupt', `${part}: ${e.message.split('\n')[0]}`);
  });
  return parser;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** An attribute by local name (`r:id` answers `id`); undefined when absent. */
export function attr(tag: { attributes: Record<string, string> }, local: string): string | undefined {
  const attrs = tag.attributes;
  if (local in attrs) return attrs[local];
  for (const name of Object.keys(attrs))
    if (localName(name) === local && name !== `xmlns:${local}`) return attrs[name];
  return undefined;
}

/**
 * Where the `<` of a start tag is, given the parser's position at `opentagstart` (just past the name and
 * the one character after it; two for a CR LF pair).
 */
export function tagStart(text: string, textStart: number, position: number, name: string): number {
  for (const back of [2, 3]) {
    const at = position - name.length - back;
    if (text.startsWith(`<${name}`, at - textStart)) return at;
  }
  throw new Error(`start tag <${name}> not found at ${position}`);
}

/** One element of a small part: its name, attributes and where it stands in the text. */
export interface Span {
  /** Its place in the list `spans` returns. */
  index: number;
  name: string;
  local: string;
  attributes: Record<string, string>;
  /** `<` of the start tag, the character after its `>`, and after the end tag (equal for `<x/>`). */
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  parent: number;
  depth: number;
  /** Text directly inside (entities decoded). */
  text: string;
}

/** Every element of a (small) part, in document order. */
export function spans(xml: string, part: string): Span[] {
  const out: Span[] = [];
  const stack: number[] = [];
  let start = 0;
  const parser = xmlParser(part);
  parser.on('opentagstart', (tag) => {
    start = tagStart(xml, 0, parser.position, tag.name);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    out.push({
      index: out.length,
      name: tag.name,
      local: localName(tag.name),
      attributes: tag.attributes as Record<string, string>,
      start,
      openEnd: parser.position,
      end: -1,
      selfClosing: tag.isSelfClosing,
      parent: stack.length > 0 ? stack[stack.length - 1] : -1,
      depth: stack.length,
      text: '',
    });
    stack.push(out.length - 1);
  });
  const text = (t: string) => {
    if (stack.length > 0) out[stack[stack.length - 1]].text += t;
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', () => {
    out[stack.pop() as number].end = parser.position;
  });
  parser.write(xml).close();
  return out;
}

export function children(all: Span[], parent: number, local?: string): Span[] {
  const out: Span[] = [];
  for (let i = parent + 1; i < all.length && all[i].start < all[parent].end; i++)
    if (all[i].parent === parent && (local === undefined || all[i].local === local)) out.push(all[i]);
  return out;
}

// Characters XML 1.0 cannot carry at all, and lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Set (or add) one attribute in the text of a start tag, leaving the rest of the tag as it was. */
export function withAttr(startTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(startTag)) return startTag.replace(re, (_, lead: string) => `${lead}"${escapeAttr(value)}"`);
  return startTag.replace(/^<[^\s/>]+/, (head) => `${head} ${name}="${escapeAttr(value)}"`);
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * UTF-8 pieces → text, a character cut by a piece's end waiting for the next piece. (TextDecoder's own
 * streaming mode is several times slower on large parts.) A byte-order mark is kept as U+FEFF.
 */
/** Decoding pieces larger than this is many times slower per byte (V8's large strings). */
export const TEXT_PIECE = 1 << 16;

export class Utf8Pieces {
  private rest: Uint8Array | null = null;

  push(piece: Uint8Array): string {
    let data = piece;
    if (this.rest) {
      data = new Uint8Array(this.rest.length + piece.length);
      data.set(this.rest);
      data.set(piece, this.rest.length);
      this.rest = null;
    }
    let cut = data.length;
    let lead = data.length - 1;
    while (lead >= 0 && data.length - lead < 4 && (data[lead] & 0xc0) === 0x80) lead--;
    if (lead >= 0) {
      const b = data[lead];
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (data.length - lead < length) cut = lead;
    }
    if (cut < data.length) this.rest = data.slice(cut);
    return decoder.decode(data.subarray(0, cut));
  }

  /** The bytes of a character still waiting (written as they are when a caller stops decoding). */
  takeRest(): Uint8Array | null {
    const rest = this.rest;
    this.rest = null;
    return rest;
  }

  end(): string {
    const rest = this.takeRest();
    return rest ? decoder.decode(rest) : '';
  }
}

/** A part's text; a byte-order mark is kept so that writing the text back gives the same bytes. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}
