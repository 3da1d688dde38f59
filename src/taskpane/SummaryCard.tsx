/** One table's total, provisional flag, grade and the 一级 subtotals as bars of 得分率. */
import { Badge, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableReport } from '../core/report';
import { formatScore, scoreRate } from './format';
import type { Strings } from './i18n';

const useStyles = makeStyles({
  totalLine: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px' },
  totalValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: 600 },
  bars: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  barLabel: { display: 'flex', justifyContent: 'space-between', columnGap: '8px', fontSize: tokens.fontSizeBase200 },
  barTrack: {
    height: '8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  barFill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
});

const GRADE_COLOR = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' } as const;

export function SummaryCard({ table, strings }: { table: TableReport; strings: Strings }) {
  const styles = useStyles();
  const { total } = table;
  return (
    <Card aria-label={`${strings.summary} ${table.sheet}`}>
      <CardHeader header={<Text weight="semibold">{strings.sheetTable(table.sheet, table.headerRow)}</Text>} />
      <div className={styles.totalLine}>
        <Text>{strings.total}</Text>
        <span className={styles.totalValue} data-testid="total-score">
          {formatScore(total.score)}
        </span>
        <Text>/ {formatScore(total.weight)}</Text>
        {total.provisional && (
          <Badge color="warning" appearance="filled" title={strings.provisionalHint}>
            {strings.provisional}
          </Badge>
        )}
        <Text>
          {strings.grade}:{' '}
          {total.grade === null ? (
            <span>{strings.noGrade}</span>
          ) : (
            <Badge color={GRADE_COLOR[total.grade]} appearance="filled">
              {total.grade}
            </Badge>
          )}
        </Text>
      </div>
      {total.provisional && <Text size={200}>{strings.provisionalHint}</Text>}
      {table.subtotals.length > 0 && (
        <section aria-label={strings.subtotals}>
          <Text size={200} weight="semibold">
            {strings.subtotals}
          </Text>
          <ul className={styles.bars}>
            {table.subtotals.map((sub) => {
              const rate = scoreRate(sub.score, sub.weight);
              return (
                <li key={sub.level1}>
                  <div className={styles.barLabel}>
                    <span>{sub.level1}</span>
                    <span>
                      {formatScore(sub.score)}/{formatScore(sub.weight)}
                      {rate !== null && ` · ${rate.toString()}%`}
                    </span>
                  </div>
                  <div
                    className={styles.barTrack}
                    role="meter"
                    aria-label={`${sub.level1} ${strings.scoreRate}`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={rate?.toNumber() ?? 0}
                  >
                    <div className={styles.barFill} style={{ width: `${rate?.toString() ?? 0}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </Card>
  );
}
