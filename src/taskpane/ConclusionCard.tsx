/**
 * The 自评结论 of each table, ready for the 自评报告: a copy button per paragraph, and one button that
 * writes them all to a new sheet 自评结论 (never over a sheet the person has).
 */
import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableReport } from '../core/report';
import type { CopyRequest } from './clipboard';
import type { Strings } from './i18n';

const useStyles = makeStyles({
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400, whiteSpace: 'pre-wrap', userSelect: 'text' },
  table: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '8px' },
});

export interface ConclusionCardProps {
  tables: TableReport[];
  strings: Strings;
  busy: boolean;
  onCopy: CopyRequest;
  onWrite: () => void;
}

export function ConclusionCard(props: ConclusionCardProps) {
  const { tables, strings, busy, onCopy, onWrite } = props;
  const styles = useStyles();
  const s = strings.conclusion;
  return (
    <Card aria-label={s.title}>
      <CardHeader header={<Text weight="semibold">{s.title}</Text>} />
      {tables.map((t) => (
        <section
          key={`${t.sheet}:${t.headerRow}`}
          className={styles.table}
          aria-label={`${s.title} ${t.sheet}`}
        >
          {tables.length > 1 && (
            <Text size={200} weight="semibold">
              {strings.sheetTable(t.sheet, t.headerRow)}
            </Text>
          )}
          <p className={styles.paragraph} data-testid="conclusion-text">
            {t.conclusion}
          </p>
          <div>
            <Button size="small" onClick={() => onCopy(t.conclusion)}>
              {tables.length > 1 ? `${s.copy}（${t.sheet}）` : s.copy}
            </Button>
          </div>
        </section>
      ))}
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={busy} onClick={onWrite}>
          {s.writeSheet}
        </Button>
      </div>
    </Card>
  );
}
