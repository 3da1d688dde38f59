/**
 * Indicators that share one merged 分值 cell (SPEC §1): each is scored on its own row, and together
 * they answer to the one weight. Their scores may not add up to more than it, and a sum below it
 * owes a reason as a single row's score would.
 */
import Decimal from 'decimal.js';
import { formatPlain } from '../numberText';
import { MESSAGES, REASON_NAMES } from './messages';
import { isSelfEvaluation } from './model';
import type { ScoredIndicator, TableContext } from './scoreIndicator';

export function checkSharedWeights(ctx: TableContext, scored: ScoredIndicator[]): void {
  const { layout, findings, out } = ctx;
  const selfEval = isSelfEvaluation(layout);
  for (const group of layout.weightGroups) {
    if (group.indicators.length < 2 || group.cell === null) continue;
    const members = group.indicators.map((i) => scored[i]);
    const weight = members[0].weight;
    if (weight === null) continue;
    const names = group.indicators.map((i) => layout.indicators[i].name);
    const row = layout.indicators[group.indicators[0]].row;
    const sum = members.reduce((acc, m) => acc.plus(m.score ?? 0), new Decimal(0));
    const [total, stated] = [formatPlain(sum), formatPlain(weight)];
    if (sum.greaterThan(weight)) {
      findings.add(
        group.cell,
        'score-out-of-range',
        MESSAGES.groupScoreOverWeight(names, total, stated),
        row,
      );
      continue;
    }
    if (!sum.lessThan(weight) || members.some((m) => m.score === null || m.personNote)) continue;
    // Our computation notes explain computed scores in a 评分表; typed ones, and any 自评表 shortfall, need the person's words.
    const owing = selfEval ? members[0] : members.find((m) => m.typedKept);
    if (!owing?.noteCell) continue;
    const reason = selfEval ? REASON_NAMES.deviation : REASON_NAMES.deduction;
    findings.add(
      owing.noteCell,
      selfEval ? 'deviation-reason-missing' : 'deduction-reason-missing',
      MESSAGES.groupDeductionReason(names, total, stated, reason),
      row,
    );
    if (owing.noteCell.col === out.note.col && out.note.added) ctx.usedAdded.add('note');
  }
}
