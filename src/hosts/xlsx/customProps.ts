/**
 * Custom document properties (`docProps/custom.xml`). Earlier versions kept the ledger there as
 * `jixiao.ledger.N`; it is read once from there and those properties are dropped on the next write,
 * every other property staying byte for byte (and the part going only when nothing is left in it).
 */
import { isLedgerProperty } from '../../core/ledger';
import { type InflateBudget, isRelType, partText, readRels } from './package';
import { children, spans } from './xml';
import type { ZipPackage } from './zip';

export const CUSTOM_PROPERTIES_REL = 'custom-properties';

export interface CustomProperty {
  name: string;
  /** The value as text (numbers, booleans and dates as written in the XML). */
  text: string;
  /** Where the `<property>` element stands in the part's text. */
  start: number;
  end: number;
}

export interface CustomProperties {
  part: string;
  xml: string;
  properties: CustomProperty[];
}

/** The properties in a custom.xml part, in document order. */
export function parseCustomXml(xml: string, part: string): CustomProperty[] {
  const all = spans(xml, part);
  return all
    .filter((s) => s.local === 'property' && s.depth === 1)
    .map((s) => ({
      name: s.attributes.name ?? '',
      text: children(all, s.index)[0]?.text ?? '',
      start: s.start,
      end: s.end,
    }));
}

export function readCustomProperties(pkg: ZipPackage, budget: InflateBudget): CustomProperties | null {
  const rel = readRels(pkg, '', budget).find((r) => isRelType(r, CUSTOM_PROPERTIES_REL) && !r.external);
  const part = rel?.target ?? 'docProps/custom.xml';
  const xml = partText(pkg, part, budget);
  return xml === null ? null : { part, xml, properties: parseCustomXml(xml, part) };
}

/** The part's text without our ledger properties, and how many properties are left; null when none were ours. */
export function withoutLedgerProperties(props: CustomProperties): { xml: string; left: number } | null {
  const ours = props.properties.filter((p) => isLedgerProperty(p.name));
  if (ours.length === 0) return null;
  let xml = '';
  let cursor = 0;
  for (const p of ours) {
    xml += props.xml.slice(cursor, p.start);
    cursor = p.end;
  }
  return { xml: xml + props.xml.slice(cursor), left: props.properties.length - ours.length };
}
