/**
 * Cell fills between ExcelJS and the grid: a solid RGB fill is `#RRGGBB`, no fill is null, anything else
 * (theme or indexed colours, patterns, gradients) is an opaque `xlsx-fill:` token holding the ExcelJS fill,
 * so that restoring it after a mark gives back exactly what was there.
 */
import type { Fill } from 'exceljs';

const TOKEN = 'xlsx-fill:';

function rgbOf(argb: string | undefined): string | null {
  if (!argb) return null;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9A-Fa-f]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : null;
}

/** The grid's fill string for an ExcelJS fill. */
export function gridFill(fill: Fill | undefined): string | null {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return null;
  if (fill.type === 'pattern' && fill.pattern === 'solid') {
    const fg = fill.fgColor as { argb?: string; theme?: number; indexed?: number } | undefined;
    const keys = fg ? Object.keys(fg).filter((k) => (fg as Record<string, unknown>)[k] !== undefined) : [];
    const rgb = keys.length === 1 && keys[0] === 'argb' ? rgbOf(fg?.argb) : null;
    if (rgb) return rgb;
  }
  return TOKEN + JSON.stringify(fill);
}

/** The ExcelJS fill a grid fill string stands for; undefined means no fill. */
export function excelFill(fill: string | null): Fill | undefined {
  if (fill === null) return undefined;
  if (fill.startsWith(TOKEN)) {
    try {
      return JSON.parse(fill.slice(TOKEN.length)) as Fill;
    } catch {
      // An unreadable token (hand-edited ledger) restores as no fill rather than failing the write.
      return undefined;
    }
  }
  const rgb = rgbOf(fill.replace(/^#/, ''));
  if (!rgb) return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb.slice(1)}` } };
}
