/** Finding codes and their severities (SPEC §5). */

export type Severity = 'missing' | 'warning' | 'error';

export const FINDING_SEVERITY = {
  'missing-input': 'missing',
  'missing-weight': 'missing',
  'missing-rule': 'missing',
  'manual-score-missing': 'missing',
  'deduction-reason-missing': 'missing',
  'deviation-reason-missing': 'missing',
  'overachievement-reason-missing': 'warning',
  'unparsed-rule': 'warning',
  'suspicious-input': 'warning',
  'invalid-input': 'error',
  'score-out-of-range': 'error',
  'weight-sum-mismatch': 'error',
  'score-changed': 'warning',
  'total-mismatch': 'error',
  'ledger-unreadable': 'warning',
  'merges-unread': 'warning',
  'ambiguous-input': 'warning',
  'rate-score-deviation': 'warning',
  'total-over-cap': 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export interface Finding {
  /** A1 address on the table's sheet. */
  cell: string;
  code: FindingCode;
  severity: Severity;
  /** One sentence in Simplified Chinese a finance officer understands. */
  message: string;
  /** The indicator's worksheet row when the finding belongs to one. */
  row?: number;
}

/** Fill colours written for findings (SPEC §4). */
export const MARK_FILL: Record<Severity, string | null> = {
  missing: '#FFEB9C',
  error: '#FFC7CE',
  warning: null,
};
