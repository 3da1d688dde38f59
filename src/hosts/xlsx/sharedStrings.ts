/** `xl/sharedStrings.xml` as a list of plain strings, read as a stream (rich text runs joined, phonetic guides left out). */
import { type InflateBudget, streamPart } from './package';
import { localName, xmlParser } from './xml';
import type { ZipEntry, ZipPackage } from './zip';

export function readSharedStrings(
  pkg: ZipPackage,
  entry: ZipEntry | undefined,
  budget: InflateBudget,
): string[] {
  const out: string[] = [];
  if (!entry) return out;
  let current: string | null = null;
  let phonetic = 0;
  let inText = false;
  const parser = xmlParser(entry.name);
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') current = '';
    else if (name === 'rPh') phonetic++;
    else if (name === 't') inText = current !== null && phonetic === 0 && !tag.isSelfClosing;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si' && current !== null) {
      out.push(current);
      current = null;
    }
  });
  const text = (t: string) => {
    if (inText) current += t;
  };
  parser.on('text', text);
  parser.on('cdata', text);
  streamPart(pkg, entry, (chunk) => parser.write(chunk), budget);
  parser.close();
  return out;
}
