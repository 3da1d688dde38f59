/** The taskpane inside its Fluent provider; shared by the Office boot and the browser preview. */
import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { ScoringHost } from '../hosts/office/host';
import type { Locale } from './i18n';
import { Taskpane } from './Taskpane';

export function TaskpaneApp({ host, locale, theme }: { host: ScoringHost; locale: Locale; theme: Theme }) {
  return (
    <FluentProvider theme={theme} lang={locale}>
      <Taskpane host={host} locale={locale} />
    </FluentProvider>
  );
}
