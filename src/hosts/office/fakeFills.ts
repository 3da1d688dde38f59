/**
 * Fills as the Excel fake keeps them, and how it reports them the way Excel does. Kept apart from the
 * adapter's own reading of fills (fills.ts) so the tests compare two independent descriptions.
 */
import { patternOf } from './fills';

/** A cell's fill inside the fake; absent = no fill. */
export interface FakeFill {
  /** Excel.FillPattern: Solid, Gray25, LightDown… */
  pattern: string;
  color: string;
  patternColor?: string;
  tintAndShade: number;
  /** The grid fill string the workbook was built with, given back while nobody wrote the cell's fill. */
  source?: string;
}

/** ExcelJS pattern names (files read by the xlsx host) → Excel.FillPattern. */
const XLSX_PATTERNS: Record<string, string> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

/** The default Office theme (lt1, dk1, lt2, dk2, accent1–6), for theme colours in files. */
const THEME = [
  '#FFFFFF',
  '#000000',
  '#E7E6E6',
  '#44546A',
  '#4472C4',
  '#ED7D31',
  '#A5A5A5',
  '#FFC000',
  '#5B9BD5',
  '#70AD47',
];

interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
}

function xlsxColor(c: XlsxColor | undefined): { color: string; tint: number } | null {
  if (!c) return null;
  if (c.argb && /^[0-9A-Fa-f]{8}$/.test(c.argb))
    return { color: `#${c.argb.slice(2).toUpperCase()}`, tint: 0 };
  if (c.theme !== undefined && THEME[c.theme]) return { color: THEME[c.theme], tint: c.tint ?? 0 };
  return null;
}

/** A fill string another host put in the grid (the xlsx host's `xlsx-fill:` ExcelJS fill). */
function foreignFill(source: string): FakeFill | undefined {
  try {
    const fill = JSON.parse(source.slice(source.indexOf(':') + 1)) as {
      type?: string;
      pattern?: string;
      fgColor?: XlsxColor;
      bgColor?: XlsxColor;
      stops?: { color?: XlsxColor }[];
    };
    if (fill.type === 'pattern' && fill.pattern === 'none') return undefined;
    const fg = xlsxColor(fill.fgColor ?? fill.stops?.[0]?.color) ?? { color: '#D9D9D9', tint: 0 };
    const pattern = fill.type === 'pattern' ? (XLSX_PATTERNS[fill.pattern ?? ''] ?? 'Solid') : 'Solid';
    if (pattern === 'Solid') return { pattern, color: fg.color, tintAndShade: fg.tint, source };
    // In a pattern fill ExcelJS's fgColor draws the pattern and bgColor is the cell colour.
    const bg = xlsxColor(fill.bgColor) ?? { color: '#FFFFFF', tint: 0 };
    return { pattern, color: bg.color, patternColor: fg.color, tintAndShade: bg.tint, source };
  } catch {
    return { pattern: 'Solid', color: '#D9D9D9', tintAndShade: 0, source };
  }
}

/** A grid fill string → the fake's fill (undefined = no fill). */
export function fakeFillFromGrid(fill: string | null | undefined): FakeFill | undefined {
  if (!fill) return undefined;
  if (/^#[0-9A-Fa-f]{6}$/.test(fill))
    return { pattern: 'Solid', color: fill.toUpperCase(), tintAndShade: 0, source: fill };
  if (fill.startsWith('xl-fill:')) {
    const p = patternOf(fill);
    if (!p || p.pattern === 'None') return undefined;
    return {
      pattern: p.pattern,
      color: p.color ?? '#FFFFFF',
      patternColor: p.patternColor,
      tintAndShade: p.tintAndShade ?? 0,
      source: fill,
    };
  }
  return foreignFill(fill);
}

/** The fake's fill as a grid string (what the preview renders and the tests compare). */
export function gridFromFakeFill(fill: FakeFill | undefined): string | null {
  if (!fill) return null;
  if (fill.source !== undefined) return fill.source;
  if (fill.pattern === 'Solid' && fill.tintAndShade === 0) return fill.color;
  const token: Record<string, unknown> = { pattern: fill.pattern, color: fill.color };
  if (fill.patternColor !== undefined && fill.pattern !== 'Solid') token.patternColor = fill.patternColor;
  if (fill.tintAndShade !== 0) token.tintAndShade = fill.tintAndShade;
  return `xl-fill:${JSON.stringify(token)}`;
}

/**
 * What `getCellProperties` reports for a cell's fill. Excel gives `#FFFFFF` for "no fill" exactly as for a
 * white fill, with `pattern` null for both; only `tintAndShade` tells them apart: null for no fill, a
 * number for any fill (https://github.com/OfficeDev/office-js/issues/4900,
 * https://github.com/OfficeDev/office-js/issues/6218,
 * https://learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-tintandshade-member).
 */
export function reportedFill(fill: FakeFill | undefined): {
  color: string;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
} {
  if (!fill) return { color: '#FFFFFF', pattern: null, patternColor: null, tintAndShade: null };
  const patterned = fill.pattern !== 'Solid';
  return {
    color: fill.color,
    pattern: patterned ? fill.pattern : null,
    patternColor: patterned ? (fill.patternColor ?? '#000000') : null,
    tintAndShade: fill.tintAndShade,
  };
}
