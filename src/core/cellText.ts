/** What one cell can hold: Excel keeps at most 32,767 characters (UTF-16 code units) in a cell. */
export const MAX_CELL_CHARS = 32_767;

/** The text cut to fit a cell, ending with `…` when cut (never inside a surrogate pair). */
export function fitCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}
