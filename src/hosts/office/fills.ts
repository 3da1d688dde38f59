/**
 * Cell fills between Excel and the grid: a solid fill is `#RRGGBB`, no fill is null, anything else
 * (patterns, two-colour fills) is an opaque `xl-fill:` token the core only compares and hands back,
 * which we can turn into the same pattern again when restoring.
 */
import type { XlCellProperties, XlRangeFill } from './excelApi';

const TOKEN = 'xl-fill:';

export interface PatternFill {
  pattern: string;
  color?: string;
  patternColor?: string;
}

function upper(color: string | undefined): string | undefined {
  return color === undefined ? undefined : color.toUpperCase();
}

/** A cell's fill as read by `getCellProperties({ format: { fill: { color, pattern, patternColor } } })`. */
export function fillFromCellProperties(props: XlCellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill) return null;
  const pattern = fill.pattern ?? (fill.color ? 'Solid' : 'None');
  if (pattern === 'None') return null;
  if (pattern === 'Solid' && fill.color && /^#[0-9A-F]{6}$/i.test(fill.color))
    return fill.color.toUpperCase();
  return (
    TOKEN + JSON.stringify({ pattern, color: upper(fill.color), patternColor: upper(fill.patternColor) })
  );
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
  return { pattern: 'Solid', color: fill.toUpperCase() };
}

/** Queue the fill onto a range proxy. */
export function applyFill(target: XlRangeFill, fill: string | null): void {
  const p = patternOf(fill);
  if (!p) {
    target.clear();
    return;
  }
  if (p.pattern === 'Solid' && p.color) {
    target.color = p.color;
    return;
  }
  target.pattern = p.pattern;
  if (p.color) target.color = p.color;
  if (p.patternColor) target.patternColor = p.patternColor;
}
