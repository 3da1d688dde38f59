/**
 * The browser preview: the same taskpane and the same OfficeScoringHost, over the in-memory Excel fake
 * instead of Excel, beside a rendering of the workbook. The file never leaves the browser.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookGrid } from '../core/grid';
import { sheetsWithTables } from '../core';
import type { ScoringHost } from '../hosts/office/host';
import { FakeExcel } from '../hosts/office/fakeExcel';
import { OfficeScoringHost } from '../hosts/office/officeHost';
import { readXlsx, type XlsxDocument } from '../hosts/xlsx/read';
import { writeXlsx } from '../hosts/xlsx/write';
import { Taskpane } from '../taskpane/Taskpane';
import { STRINGS, type Locale } from '../taskpane/i18n';
import { GridView, type CellRef } from './GridView';
import { localDocumentSettings } from './localSettings';
import { watchedHost } from './watchedHost';
import { addedSheets, diffGrids, previewLedger } from './workbookDiff';
import { appendSheet } from '../hosts/xlsx/appendSheet';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '12px',
    rowGap: '6px',
    padding: '8px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { marginInlineEnd: 'auto' },
  privacy: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
  hiddenInput: { display: 'none' },
  main: {
    display: 'flex',
    minHeight: 0,
    '@media (max-width: 760px)': { flexDirection: 'column', overflowY: 'auto' },
  },
  gridPane: { flexGrow: 1, minWidth: 0, minHeight: '320px', display: 'flex', flexDirection: 'column' },
  taskpane: {
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 760px)': { width: 'auto', borderLeft: 'none' },
  },
  placeholder: { margin: 'auto', padding: '24px', textAlign: 'center' },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
});

interface Session {
  /** Distinguishes two openings of the same file. */
  id: number;
  name: string;
  original: XlsxDocument;
  fake: FakeExcel;
  host: ScoringHost;
}

/** `评分表.xlsx` → `评分表.scored.xlsx`, as the command line names its output. */
export function scoredName(name: string): string {
  return name.replace(/(\.xlsx)?$/i, '.scored.xlsx');
}

function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface Source {
  name: string;
  bytes: () => Promise<ArrayBuffer>;
}

export function PreviewApp({ locale, initial }: { locale: Locale; initial: Source | null }) {
  const strings = STRINGS[locale];
  const styles = useStyles();
  const [session, setSession] = useState<Session | null>(null);
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [activeSheet, setActiveSheet] = useState('');
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const sessions = useRef(0);

  const open = useCallback(
    async (source: Source) => {
      setOpening(true);
      setFailure(null);
      try {
        const original = await readXlsx(await source.bytes());
        const fake = new FakeExcel(original.grid, { customProperties: original.customProperties });
        let shown = fake.activeSheet;
        const refresh = () => {
          setGrid(fake.snapshot().grid);
          if (fake.selection) {
            setSelected(fake.selection);
            setActiveSheet(fake.selection.sheet);
          }
          // A sheet the taskpane activated (the 自评结论 it added) is shown, as Excel would.
          if (fake.activeSheet !== shown) setActiveSheet((shown = fake.activeSheet));
        };
        const office = new OfficeScoringHost({
          run: fake.run,
          isSetSupported: fake.isSetSupported,
          settings: localDocumentSettings(source.name),
          file: source.name,
        });
        setSession({ id: ++sessions.current, name: source.name, original, fake, host: watchedHost(office, refresh) });
        setGrid(fake.snapshot().grid);
        // Open where the 评分表 is, not on a data sheet that happens to come first.
        setActiveSheet(sheetsWithTables(original.grid)[0] ?? fake.activeSheet);
        setSelected(null);
      } catch (error) {
        const english = (error as { english?: string }).english;
        const message = error instanceof Error ? error.message : String(error);
        setFailure(locale === 'en-US' && english ? english : message);
      } finally {
        setOpening(false);
      }
    },
    [locale],
  );

  useEffect(() => {
    if (initial) void open(initial);
  }, [initial, open]);

  const openFile = (file: File | undefined) => {
    if (file) void open({ name: file.name, bytes: () => file.arrayBuffer() });
  };

  const download = async () => {
    if (!session) return;
    try {
      const state = session.fake.snapshot();
      // The writer changes the document it is given, so write from a fresh read of the original bytes.
      const fresh = await readXlsx(session.original.source);
      // The fake keeps the ledger as the add-in does; the file gets it as our custom XML part, and the
      // sheets the person added here (the 自评结论) after it.
      let bytes = await writeXlsx(fresh, diffGrids(session.original.grid, state.grid), previewLedger(state));
      for (const sheet of addedSheets(session.original.grid, state.grid))
        bytes = await appendSheet(bytes, sheet);
      saveBytes(bytes, scoredName(session.name));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div
      className={`${styles.page} ${dropping ? styles.dropping : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDropping(false);
        openFile(e.dataTransfer.files[0]);
      }}
    >
      <header className={styles.bar}>
        <Text as="h1" size={400} weight="semibold" className={styles.title}>
          {strings.preview.title}
          {session && ` — ${session.name}`}
        </Text>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hiddenInput}
          data-testid="file-input"
          onChange={(e) => {
            openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button onClick={() => fileInput.current?.click()}>{strings.preview.openFile}</Button>
        <Button appearance="primary" disabled={!session} onClick={() => void download()}>
          {strings.preview.download}
        </Button>
        <Text size={200} className={styles.privacy}>
          {strings.preview.privacy} {strings.preview.dropHint}
        </Text>
      </header>
      <div className={styles.main}>
        <div className={styles.gridPane}>
          {failure && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{strings.preview.openFailed}</MessageBarTitle>
                {failure}
              </MessageBarBody>
            </MessageBar>
          )}
          {opening && <Spinner label={strings.preview.opening} />}
          {grid ? (
            <GridView
              grid={grid}
              activeSheet={activeSheet}
              selected={selected}
              onActivate={setActiveSheet}
              strings={strings.preview}
            />
          ) : (
            !opening && <Text className={styles.placeholder}>{strings.preview.noWorkbook}</Text>
          )}
        </div>
        <aside className={styles.taskpane} aria-label={strings.appTitle}>
          {/* A new workbook gets a fresh taskpane: no report or undo from the previous file. */}
          {session && <Taskpane key={session.id} host={session.host} locale={locale} />}
        </aside>
      </div>
    </div>
  );
}
