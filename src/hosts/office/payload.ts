/**
 * Sizes on the wire. Excel on the web sends every batch as one JSON request and answers with one JSON
 * response, each limited to 5 MB ("Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization ;
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large). Sizes are UTF-8 bytes
 * of JSON: a Chinese character is 3 bytes, not 1 (UTF-16 length) or 2.
 */

/** What Excel on the web accepts per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What one sync of ours may carry by our own estimate: a fifth below the limit, for what the estimate
 * cannot know (the request envelope, a cell text longer than the average we measured so far).
 */
export const SYNC_BUDGET_BYTES = 4_000_000;

/** UTF-8 length of a string (surrogate pairs are one 4-byte character). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}
