/** Per-indicator details: score/weight and status up front; the rule as understood and the computation inside. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { IndicatorReport, TableReport } from '../core/report';
import type { RuleStatus } from '../core/rules/types';
import type { ScoringHost } from '../hosts/office/host';
import { formatScore } from './format';
import type { Strings } from './i18n';

const STATUS_COLOR: Record<RuleStatus, 'success' | 'informative' | 'warning' | 'danger' | 'subtle'> = {
  scored: 'success',
  manual: 'informative',
  'missing-input': 'warning',
  'invalid-input': 'danger',
  unscored: 'subtle',
};

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '2px' },
  score: { fontFamily: tokens.fontFamilyNumeric, whiteSpace: 'nowrap' },
  details: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', rowGap: '4px' },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  value: { margin: 0, wordBreak: 'break-word' },
  unparsed: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    padding: '0 2px',
    marginInlineEnd: '4px',
    borderRadius: tokens.borderRadiusSmall,
  },
});

function IndicatorPanel(props: { indicator: IndicatorReport; strings: Strings; onSelect: () => void }) {
  const { indicator, strings, onSelect } = props;
  const styles = useStyles();
  const path = [indicator.level1, indicator.level2].filter(Boolean).join(' / ');
  return (
    <>
      <dl className={styles.details}>
        {path && (
          <>
            <dt className={styles.term}>{strings.levels}</dt>
            <dd className={styles.value}>{path}</dd>
          </>
        )}
        <dt className={styles.term}>{strings.input}</dt>
        <dd className={styles.value}>{indicator.input ?? strings.emptyInput}</dd>
        {indicator.derived && (
          <>
            <dt className={styles.term}>{strings.derived.formula}</dt>
            <dd className={styles.value} title={strings.derived.hint}>
              {indicator.derived.formula}
            </dd>
            <dt className={styles.term}>{strings.derived.values}</dt>
            <dd className={styles.value}>
              {indicator.derived.values.map((v) => `${v.name} ${v.value}（${v.cell}）`).join('；')}
            </dd>
          </>
        )}
        <dt className={styles.term}>{strings.ruleUnderstood}</dt>
        <dd className={styles.value}>
          {strings.kind[indicator.kind]}
          {indicator.explain && `：${indicator.explain}`}
        </dd>
        {indicator.note && (
          <>
            <dt className={styles.term}>{strings.computation}</dt>
            <dd className={styles.value}>{indicator.note}</dd>
          </>
        )}
        {indicator.unparsed.length > 0 && (
          <>
            <dt className={styles.term}>{strings.unparsedWords}</dt>
            <dd className={styles.value}>
              {indicator.unparsed.map((words, i) => (
                <mark key={i} className={styles.unparsed}>
                  {words}
                </mark>
              ))}
            </dd>
          </>
        )}
      </dl>
      <Button size="small" appearance="secondary" onClick={onSelect}>
        {strings.goToScoreCell(indicator.scoreCell)}
      </Button>
    </>
  );
}

export function IndicatorList(props: {
  table: TableReport;
  strings: Strings;
  onSelect: ScoringHost['select'];
}) {
  const { table, strings, onSelect } = props;
  const styles = useStyles();
  return (
    <section aria-label={`${strings.indicators} ${table.sheet}`}>
      <Text as="h2" size={400} weight="semibold">
        {strings.indicators}
      </Text>
      <Accordion multiple collapsible>
        {table.indicators.map((ind) => (
          <AccordionItem key={ind.row} value={ind.row}>
            <AccordionHeader>
              <span className={styles.header}>
                <span>{ind.name}</span>
                <span className={styles.score}>
                  {formatScore(ind.score)}/{formatScore(ind.weight)}
                </span>
                <Badge size="small" appearance="tint" color={STATUS_COLOR[ind.status]}>
                  {strings.status[ind.status]}
                </Badge>
                {ind.derived && (
                  <Badge size="small" appearance="outline" color="brand" title={strings.derived.hint}>
                    {strings.derived.badge}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <IndicatorPanel indicator={ind} strings={strings} onSelect={() => void onSelect(table.sheet, ind.scoreCell)} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
