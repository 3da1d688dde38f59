/// <reference types="office-js" />
/**
 * ScoringHost over Excel.run. One 评分 run = one sync to read everything (readWorkbook) + one sync to
 * write all patches and the ledger (more only for >40 sheets or a write batch over ~4 MB).
 *
 * Nothing half-written: Office applies a batch's operations in order and stops at the first failure,
 * keeping what ran before it. So we check sheet protection from the read before writing, order the
 * write batch cells → fills → ledger properties, and if a write sync still fails we send the
 * inverse operations (from the read snapshot) in the same order: everything applied before the
 * failure point is restored, and an operation that fails again fails at the same point.
 */
import { clearMarks, decodeLedger, encodeLedger, isLedgerProperty, scoreWorkbook } from '../../core';
import type { ScoreOptions, ScoreOutcome } from '../../core/engine';
import { a1, cellAt } from '../../core/grid';
import type { WorkbookGrid } from '../../core/grid';
import type { CellPatch, MarkLedger } from '../../core/patch';
import { reviewSettingsFrom, withDefaults } from '../../core/settings';
import type { ScoringSettings, StepMode } from '../../core/settings';
import { inputForRestore, inputForValue } from './cellInput';
import { writeConclusionSheet } from './conclusionSheet';
import { protectedError, toHostError } from './errors';
import type { ExcelRun, IsSetSupported, XlContext, XlDocumentSettings } from './excelApi';
import { HostError } from './host';
import type { Progress, RunStats, ScoreRun, ScoringHost } from './host';
import { READ_BOUNDS, readWorkbook } from './readWorkbook';
import type { ReadBounds, WorkbookSnapshot } from './readWorkbook';
import {
  MAX_BATCH_BYTES,
  chunkOps,
  countCells,
  planCellWrites,
  planPropertyWrites,
  queueOps,
  splitOps,
} from './writePlan';
import type { CellChange, WriteOp } from './writePlan';

/** The core functions the host drives (the real core unless a test supplies its own). */
export interface ScoringCore {
  scoreWorkbook(grid: WorkbookGrid, options: ScoreOptions): ScoreOutcome;
  clearMarks(grid: WorkbookGrid, ledger: MarkLedger): { patches: CellPatch[]; ledger: MarkLedger };
  encodeLedger(ledger: MarkLedger): Record<string, string>;
  decodeLedger(props: Record<string, string>): MarkLedger;
}

export const SETTINGS_KEY = 'jixiao.settings';

export interface OfficeHostOptions {
  /** Defaults to `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Defaults to `Office.context.document.settings`. */
  settings?: XlDocumentSettings;
  core?: ScoringCore;
  bounds?: ReadBounds;
  /** Split a write into several syncs above this estimated request size. */
  maxBatchBytes?: number;
  /** Shown as the report's `file`. */
  file?: string;
}

interface Reversible {
  forward: WriteOp[];
  backward: WriteOp[];
}

const REAL_CORE: ScoringCore = { scoreWorkbook, clearMarks, encodeLedger, decodeLedger };

function officeRun(): ExcelRun {
  return (options, batch) => Excel.run(options, (context) => batch(context));
}

function ledgerProperties(props: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => isLedgerProperty(key)));
}

/** Patches → forward and inverse cell changes, dropping those that would change nothing. */
function cellChanges(
  patches: CellPatch[],
  snapshot: WorkbookSnapshot,
): { forward: CellChange[]; backward: CellChange[] } {
  const forward: CellChange[] = [];
  const backward: CellChange[] = [];
  for (const p of patches) {
    const sheet = snapshot.sheets.get(p.sheet);
    const cell = sheet ? cellAt(sheet.grid, p.row, p.col) : undefined;
    const beforeInput = inputForRestore(cell?.value ?? null, sheet?.formulas.get(a1(p.row, p.col)));
    const beforeFill = cell?.fill ?? null;
    const input = p.value === undefined ? undefined : inputForValue(p.value);
    const changesInput = input !== undefined && input !== beforeInput;
    const changesFill = p.fill !== undefined && p.fill !== beforeFill;
    if (!changesInput && !changesFill) continue;
    const at = { sheet: p.sheet, row: p.row, col: p.col };
    forward.push({ ...at, input: changesInput ? input : undefined, fill: changesFill ? p.fill : undefined });
    backward.push({
      ...at,
      input: changesInput ? beforeInput : undefined,
      fill: changesFill ? beforeFill : undefined,
    });
  }
  return { forward, backward };
}

