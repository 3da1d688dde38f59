/**
 * Boots the taskpane inside Office: OfficeScoringHost over the real Excel.run. Outside Excel the page
 * explains how to load the add-in instead (./boot.ts).
 */
import { createRoot } from 'react-dom/client';
import { OfficeScoringHost } from '../hosts/office/officeHost';
import { TaskpaneApp } from './App';
import { bootTaskpane } from './boot';
import type { OfficeBoot } from './boot';
import { pickLocale } from './i18n';
import { themeFor } from './theme';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));

function mount(): void {
  const locale = pickLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(container).render(<TaskpaneApp host={new OfficeScoringHost()} locale={locale} theme={theme} />);
}

// office.js comes from Microsoft's CDN by script tag; when it could not load there is no `Office` at all.
bootTaskpane({ office: (globalThis as { Office?: OfficeBoot }).Office, root: container, mount });
