/**
 * `xl/styles.xml`: what each cell style (cellXfs entry) shows — its number format and fill — for the
 * grid, and the editor that adds the fills and cell styles our marks need. Existing entries are never
 * renumbered or changed: a marked cell gets a copy of its own style with another fill, so its number
 * format, font, border, alignment and protection stay.
 *
 * Fills in the grid are `#RRGGBB` for a solid RGB fill, null for none, and otherwise an opaque token
 * `xlsx-fill:<fill>…</fill>` holding the fill's XML, which the editor writes back exactly.
 */
import { formatCode } from './numFmts';
import { type Span, children, escapeAttr, prefixOf, spans, withAttr } from './xml';

export const FILL_TOKEN = 'xlsx-fill:';
const NONE_FILL = '<fill><patternFill patternType="none"/></fill>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/** The element and its children without whitespace or namespace prefixes, attributes in their order. */
function canonical(all: Span[], i: number): string {
  const s = all[i];
  const attrs = Object.entries(s.attributes)
    .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const kids = children(all, i);
  if (kids.length === 0) return `<${s.local}${attrs}/>`;
  return `<${s.local}${attrs}>${kids.map((k) => canonical(all, k.index)).join('')}</${s.local}>`;
}

function solidXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** The grid's fill for one `<fill>` element. */
function gridFillOf(all: Span[], fill: number): string | null {
  const pattern = children(all, fill, 'patternFill')[0];
  const gradient = children(all, fill, 'gradientFill')[0];
  if (!gradient) {
    const type = pattern?.attributes.patternType ?? 'none';
    if (type === 'none') return null;
    const fg = type === 'solid' ? children(all, pattern.index, 'fgColor')[0] : undefined;
    const keys = fg ? Object.keys(fg.attributes) : [];
    const rgb = keys.length === 1 && keys[0] === 'rgb' ? fg!.attributes.rgb : '';
    const hex = rgb.length === 8 ? rgb.slice(2) : rgb;
    if (/^[0-9A-Fa-f]{6}$/.test(hex)) return `#${hex.toUpperCase()}`;
  }
  return FILL_TOKEN + canonical(all, fill);
}

interface ExcelJsColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

function colorXml(tag: string, c: ExcelJsColor | undefined): string {
  if (!c) return '';
  let attrs = '';
  if (c.argb !== undefined) attrs += ` rgb="${escapeAttr(String(c.argb))}"`;
  if (c.theme !== undefined) attrs += ` theme="${Number(c.theme)}"`;
  if (c.tint !== undefined) attrs += ` tint="${Number(c.tint)}"`;
  if (c.indexed !== undefined) attrs += ` indexed="${Number(c.indexed)}"`;
  return `<${tag}${attrs}/>`;
}

/** Tokens in ledgers written by earlier versions hold ExcelJS's JSON for the fill. */
function legacyFillXml(json: string): string | null {
  try {
    const f = JSON.parse(json) as {
      type?: string;
      pattern?: string;
      fgColor?: ExcelJsColor;
      bgColor?: ExcelJsColor;
      gradient?: string;
      degree?: number;
      stops?: { position: number; color: ExcelJsColor }[];
    };
    if (f.type === 'pattern') {
      const inner = colorXml('fgColor', f.fgColor) + colorXml('bgColor', f.bgColor);
      const type = escapeAttr(f.pattern ?? 'none');
      return `<fill>${inner ? `<patternFill patternType="${type}">${inner}</patternFill>` : `<patternFill patternType="${type}"/>`}</fill>`;
    }
    if (f.type === 'gradient') {
      const stops = (f.stops ?? [])
        .map((s) => `<stop position="${Number(s.position)}">${colorXml('color', s.color)}</stop>`)
        .join('');
      const degree = f.degree !== undefined ? ` degree="${Number(f.degree)}"` : '';
      const type = f.gradient === 'path' ? ' type="path"' : '';
      return `<fill><gradientFill${type}${degree}>${stops}</gradientFill></fill>`;
    }
  } catch {
    // an unreadable token: no fill
  }
  return null;
}