function sanitizeSettings(raw: unknown): ScoringSettings {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = null;
    }
  }
  if (!value || typeof value !== 'object') return withDefaults();
  const s = value as Partial<ScoringSettings>;
  const partial: Partial<ScoringSettings> = {};
  if (Number.isInteger(s.decimals) && (s.decimals as number) >= 0 && (s.decimals as number) <= 4)
    partial.decimals = s.decimals;
  if ((['prorata', 'ceil', 'floor'] as StepMode[]).includes(s.steps as StepMode)) partial.steps = s.steps;
  const g = s.grades;
  if (g && [g.excellent, g.good, g.pass].every((n) => typeof n === 'number' && Number.isFinite(n)))
    partial.grades = { ...g };
  return withDefaults({ ...partial, ...reviewSettingsFrom(s) });
}

export class OfficeScoringHost implements ScoringHost {
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly settingsStore: () => XlDocumentSettings;
  private readonly core: ScoringCore;
  private readonly bounds: ReadBounds;
  private readonly maxBatchBytes: number;
  private readonly file?: string;
  /** The last write, for undo (kept in memory: undo lasts as long as the taskpane). */
  private last: Reversible | null = null;

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? officeRun();
    this.isSetSupported =
      options.isSetSupported ??
      ((name, version) => Office.context.requirements.isSetSupported(name, version));
    this.settingsStore = () => options.settings ?? Office.context.document.settings;
    this.core = options.core ?? REAL_CORE;
    this.bounds = options.bounds ?? READ_BOUNDS;
    this.maxBatchBytes = options.maxBatchBytes ?? MAX_BATCH_BYTES;
    this.file = options.file;
  }

  async score(settings: ScoringSettings, onProgress?: Progress): Promise<ScoreRun> {
    const { result, stats } = await this.readThenWrite((grid, ledger) => {
      onProgress?.('scoring', 0.4);
      const outcome = this.core.scoreWorkbook(grid, { settings, ledger, file: this.file });
      onProgress?.('writing', 0.6);
      return outcome;
    }, onProgress);
    onProgress?.('done', 1);
    return { report: result.report, stats };
  }

  async clearMarks(): Promise<void> {
    await this.readThenWrite((grid, ledger) => this.core.clearMarks(grid, ledger));
  }

  async undo(): Promise<boolean> {
    const last = this.last;
    if (!last) return false;
    await this.batch(1, async (context) => {
      await this.applyReversibly(context, { forward: last.backward, backward: last.forward });
    });
    this.last = null;
    return true;
  }

  writeConclusion(lines: string[]): Promise<string> {
    return this.batch(2, (context) => writeConclusionSheet(context, lines));
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.batch(1, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  loadSettings(): ScoringSettings {
    try {
      return sanitizeSettings(this.settingsStore().get(SETTINGS_KEY));
    } catch {
      return withDefaults();
    }
  }

  saveSettings(settings: ScoringSettings): Promise<void> {
    const store = this.settingsStore();
    store.set(SETTINGS_KEY, JSON.stringify(sanitizeSettings(settings)));
    return new Promise((resolve, reject) => {
      store.saveAsync((result) => {
        if (result.error) {
          reject(
            new HostError(
              `设置未能保存：${result.error.message}`,
              `Settings could not be saved: ${result.error.message}`,
              'unknown',
            ),
          );
        } else {
          resolve();
        }
      });
    });
  }

  /**
   * One Excel.run whose context counts its syncs; every failure leaves as a HostError.
   * `firstWriteSync`: the first sync that carries writes (protection errors only mean something there).
   */
  private async batch<T>(
    firstWriteSync: number,
    body: (context: XlContext, syncs: () => number) => Promise<T>,
  ): Promise<T> {
    let writing = false;
    try {
      return await this.run({ delayForCellEdit: true }, (excel) => {
        let count = 0;
        const context: XlContext = {
          workbook: excel.workbook,
          sync: () => {
            count++;
            writing = count >= firstWriteSync;
            return excel.sync();
          },
        };
        return body(context, () => count);
      });
    } catch (error) {
      throw toHostError(error, writing);
    }
  }

  /** Read (1 sync), let `compute` produce patches + the next ledger, write them (1 sync). */
  private readThenWrite<T extends { patches: CellPatch[]; ledger: MarkLedger }>(
    compute: (grid: WorkbookGrid, ledger: MarkLedger) => T,
    onProgress?: Progress,
  ): Promise<{ result: T; stats: RunStats }> {
    return this.batch(2, async (context, syncs) => {
      onProgress?.('reading', 0);
      const snapshot = await readWorkbook(context, {
        readMerges: this.isSetSupported('ExcelApi', '1.13'),
        bounds: this.bounds,
      });
      const ledgerBefore = ledgerProperties(snapshot.customProperties);
      const result = compute(snapshot.grid, this.core.decodeLedger(ledgerBefore));
      const { forward, backward } = cellChanges(result.patches, snapshot);
      const locked = [...new Set(forward.map((c) => c.sheet))].filter(
        (name) => snapshot.sheets.get(name)?.protected,
      );
      if (locked.length > 0) throw protectedError(locked);
      const ledgerAfter = this.core.encodeLedger(result.ledger);
      const change: Reversible = {
        forward: [...planCellWrites(forward), ...planPropertyWrites(ledgerBefore, ledgerAfter)],
        backward: [...planCellWrites(backward), ...planPropertyWrites(ledgerAfter, ledgerBefore)],
      };
      if (change.forward.length > 0) {
        await this.applyReversibly(context, change);
        this.last = change;
      }
      return { result, stats: { syncs: syncs(), cellsWritten: countCells(forward) } };
    });
  }

  /**
   * Write `forward`; if a sync fails, send `backward` so nothing stays half-written, then rethrow.
   * The rollback sends cells and properties in separate syncs so a property that never got written
   * cannot stop the cells from being restored.
   */
  private async applyReversibly(context: XlContext, change: Reversible): Promise<void> {
    const sendAll = async (chunks: WriteOp[][]): Promise<void> => {
      const [first, ...rest] = chunks;
      if (!first) return;
      queueOps(context, first);
      await context.sync();
      await sendAll(rest);
    };
    try {
      await sendAll(chunkOps(change.forward, this.maxBatchBytes));
    } catch (error) {
      const back = splitOps(change.backward);
      try {
        await sendAll(chunkOps(back.cells, this.maxBatchBytes));
      } catch (rollbackError) {
        // The same failure at the same point means everything before it was restored.
        if (!sameFailure(error, rollbackError)) throw partialWriteError(error);
      }
      try {
        await sendAll(chunkOps(back.properties, this.maxBatchBytes));
      } catch {
        throw partialWriteError(error);
      }
      throw error;
    }
  }
}

function sameFailure(a: unknown, b: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(a) !== undefined && code(a) === code(b);
}

function partialWriteError(cause: unknown): HostError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new HostError(
    `写入失败且未能完全还原（${detail}）。部分单元格可能已改动，请在 Excel 中按 Ctrl+Z 撤销。`,
    `Writing failed and could not be fully rolled back (${detail}). Some cells may have changed; press Ctrl+Z in Excel to undo.`,
    'unknown',
  );
}
