/**
 * Small edits to the package's bookkeeping parts — relationships and [Content_Types].xml — as
 * insertions and removals in their text, so everything else in them stays byte for byte.
 */
import { type Span, escapeAttr, prefixOf, spans } from './xml';

class TextEdits {
  readonly all: Span[];
  private readonly edits: { start: number; end: number; text: string }[] = [];

  constructor(
    readonly xml: string,
    part: string,
  ) {
    this.all = spans(xml, part);
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  protected root(): Span {
    return this.all.find((s) => s.depth === 0) as Span;
  }

  protected append(element: string): void {
    const root = this.root();
    const p = prefixOf(root.name);
    const text = p === '' ? element : element.replace(/^<(\/?)/, `<$1${p}`);
    if (root.selfClosing) {
      const head = this.xml.slice(root.start, root.end).replace(/\s*\/>$/, '>');
      this.edits.push({ start: root.start, end: root.end, text: `${head}${text}</${root.name}>` });
    } else {
      const at = this.xml.lastIndexOf('</', root.end);
      this.edits.push({ start: at, end: at, text });
    }
  }

  protected remove(span: Span): void {
    this.edits.push({ start: span.start, end: span.end, text: '' });
  }

  text(): string {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start);
    let out = '';
    let cursor = 0;
    for (const e of sorted) {
      if (e.start < cursor) continue;
      out += this.xml.slice(cursor, e.start) + e.text;
      cursor = e.end;
    }
    return out + this.xml.slice(cursor);
  }
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** One `.rels` part (created when the source part had none). */
export class RelsEdits extends TextEdits {
  readonly created: boolean;
  private readonly ids: Set<string>;

  constructor(
    xml: string | null,
    readonly part: string,
  ) {
    super(xml ?? EMPTY_RELS, part);
    this.created = xml === null;
    this.ids = new Set(this.all.map((s) => s.attributes.Id).filter((x): x is string => x !== undefined));
  }

  /** Adds a relationship and returns its id. */
  add(type: string, target: string): string {
    let n = this.ids.size + 1;
    while (this.ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.ids.add(id);
    this.append(`<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`);
    return id;
  }

  /** Removes the relationships whose raw Target satisfies `which`. */
  removeWhere(which: (target: string, type: string) => boolean): void {
    for (const s of this.all)
      if (s.local === 'Relationship' && which(s.attributes.Target ?? '', s.attributes.Type ?? ''))
        this.remove(s);
  }
}

export class ContentTypeEdits extends TextEdits {
  private hasOverride(partName: string): boolean {
    const name = partName.toLowerCase();
    return this.all.some(
      (s) => s.local === 'Override' && (s.attributes.PartName ?? '').toLowerCase() === name,
    );
  }

  defaultFor(extension: string): string | undefined {
    const ext = extension.toLowerCase();
    return this.all.find((s) => s.local === 'Default' && (s.attributes.Extension ?? '').toLowerCase() === ext)
      ?.attributes.ContentType;
  }

  /** Makes `part` (no leading slash) of `type`, by the extension's default when that already says so. */
  ensure(part: string, type: string): void {
    const name = `/${part}`;
    if (this.hasOverride(name)) return;
    const ext = part.slice(part.lastIndexOf('.') + 1);
    if (this.defaultFor(ext) === type) return;
    this.append(`<Override PartName="${escapeAttr(name)}" ContentType="${escapeAttr(type)}"/>`);
  }

  removeOverride(part: string): void {
    const name = `/${part}`.toLowerCase();
    for (const s of this.all)
      if (s.local === 'Override' && (s.attributes.PartName ?? '').toLowerCase() === name) this.remove(s);
  }
}
