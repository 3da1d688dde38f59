/** Follow Office's theme: a dark task pane background selects the Fluent dark theme. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** `#RRGGBB` (or `RRGGBB`) with relative luminance below one half counts as dark. */
export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  return isDarkColor(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
