/**
 * Our ledger's custom XML part (`customXml/itemN.xml`, root in urn:jixiao:ledger:1): found among the
 * package's custom XML parts by its namespace, whatever its number.
 */
import { isLedgerXml } from '../../core/ledgerXml';
import { type InflateBudget, partText } from './package';
import type { ZipPackage } from './zip';

export const CUSTOM_XML_ITEM = /^customXml\/item(\d+)\.xml$/i;

/** Our parts' names with their text, in package order (normally one). */
export function findLedgerParts(pkg: ZipPackage, budget: InflateBudget): { part: string; xml: string }[] {
  const out: { part: string; xml: string }[] = [];
  for (const e of pkg.entries) {
    if (!CUSTOM_XML_ITEM.test(e.name)) continue;
    const xml = partText(pkg, e.name, budget) as string;
    if (isLedgerXml(xml)) out.push({ part: e.name, xml });
  }
  return out;
}
