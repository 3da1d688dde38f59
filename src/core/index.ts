/** The core's public entry: hosts (xlsx, Office, CLI) import from here only. */
export { scoreWorkbook, clearMarks } from './table/scoreWorkbook';
export { NoTableError } from './engine';
export { sheetsWithTables } from './table/recognize';
export type { ScoreOptions, ScoreOutcome } from './engine';
export { legacyLedger, isLedgerProperty, LEDGER_PROPERTY_PREFIX } from './ledger';
export { LEDGER_NAMESPACE, ledgerToXml, ledgerFromXml, isLedgerXml } from './ledgerXml';
export type { LedgerRead } from './ledgerXml';
export { EMPTY_LEDGER, ledgerKey } from './patch';
export type { CellPatch, LedgerEntry, MarkLedger, PatchRole } from './patch';
export type { CellValue, GridCell, MergedArea, SheetGrid, WorkbookGrid } from './grid';
export { a1, cellAt, columnLetters, parseA1 } from './grid';
export type { ScoreReport, TableReport, IndicatorReport, TotalReport, LevelSubtotal } from './report';
export type { Finding, FindingCode, Severity } from './findings';
export { FINDING_SEVERITY, MARK_FILL } from './findings';
export type { ScoringSettings, StepMode, GradeBands } from './settings';
export { DEFAULT_SETTINGS, withDefaults } from './settings';
