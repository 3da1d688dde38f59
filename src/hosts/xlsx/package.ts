/**
 * The package's structure (OPC): parts by name, their relationships, the workbook and its sheets, and
 * the budget of how much one read may inflate.
 */
import { XlsxReadError } from './errors';
import { TEXT_PIECE, Utf8Pieces, attr, children, decodeUtf8, spans } from './xml';
import { type ZipEntry, type ZipPackage, entryBytes, findEntry, inflateEntry } from './zip';

/** What one read may inflate in total. A 1,000,000-row formatted sheet is about 230 MB of XML. */
export const MAX_INFLATED = 400 * 1024 * 1024;

export class InflateBudget {
  private used = 0;
  constructor(private readonly max: number = MAX_INFLATED) {}

  /** Count an entry about to be inflated; its stated size is enforced while inflating (zip.ts). */
  take(entry: ZipEntry): void {
    this.used += entry.size;
    if (this.used > this.max)
      throw new XlsxReadError(
        'too-large',
        `${Math.round(this.used / 2 ** 20)} MB > ${this.max / 2 ** 20} MB`,
      );
  }
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it. */
export function resolveTarget(source: string, target: string): string {
  const raw = target.split('#')[0];
  const segments = raw.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const s of raw.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.map((s) => safeDecode(s)).join('/');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The text of a part, or null when the package has none. */
export function partText(pkg: ZipPackage, name: string, budget: InflateBudget): string | null {
  const entry = findEntry(pkg, name);
  if (!entry) return null;
  budget.take(entry);
  return decodeUtf8(entryBytes(pkg, entry));
}

/** The relationships of `source` ('' for the package). */
export function readRels(pkg: ZipPackage, source: string, budget: InflateBudget): Relationship[] {
  const part = source === '' ? '_rels/.rels' : relsPartOf(source);
  const xml = partText(pkg, part, budget);
  if (xml === null) return [];
  return spans(xml, part)
    .filter((s) => s.local === 'Relationship')
    .map((s) => {
      const external = s.attributes.TargetMode === 'External';
      const target = s.attributes.Target ?? '';
      return {
        id: s.attributes.Id ?? '',
        type: s.attributes.Type ?? '',
        target: external ? target : resolveTarget(source === '' ? '' : source, target),
        external,
      };
    });
}

/** Relationship types end the same in transitional and strict OOXML. */
export function isRelType(rel: Relationship, suffix: string): boolean {
  return rel.type.endsWith(`/${suffix}`);
}

export interface SheetPart {
  name: string;
  part: string;
}

export interface WorkbookParts {
  workbook: string;
  sheets: SheetPart[];
  styles: string | null;
  sharedStrings: string | null;
  date1904: boolean;
}

export function readWorkbookParts(pkg: ZipPackage, budget: InflateBudget): WorkbookParts {
  const main = readRels(pkg, '', budget).find((r) => isRelType(r, 'officeDocument') && !r.external);
  const workbook = main?.target ?? 'xl/workbook.xml';
  const xml = partText(pkg, workbook, budget);
  if (xml === null) throw new XlsxReadError('not-xlsx');
  const rels = readRels(pkg, workbook, budget);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const all = spans(xml, workbook);
  const root = all.findIndex((s) => s.depth === 0);
  if (root < 0 || all[root].local !== 'workbook') throw new XlsxReadError('not-xlsx');
  const sheets: SheetPart[] = [];
  for (const list of children(all, root, 'sheets')) {
    for (const s of children(all, list.index, 'sheet')) {
      const rel = byId.get(attr(s, 'id') ?? '');
      // Chart sheets and macro sheets hold no cells to score.
      if (!rel || rel.external || !isRelType(rel, 'worksheet') || !findEntry(pkg, rel.target)) continue;
      sheets.push({ name: s.attributes.name ?? '', part: rel.target });
    }
  }
  const pr = children(all, root, 'workbookPr')[0];
  const flag = pr?.attributes.date1904;
  const part = (suffix: string) => rels.find((r) => isRelType(r, suffix) && !r.external)?.target ?? null;
  return {
    workbook,
    sheets,
    styles: part('styles'),
    sharedStrings: part('sharedStrings'),
    date1904: flag === '1' || flag === 'true',
  };
}

/** A part's text as it inflates, piece by piece (never the whole text at once). */
export function streamPart(
  pkg: ZipPackage,
  entry: ZipEntry,
  onText: (text: string) => void,
  budget?: InflateBudget,
): void {
  budget?.take(entry);
  const pieces = new Utf8Pieces();
  inflateEntry(pkg, entry, (chunk) => {
    for (let i = 0; i < chunk.length; i += TEXT_PIECE) onText(pieces.push(chunk.subarray(i, i + TEXT_PIECE)));
  });
  const tail = pieces.end();
  if (tail !== '') onText(tail);
}
