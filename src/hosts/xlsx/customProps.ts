/**
 * Custom document properties (`docProps/custom.xml`). ExcelJS neither reads nor writes them, so we read
 * the part from the input package and put it back into the written one, keeping the person's own
 * properties byte for byte (any type) and replacing only ours.
 */
import type JSZip from 'jszip';
import { isLedgerProperty } from '../../core/ledger';

const PART = 'docProps/custom.xml';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

export interface CustomProperty {
  name: string;
  /** The value as text (numbers, booleans and dates as written in the XML). */
  text: string;
  /** The `<property>` element as it stood in the input. */
  xml: string;
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()];
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
    );
  });
}

function encodeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The properties in a custom.xml part, in document order. */
export function parseCustomXml(xml: string): CustomProperty[] {
  const out: CustomProperty[] = [];
  const re = /<(?:\w+:)?property\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?property>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const name = /\bname="([^"]*)"/.exec(m[1]);
    if (!name) continue;
    const inner = m[2] ?? '';
    const text = /<[\w:]+[^>]*>([\s\S]*?)<\/[\w:]+>/.exec(inner)?.[1] ?? '';
    out.push({ name: decodeXml(name[1]), text: decodeXml(text), xml: m[0] });
  }
  return out;
}

/** Where the package's relationships say the custom properties live (normally docProps/custom.xml). */
async function customPartName(zip: JSZip): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const rel = rels && new RegExp(`<Relationship\\b[^>]*Type="${REL_TYPE}"[^>]*>`).exec(rels);
  const target = rel && /\bTarget="([^"]+)"/.exec(rel[0]);
  return target ? target[1].replace(/^\//, '') : PART;
}

export async function readCustomProperties(zip: JSZip): Promise<CustomProperty[]> {
  const xml = await zip.file(await customPartName(zip))?.async('string');
  return xml ? parseCustomXml(xml) : [];
}

function buildCustomXml(props: CustomProperty[], own: Record<string, string>): string {
  const elements = props.filter((p) => !isLedgerProperty(p.name)).map((p) => p.xml);
  for (const [name, value] of Object.entries(own)) {
    elements.push(
      `<property fmtid="${FMTID}" pid="0" name="${encodeXml(name)}"><vt:lpwstr>${encodeXml(value)}</vt:lpwstr></property>`,
    );
  }
  // pids must be unique and start at 2; renumbering keeps each element otherwise untouched.
  let pid = 2;
  const numbered = elements.map((e) => e.replace(/\bpid="\d*"/, () => `pid="${pid++}"`));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    numbered.join('') +
    '</Properties>'
  );
}

/**
 * Put the custom properties part into a package ExcelJS wrote: the input's properties, with `own` (the
 * encoded ledger) in place of the earlier ledger chunks. Adds the content-type override and the package
 * relationship when missing.
 */
export async function writeCustomProperties(
  zip: JSZip,
  inputProps: CustomProperty[],
  own: Record<string, string>,
): Promise<void> {
  const kept = inputProps.filter((p) => !isLedgerProperty(p.name));
  if (kept.length === 0 && Object.keys(own).length === 0) return;
  zip.file(PART, buildCustomXml(kept, own));

  const typesName = '[Content_Types].xml';
  const types = (await zip.file(typesName)?.async('string')) ?? '';
  if (!types.includes(`PartName="/${PART}"`)) {
    const override = `<Override PartName="/${PART}" ContentType="${CONTENT_TYPE}"/>`;
    zip.file(typesName, types.replace('</Types>', `${override}</Types>`));
  }

  const relsName = '_rels/.rels';
  const rels = (await zip.file(relsName)?.async('string')) ?? '';
  if (!rels.includes(REL_TYPE)) {
    const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = `<Relationship Id="rId${n}" Type="${REL_TYPE}" Target="${PART}"/>`;
    zip.file(relsName, rels.replace('</Relationships>', `${rel}</Relationships>`));
  }
}
