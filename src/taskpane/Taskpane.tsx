/** The taskpane: 评分 / 撤销 / 清除标注, progress, the summary, findings, indicator details and settings. */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RestoreOutcome, ScoreRun, ScoringHost } from '../hosts/office/host';
import type { ScoringSettings } from '../core/settings';
import { conclusionSheetLines } from '../core/review/conclusionSheet';
import { copyText } from './clipboard';
import { ConclusionCard } from './ConclusionCard';
import { describeError } from './errorText';
import { FindingsList } from './FindingsList';
import { IndicatorList } from './IndicatorList';
import { SettingsPanel } from './SettingsPanel';
import { SummaryCard } from './SummaryCard';
import type { Locale, ProgressStep, Strings } from './i18n';
import { STRINGS } from './i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '12px',
    padding: '12px',
    minWidth: 0,
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '8px' },
});

type Busy =
  | { action: 'score'; step: ProgressStep; fraction: number }
  | { action: 'undo' | 'clear' | 'conclusion' };
type Notice = { intent: 'success' | 'info' | 'warning' | 'error'; title?: string; body: string };

const leftSomething = (o: RestoreOutcome) => o.kept.length > 0 || o.missingSheets.length > 0;

export function Taskpane({ host, locale }: { host: ScoringHost; locale: Locale }) {
  const strings: Strings = STRINGS[locale];
  const styles = useStyles();
  const [settings, setSettings] = useState<ScoringSettings>(() => host.loadSettings());
  const [run, setRun] = useState<ScoreRun | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [canUndo, setCanUndo] = useState(false);

  const fail = (error: unknown) => setNotice({ intent: 'error', ...describeError(error, strings, locale) });

  const act = async (action: 'undo' | 'clear' | 'conclusion', work: () => Promise<void>) => {
    setBusy({ action });
    setNotice(null);
    try {
      await work();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const score = async () => {
    setBusy({ action: 'score', step: 'reading', fraction: 0 });
    setNotice(null);
    try {
      const result = await host.score(settings, (step, fraction) =>
        setBusy({ action: 'score', step, fraction: Math.max(0, Math.min(1, fraction)) }),
      );
      setRun(result);
      setCanUndo(true);
      setNotice({ intent: 'success', body: strings.scoredDone(result.stats.cellsWritten) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const undo = () =>
    act('undo', async () => {
      const undone = await host.undo();
      setCanUndo(false);
      // The report no longer describes the workbook once its scores are gone.
      if (undone) setRun(null);
      if (!undone) setNotice({ intent: 'info', body: strings.nothingToUndo });
      else if (leftSomething(undone)) setNotice({ intent: 'warning', body: strings.undonePartly(undone) });
      else setNotice({ intent: 'info', body: strings.undone });
    });

  const clear = () =>
    act('clear', async () => {
      const cleared = await host.clearMarks();
      setNotice(
        leftSomething(cleared)
          ? { intent: 'warning', body: strings.marksClearedPartly(cleared) }
          : { intent: 'info', body: strings.marksCleared },
      );
    });

  const select = (sheet: string, cell: string) => host.select(sheet, cell).catch(fail);

  const copy = async (text: string) => {
    const copied = await copyText(text);
    setNotice(
      copied
        ? { intent: 'success', body: strings.conclusion.copied }
        : { intent: 'error', body: strings.conclusion.copyFailed },
    );
  };

  const writeConclusion = (report: ScoreRun['report']) =>
    act('conclusion', async () => {
      const sheet = await host.writeConclusion(conclusionSheetLines(report));
      setNotice({ intent: 'success', body: strings.conclusion.written(sheet) });
    });

  const saveSettings = async (next: ScoringSettings) => {
    try {
      await host.saveSettings(next);
      setSettings(next);
      setNotice({ intent: 'success', body: strings.saved });
    } catch (error) {
      fail(error);
    }
  };

  const tables = run?.report.tables ?? [];
  return (
    <main className={styles.root} lang={locale}>
      <Text as="h1" size={500} weight="semibold">
        {strings.appTitle}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void score()} disabled={busy !== null}>
          {strings.score}
        </Button>
        <Button onClick={() => void undo()} disabled={busy !== null || !canUndo}>
          {strings.undo}
        </Button>
        <Button onClick={() => void clear()} disabled={busy !== null}>
          {strings.clearMarks}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {busy?.action === 'score' && (
          <Field validationMessage={strings.step[busy.step]} validationState="none">
            <ProgressBar value={busy.fraction} max={1} />
          </Field>
        )}
        {busy && busy.action !== 'score' && (
          <Spinner
            size="tiny"
            label={
              busy.action === 'undo'
                ? strings.undo
                : busy.action === 'clear'
                  ? strings.clearMarks
                  : strings.conclusion.writeSheet
            }
          />
        )}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : undefined}>
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={strings.dismiss} onClick={() => setNotice(null)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {run === null ? (
        <Text as="p">{strings.emptyState}</Text>
      ) : (
        <>
          {tables.map((table) => (
            <SummaryCard key={`${table.sheet}:${table.headerRow}`} table={table} strings={strings} />
          ))}
          <ConclusionCard
            tables={tables}
            strings={strings}
            busy={busy !== null}
            onCopy={(text) => void copy(text)}
            onWrite={() => void writeConclusion(run.report)}
          />
          <FindingsList tables={tables} strings={strings} onSelect={select} />
          {tables.map((table) => (
            <IndicatorList
              key={`${table.sheet}:${table.headerRow}`}
              table={table}
              strings={strings}
              onSelect={select}
            />
          ))}
        </>
      )}
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{strings.settings}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel settings={settings} strings={strings} onSave={saveSettings} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