/** The `<fill>` XML (unprefixed) a grid fill stands for. */
export function fillXml(fill: string | null): string {
  if (fill === null) return NONE_FILL;
  if (fill.startsWith(FILL_TOKEN)) {
    const body = fill.slice(FILL_TOKEN.length);
    if (body.startsWith('<fill')) return body;
    return legacyFillXml(body) ?? NONE_FILL;
  }
  const hex = fill.replace(/^#/, '');
  return /^[0-9A-Fa-f]{6}$/.test(hex) ? solidXml(hex.toUpperCase()) : NONE_FILL;
}

/** What each cell style shows: index = the cell's `s`. */
export interface CellStyles {
  formats: (string | undefined)[];
  fills: (string | null)[];
}

function section(all: Span[], local: string): Span | undefined {
  return all.find((s) => s.depth === 1 && s.local === local);
}

export function readStyles(xml: string | null, part: string): CellStyles {
  if (xml === null) return { formats: [], fills: [] };
  const all = spans(xml, part);
  const custom = new Map<number, string>();
  const numFmts = section(all, 'numFmts');
  if (numFmts)
    for (const f of children(all, numFmts.index, 'numFmt'))
      custom.set(Number(f.attributes.numFmtId), f.attributes.formatCode ?? '');
  const fillsSection = section(all, 'fills');
  const fills = fillsSection
    ? children(all, fillsSection.index, 'fill').map((f) => gridFillOf(all, f.index))
    : [];
  const xfs = section(all, 'cellXfs');
  const out: CellStyles = { formats: [], fills: [] };
  for (const xf of xfs ? children(all, xfs.index, 'xf') : []) {
    out.formats.push(formatCode(Number(xf.attributes.numFmtId ?? 0), custom));
    out.fills.push(fills[Number(xf.attributes.fillId ?? 0)] ?? null);
  }
  return out;
}

/** The sections of a stylesheet in schema order (CT_Stylesheet). */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="1">${DEFAULT_XF}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface List {
  section: string;
  keys: Map<string, number>;
  count: number;
  added: string[];
}

/** Adds fills and cell styles to a stylesheet; everything already there keeps its place and bytes. */
export class StyleBook {
  private readonly xml: string;
  private readonly all: Span[];
  private readonly fills: List;
  private readonly xfs: List;
  private readonly xfXml: string[];
  /** The package had no stylesheet: the text is a new part. */
  readonly created: boolean;

  constructor(xml: string | null, part: string) {
    this.created = xml === null;
    this.xml = xml ?? MINIMAL_STYLES;
    this.all = spans(this.xml, part);
    const list = (name: string, item: string) => {
      const s = section(this.all, name);
      const items = s ? children(this.all, s.index, item).map((i) => canonical(this.all, i.index)) : [];
      const keys = new Map<string, number>();
      items.forEach((k, i) => {
        if (!keys.has(k)) keys.set(k, i);
      });
      return { list: { section: name, keys, count: items.length, added: [] as string[] }, items };
    };
    this.fills = list('fills', 'fill').list;
    const xfs = list('cellXfs', 'xf');
    this.xfs = xfs.list;
    this.xfXml = xfs.items;
  }

  get changed(): boolean {
    return this.created || this.fills.added.length > 0 || this.xfs.added.length > 0;
  }

  private index(list: List, xml: string): number {
    const known = list.keys.get(xml);
    if (known !== undefined) return known;
    const at = list.count + list.added.length;
    list.added.push(xml);
    list.keys.set(xml, at);
    return at;
  }

  /** The cell style that is `xf` with `fill` (a grid fill) instead of its own. */
  withFill(xf: number, fill: string | null): number {
    const fillId = this.index(this.fills, fillXml(fill));
    const base = this.xfXml[xf] ?? this.xfXml[0] ?? DEFAULT_XF;
    const own = /\sfillId="(\d+)"/.exec(base);
    if (Number(own?.[1] ?? 0) === fillId && this.xfXml[xf] !== undefined) return xf;
    const start = base.slice(0, base.indexOf('>') + 1);
    const head = withAttr(withAttr(start, 'fillId', String(fillId)), 'applyFill', '1');
    const next = head + base.slice(start.length);
    const at = this.index(this.xfs, next);
    if (at >= this.xfs.count) this.xfXml[at] = next;
    return at;
  }

  /** The stylesheet with the added entries (and counts) in place. */
  text(): string {
    const edits: { at: number; end: number; text: string }[] = [];
    for (const list of [this.fills, this.xfs]) {
      if (list.added.length === 0) continue;
      const s = section(this.all, list.section);
      if (s) {
        const p = prefixOf(s.name);
        const items = list.added.map((x) => prefixed(x, p)).join('');
        let head = this.xml.slice(s.start, s.openEnd);
        if ('count' in s.attributes) head = withAttr(head, 'count', String(list.count + list.added.length));
        if (s.selfClosing) {
          head = head.replace(/\s*\/>$/, '>');
          edits.push({ at: s.start, end: s.end, text: `${head}${items}</${s.name}>` });
        } else {
          edits.push({ at: s.start, end: s.openEnd, text: head });
          const close = this.xml.lastIndexOf('</', s.end);
          edits.push({ at: close, end: close, text: items });
        }
      } else {
        // No such section: a new one before the first section that follows it in schema order.
        const root = this.all.find((x) => x.depth === 0)!;
        const p = prefixOf(root.name);
        const later = ORDER.slice(ORDER.indexOf(list.section) + 1);
        const next = this.all.find((x) => x.depth === 1 && later.includes(x.local));
        const at = next ? next.start : this.xml.lastIndexOf('</', root.end);
        const items = list.added.map((x) => prefixed(x, p)).join('');
        edits.push({
          at,
          end: at,
          text: `<${p}${list.section} count="${list.added.length}">${items}</${p}${list.section}>`,
        });
      }
    }
    edits.sort((a, b) => a.at - b.at);
    let out = '';
    let cursor = 0;
    for (const e of edits) {
      out += this.xml.slice(cursor, e.at) + e.text;
      cursor = e.end;
    }
    return out + this.xml.slice(cursor);
  }
}

/** Canonical (unprefixed) XML written into a part whose SpreadsheetML elements carry `prefix`. */
function prefixed(xml: string, prefix: string): string {
  return prefix === '' ? xml : xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}
