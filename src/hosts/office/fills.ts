/**
 * Cell fills between Excel and the grid: a solid fill is `#RRGGBB`, no fill is null, anything else
 * (patterns, tinted theme colours) is an opaque `xl-fill:` token the core only compares and hands back,
 * which we turn into the same fill again when restoring.
 *
 * Excel reports "no fill" as `#FFFFFF`, the same as a white fill, with `pattern` null for both; only
 * `tintAndShade` differs: null for no fill, a number for any fill
 * (https://github.com/OfficeDev/office-js/issues/4900, https://github.com/OfficeDev/office-js/issues/6218).
 * Reading no fill as white and writing it back would paint cells white and hide the gridlines.
 */
import type { XlCellProperties, XlCellPropertiesLoad, XlRangeFill } from './excelApi';

const TOKEN = 'xl-fill:';
const HEX = /^#[0-9A-F]{6}$/;

/** The fill properties every read loads per cell. */
export const FILL_PROPERTIES: NonNullable<XlCellPropertiesLoad['format']>['fill'] = {
  color: true,
  pattern: true,
  patternColor: true,
  tintAndShade: true,
};

export interface PatternFill {
  pattern: string;
  color?: string;
  patternColor?: string;
  tintAndShade?: number;
}

/** A cell's fill as `getCellProperties` reports it (FILL_PROPERTIES). */
export function fillFromCellProperties(props: XlCellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill) return null;
  const pattern = fill.pattern ?? null;
  if (pattern === 'None') return null;
  const color = fill.color?.toUpperCase();
  const tint = fill.tintAndShade ?? null;
  const solid = pattern === null || pattern === 'Solid';
  // White without a tint is how Excel reports no fill; a colour without one is still a fill.
  if (solid && tint === null && (color === undefined || color === '#FFFFFF')) return null;
  if (solid && color !== undefined && HEX.test(color) && !tint) return color;
  const token: PatternFill = { pattern: pattern ?? 'Solid', color };
  if (!solid && fill.patternColor) token.patternColor = fill.patternColor.toUpperCase();
  if (tint) token.tintAndShade = tint;
  return TOKEN + JSON.stringify(token);
}

/** The pattern a fill string stands for; null for no fill. */
export function patternOf(fill: string | null): PatternFill | null {
  if (fill === null) return null;
  if (fill.startsWith(TOKEN)) {
    try {
      const parsed = JSON.parse(fill.slice(TOKEN.length)) as PatternFill;
      if (typeof parsed.pattern === 'string') return parsed;
    } catch {
      // fall through: an unreadable token restores as no fill rather than failing the batch
    }
    return null;
  }
  return HEX.test(fill.toUpperCase()) ? { pattern: 'Solid', color: fill.toUpperCase() } : null;
}

/**
 * Queue the fill onto a range proxy. Every fill starts from `clear()`, so nothing of the cell's
 * earlier fill (a pattern, a tint) survives under the new one; no fill is `clear()` alone, never white.
 */
export function applyFill(target: XlRangeFill, fill: string | null): void {
  target.clear();
  const p = patternOf(fill);
  if (!p || p.pattern === 'None') return;
  if (p.pattern !== 'Solid') target.pattern = p.pattern;
  if (p.color) target.color = p.color;
  if (p.patternColor && p.pattern !== 'Solid') target.patternColor = p.patternColor;
  if (p.tintAndShade) target.tintAndShade = p.tintAndShade;
}

/** Actions `applyFill` queues (for sizing requests). */
export function fillActions(fill: string | null): number {
  const p = patternOf(fill);
  if (!p || p.pattern === 'None') return 1;
  return (
    1 +
    (p.pattern !== 'Solid' ? 1 : 0) +
    (p.color ? 1 : 0) +
    (p.patternColor ? 1 : 0) +
    (p.tintAndShade ? 1 : 0)
  );
}
