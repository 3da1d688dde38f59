/** Findings of every table grouped by severity (缺失, 错误, 提示); each one jumps to its cell. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../core/findings';
import type { TableReport } from '../core/report';
import type { ScoringHost } from '../hosts/office/host';
import type { Strings } from './i18n';

const SEVERITY_ORDER: Severity[] = ['missing', 'error', 'warning'];
const SEVERITY_COLOR = { missing: 'important', error: 'danger', warning: 'informative' } as const;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: '2px' },
  item: { justifyContent: 'flex-start', textAlign: 'start', width: '100%', height: 'auto', minHeight: '32px' },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: '8px', flexShrink: 0 },
  header: { display: 'flex', alignItems: 'center', columnGap: '8px' },
});

interface Located {
  sheet: string;
  finding: Finding;
}

export function groupBySeverity(tables: TableReport[]): Record<Severity, Located[]> {
  const groups: Record<Severity, Located[]> = { missing: [], error: [], warning: [] };
  for (const table of tables) for (const finding of table.findings) groups[finding.severity].push({ sheet: table.sheet, finding });
  return groups;
}

export function FindingsList(props: {
  tables: TableReport[];
  strings: Strings;
  onSelect: ScoringHost['select'];
}) {
  const { tables, strings, onSelect } = props;
  const styles = useStyles();
  const groups = groupBySeverity(tables);
  const present = SEVERITY_ORDER.filter((s) => groups[s].length > 0);
  const manySheets = new Set(tables.map((t) => t.sheet)).size > 1;
  return (
    <section aria-label={strings.findings}>
      <Text as="h2" size={400} weight="semibold">
        {strings.findings}
      </Text>
      {present.length === 0 ? (
        <Text as="p">{strings.noFindings}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={present}>
          {present.map((severity) => (
            <AccordionItem key={severity} value={severity}>
              <AccordionHeader>
                <span className={styles.header} data-testid={`findings-${severity}`}>
                  {strings.severity[severity]}
                  <CounterBadge count={groups[severity].length} color={SEVERITY_COLOR[severity]} overflowCount={999} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {groups[severity].map(({ sheet, finding }, i) => (
                    <li key={`${sheet}!${finding.cell}:${finding.code}:${i}`}>
                      <Button
                        appearance="subtle"
                        className={styles.item}
                        title={strings.goToCell(sheet, finding.cell)}
                        onClick={() => void onSelect(sheet, finding.cell)}
                      >
                        <span className={styles.cell}>{manySheets ? `${sheet}!${finding.cell}` : finding.cell}</span>
                        <span>{finding.message}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
