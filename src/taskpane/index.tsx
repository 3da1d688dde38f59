/** Boots the taskpane inside Office: OfficeScoringHost over the real Excel.run. */
import { createRoot } from 'react-dom/client';
import { OfficeScoringHost } from '../hosts/office/officeHost';
import { TaskpaneApp } from './App';
import { pickLocale } from './i18n';
import { themeFor } from './theme';

function mount(): void {
  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const locale = pickLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(container).render(<TaskpaneApp host={new OfficeScoringHost()} locale={locale} theme={theme} />);
}

void Office.onReady(mount);
