/**
 * How versions before the ledger's XML part stored it: JSON in custom document properties of at most
 * 255 characters (the Office limit), `jixiao.ledger.0…n`. Tests use it to make files such a version
 * scored; the product only reads this form (src/core/ledger.ts) and moves it.
 */
import { LEDGER_PROPERTY_PREFIX } from '../../src/core/ledger';
import type { MarkLedger } from '../../src/core/patch';

const CHUNK = 255;

export function legacyLedgerProperties(ledger: MarkLedger): Record<string, string> {
  // Split on code points so no chunk ends inside a surrogate pair.
  const chars = Array.from(JSON.stringify(ledger));
  const props: Record<string, string> = {};
  let chunk = '';
  let n = 0;
  for (const ch of chars) {
    if (chunk.length + ch.length > CHUNK) {
      props[LEDGER_PROPERTY_PREFIX + n++] = chunk;
      chunk = '';
    }
    chunk += ch;
  }
  props[LEDGER_PROPERTY_PREFIX + n] = chunk;
  return props;
}
