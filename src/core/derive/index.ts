/** Inputs from the 基础数据表: a blank input worked out from the row's definition and the workbook's data tables. */
export { WorkbookData } from './dataCells';
export type { Area, DataCell } from './dataCells';
export { deriveForRow } from './forRow';
export type { RowDerivation } from './forRow';
export { deriveInput, definitionFor } from './deriveInput';
export type { Derivation } from './deriveInput';
export { findDefinitions, parseExpression } from './formula';
export { readLabel, fits } from './labels';
