/** Boots the browser preview: the workbook named by `?file=<url>`, else the bundled sample. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { pickLocale } from '../taskpane/i18n';
import { PreviewApp, type Source } from './PreviewApp';

/** Copied next to preview.html by the build. */
const SAMPLE = '示例评分表.xlsx';

function fetched(url: string): Source {
  const name = decodeURIComponent(new URL(url, window.location.href).pathname.split('/').pop() || SAMPLE);
  return {
    name,
    bytes: async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${url}`);
      return response.arrayBuffer();
    },
  };
}

const locale = pickLocale(new URLSearchParams(window.location.search).get('lang') ?? navigator.language);
const file = new URLSearchParams(window.location.search).get('file');
document.documentElement.lang = locale;
/** The sample is optional: without it the page simply asks for a file. */
async function sampleIfServed(): Promise<Source | null> {
  const url = encodeURI(SAMPLE);
  const response = await fetch(url, { method: 'HEAD' }).catch(() => null);
  return response?.ok ? fetched(url) : null;
}

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void (file ? Promise.resolve(fetched(file)) : sampleIfServed()).then((initial) =>
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang={locale}>
      <PreviewApp locale={locale} initial={initial} />
    </FluentProvider>,
  ),
);
