/**
 * The scored copy: the original package with only these parts changed — the worksheets that receive
 * cells (sheetPatch.ts), the stylesheet when a mark needs a new fill (styles.ts), our ledger part
 * (customXml/itemN.xml with its properties part and relationships), docProps/custom.xml only to drop
 * the ledger properties of earlier versions, and the relationships and content types these need.
 * Every other entry is copied with its compressed bytes unchanged (zip.ts). Shared strings are left
 * alone: text is written as inline strings. Writing the written copy again gives the same bytes.
 * Browser-safe: bytes in, bytes out.
 */
import { ledgerToXml, LEDGER_NAMESPACE } from '../../core/ledgerXml';
import type { CellPatch, MarkLedger } from '../../core/patch';
import { CUSTOM_PROPERTIES_REL, withoutLedgerProperties } from './customProps';
import { ContentTypeEdits, RelsEdits } from './partEdits';
import { relsPartOf, resolveTarget } from './package';
import type { XlsxDocument } from './read';
import { type CellChange, type SheetChanges, patchSheet } from './sheetPatch';
import { StyleBook } from './styles';
import { decodeUtf8, encodeUtf8 } from './xml';
import { type DeflateSegment, type PreparedEntry, deflatePart, entryBytes, findEntry, writeZip } from './zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CUSTOM_XML_REL = `${REL}/customXml`;
const CUSTOM_XML_PROPS_REL = `${REL}/customXmlProps`;
const STYLES_REL = `${REL}/styles`;
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** Fixed, so that writing the same workbook twice gives the same bytes. */
const LEDGER_ITEM_ID = '{5A4C3E1F-7B2D-4E69-8C0A-1D3F5B7E9A24}';

function changesBySheet(patches: CellPatch[]): Map<string, SheetChanges> {
  const out = new Map<string, SheetChanges>();
  for (const p of patches) {
    const sheet = out.get(p.sheet) ?? new Map<number, Map<number, CellChange>>();
    out.set(p.sheet, sheet);
    const row = sheet.get(p.row) ?? new Map<number, CellChange>();
    sheet.set(p.row, row);
    const change = row.get(p.col) ?? { setValue: false, setFill: false };
    if (p.value !== undefined) Object.assign(change, { setValue: true, value: p.value });
    if (p.fill !== undefined) Object.assign(change, { setFill: true, fill: p.fill });
    row.set(p.col, change);
  }
  return out;
}

/** The package's text parts we edit, each loaded once from the original. */
class Bookkeeping {
  private readonly rels = new Map<string, RelsEdits>();
  types: ContentTypeEdits;

  constructor(private readonly doc: XlsxDocument) {
    this.types = new ContentTypeEdits(this.text('[Content_Types].xml') ?? '<Types/>', '[Content_Types].xml');
  }

  text(part: string): string | null {
    const entry = findEntry(this.doc.pkg, part);
    return entry ? decodeUtf8(entryBytes(this.doc.pkg, entry)) : null;
  }

  relsOf(source: string): RelsEdits {
    const part = source === '' ? '_rels/.rels' : relsPartOf(source);
    let edits = this.rels.get(part);
    if (!edits) {
      edits = new RelsEdits(this.text(part), part);
      this.rels.set(part, edits);
    }
    return edits;
  }

  finish(replaced: Map<string, PreparedEntry | null>, added: PreparedEntry[]): void {
    for (const edits of [...this.rels.values(), this.types]) {
      if (!edits.changed) continue;
      const part = edits instanceof RelsEdits ? edits.part : '[Content_Types].xml';
      const entry = deflatePart(part, encodeUtf8(edits.text()));
      if (edits instanceof RelsEdits && edits.created) added.push(entry);
      else replaced.set(part, entry);
    }
  }
}

