/**
 * What the table layer does with a derivation for one row whose input cell is blank: the input to
 * score, the note's lead, the findings' words, and the number to write when the setting asks for it.
 */
import Decimal from 'decimal.js';
import type { DerivedInput } from '../report';
import type { InputValue } from '../rules/types';
import type { WorkbookData } from './dataCells';
import { deriveInput, type DeriveRequest } from './deriveInput';
import { DERIVE_MESSAGES } from './messages';

export interface RowDerivation {
  /** The worked-out input, or null when it could not be worked out. */
  input: InputValue | null;
  /** The note's lead: `在职人员控制率=43/45=95.56%（取自基础数据表C4、B4）`, or ''. */
  lead: string;
  /** The `missing-input` message when the definition says which quantity is missing. */
  missingMessage: string | null;
  /** The `ambiguous-input` message when a quantity was found in several cells. */
  ambiguousMessage: string | null;
  /** What to write into the blank input cell (only when the setting asks for it). */
  number: number | null;
  report?: DerivedInput;
}

export function deriveForRow(
  req: DeriveRequest & { inputFormat?: string },
  data: WorkbookData,
): RowDerivation | null {
  const d = deriveInput(req, data);
  if (!d) return null;
  const none = { input: null, lead: '', ambiguousMessage: null, number: null };
  switch (d.kind) {
    case 'missing':
      return { ...none, missingMessage: DERIVE_MESSAGES.quantitiesMissing(req.name, d.definition, d.names) };
    case 'zero':
      return { ...none, missingMessage: DERIVE_MESSAGES.divisionByZero(req.name, d.definition) };
    case 'ambiguous':
      return {
        ...none,
        missingMessage: null,
        ambiguousMessage: DERIVE_MESSAGES.ambiguous(
          req.name,
          d.name,
          d.cells.map((c) => `${c.address}（${c.value.toSignificantDigits(12).toString()}）`),
        ),
      };
    case 'derived':
      return {
        input: d.input,
        lead: d.note,
        missingMessage: null,
        ambiguousMessage: null,
        number: cellNumber(d.value, d.rate, req.inputFormat, req.decimals),
        report: d.report,
      };
  }
}

/**
 * The number that reads back as the same input: a fraction in a cell formatted as %, percentage
 * points otherwise (a bare 95.56 in a % rule is 95.56%, SPEC §2).
 */
function cellNumber(value: Decimal, rate: boolean, format: string | undefined, decimals: number): number {
  if (!rate) return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  if (format?.includes('%')) return value.toDecimalPlaces(decimals + 2, Decimal.ROUND_HALF_UP).toNumber();
  return value.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}
