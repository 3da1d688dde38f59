/** Turns whatever a host action threw into a title and a sentence the person can act on. */
import { NoTableError } from '../core/engine';
import { HostError } from '../hosts/office/host';
import type { Locale, Strings } from './i18n';

export interface ErrorText {
  title: string;
  body: string;
}

export function describeError(error: unknown, strings: Strings, locale: Locale): ErrorText {
  if (error instanceof HostError) {
    return {
      title: strings.errorTitle[error.code],
      body: locale === 'zh-CN' ? error.message : error.english,
    };
  }
  if (error instanceof NoTableError) {
    return {
      title: strings.errorTitle['no-table'],
      body: locale === 'zh-CN' ? error.message : error.english,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { title: strings.errorTitle.unknown, body: `${strings.unexpectedError} ${detail}` };
}
