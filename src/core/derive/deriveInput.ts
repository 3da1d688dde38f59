/**
 * An indicator's input worked out from its definition when the person left it blank:
 * `在职人员控制率=（在职人员数/编制数）×100%` with 在职人员数 and 编制数 found in the data tables.
 * Each name must be found exactly once (or with one value); otherwise nothing is guessed.
 */
import Decimal from 'decimal.js';
import type { InputValue } from '../rules/types';
import type { DerivedInput } from '../report';
import type { DataCell, WorkbookData } from './dataCells';
import { evaluate, namesIn, render } from '../arithmetic';
import { findDefinitions, type Definition } from './formula';
import { cleanLabel, readLabel } from './labels';

export type Derivation =
  | {
      kind: 'derived';
      /** What the rule engine reads: `95.5555…%` for a rate, the plain number otherwise. */
      input: InputValue;
      /** The value: a fraction for a rate. */
      value: Decimal;
      rate: boolean;
      /** `在职人员控制率=43/45=95.56%（取自基础数据表C4、B4）`. */
      note: string;
      report: DerivedInput;
    }
  /** Names the data tables do not hold. */
  | { kind: 'missing'; definition: string; names: string[] }
  /** A name found in several cells with different values. */
  | { kind: 'ambiguous'; definition: string; name: string; cells: DataCell[] }
  /** Everything found, but the formula divides by zero. */
  | { kind: 'zero'; definition: string };

export interface DeriveRequest {
  /** The indicator's name. */
  name: string;
  /** The 指标解释 text, then the 评分标准 text (either may be empty). */
  definition: string;
  rule: string;
  decimals: number;
}

/** The definition this row's input follows: named like the indicator, else the only one its 指标解释 (or 评分标准) gives. */
export function definitionFor(req: Pick<DeriveRequest, 'name' | 'definition' | 'rule'>): Definition | null {
  const fromDefinition = req.definition ? findDefinitions(req.definition) : [];
  const fromRule = req.rule ? findDefinitions(req.rule) : [];
  const own = cleanLabel(req.name);
  const named = [...fromDefinition, ...fromRule].find((d) => own !== '' && cleanLabel(d.name) === own);
  if (named) return named;
  if (fromDefinition.length === 1) return fromDefinition[0];
  if (fromDefinition.length === 0 && fromRule.length === 1) return fromRule[0];
  return null;
}

export function deriveInput(req: DeriveRequest, data: WorkbookData): Derivation | null {
  const definition = definitionFor(req);
  if (!definition) return null;
  const names = namesIn(definition.expr);
  if (names.length === 0) return null;
  const values = new Map<string, Decimal>();
  const sources = new Map<string, DataCell>();
  const missing: string[] = [];
  for (const name of names) {
    const found = data.find(readLabel(name));
    if (found.length === 0) {
      missing.push(name);
      continue;
    }
    if (found.some((c) => !c.value.equals(found[0].value)))
      return { kind: 'ambiguous', definition: definition.text, name, cells: found };
    values.set(name, found[0].value);
    sources.set(name, found[0]);
  }
  if (missing.length > 0) return { kind: 'missing', definition: definition.text, names: missing };
  const value = evaluate(definition.expr, (n) => values.get(n));
  if (value === null) return { kind: 'zero', definition: definition.text };

  const shown = definition.rate
    ? `${value.times(100).toFixed(req.decimals, Decimal.ROUND_HALF_UP)}%`
    : value.toFixed(req.decimals, Decimal.ROUND_HALF_UP);
  const arithmetic = render(
    definition.expr,
    (e) => (e.kind === 'num' ? e.text : plain(values.get(e.name) as Decimal)),
    '/',
  );
  const cells = names.map((n) => sources.get(n) as DataCell);
  return {
    kind: 'derived',
    input: { value: definition.rate ? `${value.times(100).toString()}%` : value.toString() },
    value,
    rate: definition.rate,
    note: `${definition.name}=${arithmetic}=${shown}（取自${whereFrom(cells)}）`,
    report: {
      formula: definition.text,
      values: names.map((n) => ({
        name: n,
        value: (values.get(n) as Decimal).toNumber(),
        cell: (sources.get(n) as DataCell).address,
      })),
      result: shown,
    },
  };
}

/** A cell's number as a person reads it: no binary tail (0.1 + 0.2 stored as 0.30000000000000004). */
function plain(value: Decimal): string {
  return value.toSignificantDigits(12).toString();
}

/** `基础数据表C4、B4`: cells grouped by sheet, in the order the formula uses them. */
function whereFrom(cells: DataCell[]): string {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) {
    const local = c.address.slice(c.sheet.length + 1);
    const list = bySheet.get(c.sheet) ?? [];
    if (!list.includes(local)) list.push(local);
    bySheet.set(c.sheet, list);
  }
  return [...bySheet].map(([sheet, list]) => `${sheet}${list.join('、')}`).join('，');
}