/** `target` as written in a relationship from `source` to `part`. */
function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function writeLedger(
  doc: XlsxDocument,
  ledger: MarkLedger,
  book: Bookkeeping,
  replaced: Map<string, PreparedEntry | null>,
  added: PreparedEntry[],
): void {
  const xml = ledgerToXml(ledger);
  const [own, ...extra] = doc.ledgerParts;
  if (own) {
    if (book.text(own) !== xml) replaced.set(own, deflatePart(own, encodeUtf8(xml)));
  } else if (Object.keys(ledger.cells).length > 0) {
    let n = 1;
    const taken = (name: string) => findEntry(doc.pkg, name) !== undefined;
    while (
      taken(`customXml/item${n}.xml`) ||
      taken(`customXml/itemProps${n}.xml`) ||
      taken(`customXml/_rels/item${n}.xml.rels`)
    )
      n++;
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    added.push(deflatePart(item, encodeUtf8(xml)));
    added.push(
      deflatePart(
        props,
        encodeUtf8(
          '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
            `<ds:datastoreItem ds:itemID="${LEDGER_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
            `<ds:schemaRefs><ds:schemaRef ds:uri="${LEDGER_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
        ),
      ),
    );
    book.relsOf(item).add(CUSTOM_XML_PROPS_REL, `itemProps${n}.xml`);
    book.relsOf(doc.parts.workbook).add(CUSTOM_XML_REL, relativeTarget(doc.parts.workbook, item));
    book.types.ensure(props, PROPS_TYPE);
    if (book.types.defaultFor('xml') === undefined) book.types.ensure(item, 'application/xml');
  }
  // A second part of ours (two writers raced): only the first is the ledger.
  for (const part of extra) {
    const itemRels = relsPartOf(part);
    const propsRel = book.text(itemRels);
    const propsTarget = propsRel === null ? null : /Target="([^"]+)"/.exec(propsRel)?.[1];
    replaced.set(part, null);
    if (propsRel !== null) replaced.set(itemRels, null);
    if (propsTarget) {
      const propsPart = resolveTarget(part, propsTarget);
      replaced.set(propsPart, null);
      book.types.removeOverride(propsPart);
    }
    book.types.removeOverride(part);
    book
      .relsOf(doc.parts.workbook)
      .removeWhere((target) => resolveTarget(doc.parts.workbook, target) === part);
  }

  // The ledger properties of earlier versions go; the person's own stay as they were.
  const custom = doc.custom && withoutLedgerProperties(doc.custom);
  if (doc.custom && custom) {
    const part = doc.custom.part;
    if (custom.left > 0) {
      replaced.set(part, deflatePart(part, encodeUtf8(custom.xml)));
    } else {
      replaced.set(part, null);
      book.types.removeOverride(part);
      book
        .relsOf('')
        .removeWhere(
          (target, type) => type.endsWith(`/${CUSTOM_PROPERTIES_REL}`) && resolveTarget('', target) === part,
        );
    }
  }
}

/**
 * The document with `patches` applied, as .xlsx bytes, carrying `ledger` in our custom XML part
 * (null leaves the document's ledger as it is).
 */
export interface WriteOptions {
  /** A faster DEFLATE than the built-in one (fflate), where the host has one: the CLI passes Node's zlib. */
  deflate?: DeflateSegment;
}

export async function writeXlsx(
  doc: XlsxDocument,
  patches: CellPatch[],
  ledger: MarkLedger | null,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const { pkg, parts } = doc;
  const replaced = new Map<string, PreparedEntry | null>();
  const added: PreparedEntry[] = [];
  const book = new Bookkeeping(doc);
  const stylesPart = parts.styles ?? 'xl/styles.xml';
  // Loaded on the first mark: a run that only writes numbers leaves the stylesheet alone.
  const styles: { book: StyleBook | null } = { book: null };
  const styleFor = (s: number, fill: string | null) =>
    (styles.book ??= new StyleBook(doc.stylesXml, stylesPart)).withFill(s, fill);

  for (const [name, changes] of changesBySheet(patches)) {
    const sheet = parts.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`patch for a sheet the workbook does not have: ${name}`);
    replaced.set(
      sheet.part,
      patchSheet(pkg, findEntry(pkg, sheet.part)!, changes, styleFor, options.deflate),
    );
  }
  if (styles.book?.changed) {
    const entry = deflatePart(stylesPart, encodeUtf8(styles.book.text()), options.deflate);
    if (styles.book.created) {
      added.push(entry);
      book.relsOf(parts.workbook).add(STYLES_REL, relativeTarget(parts.workbook, stylesPart));
      book.types.ensure(stylesPart, STYLES_TYPE);
    } else {
      replaced.set(stylesPart, entry);
    }
  }
  if (ledger !== null) writeLedger(doc, ledger, book, replaced, added);
  book.finish(replaced, added);
  return writeZip(pkg, replaced, added);
}
