/// <reference types="office-js" />
/**
 * ScoringHost over Excel.run. A 评分 run reads (./readWorkbook.ts: 2 syncs for an ordinary workbook,
 * more for large ones), lets the core compute, and writes all patches and the ledger (1 sync, more only
 * past the 5 MB request limit).
 *
 * Nothing half-written: Office applies a batch's operations in order and stops at the first failure,
 * keeping what ran before it. So we check protection from the read before writing (values need unlocked
 * cells, fills need formatting allowed), order the write cells → fills → ledger, and if a write sync
 * still fails we write back what every attempted cell held and check by reading it back before saying
 * the workbook is as before. Undo and 清除标注 check the cells before writing over them: a cell the person
 * changed since is kept and listed.
 */
import { MARK_FILL, clearMarks, ledgerToXml, scoreWorkbook } from '../../core';
import type { LedgerRead } from '../../core';
import type { ScoreOptions, ScoreOutcome } from '../../core/engine';
import { a1, cellAt, parseA1 } from '../../core/grid';
import type { WorkbookGrid } from '../../core/grid';
import type { CellPatch, MarkLedger } from '../../core/patch';
import { reviewSettingsFrom, withDefaults } from '../../core/settings';
import type { ScoringSettings, StepMode } from '../../core/settings';
import { inputForRestore, inputForValue } from './cellInput';
import { cellKey, emptyReadback, holdsInput, readbackRequests } from './cellState';
import type { CellKey } from './cellState';
import {
  accessDeniedError,
  nothingChanged,
  officeCode,
  partialWriteError,
  protectedError,
  rolledBack,
  toHostError,
} from './errors';
import type { ProtectedSheet } from './errors';
import { writeConclusionSheet } from './conclusionSheet';
import type { ExcelRun, IsSetSupported, XlContext, XlDocumentSettings } from './excelApi';
import { HostError } from './host';
import type { CellRef, Progress, RestoreOutcome, RunStats, ScoreRun, ScoringHost } from './host';
import { ledgerRestores, ledgerWrites, queueListing, readLedger } from './ledgerStore';
import type { StoredLedger } from './ledgerStore';
import { SYNC_BUDGET_BYTES } from './payload';
import { readAll } from './readBatches';
import { READ_BOUNDS, readWorkbook } from './readWorkbook';
import type { ReadBounds, WorkbookSnapshot } from './readWorkbook';
import { chunkOps, isCellOp, planCellWrites, queueOps } from './writePlan';
import type { CellInput, WriteOp } from './writePlan';

/** The core functions the host drives (the real core unless a test supplies its own). */
export interface ScoringCore {
  scoreWorkbook(grid: WorkbookGrid, options: ScoreOptions): ScoreOutcome;
  clearMarks(grid: WorkbookGrid, ledger: MarkLedger): { patches: CellPatch[]; ledger: MarkLedger };
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
  /** Sheets outlined per sync (READ_BOUNDS.sheetsPerSync). */
  sheetsPerSync?: number;
  /** Split a write into several syncs above this request size (UTF-8 bytes). */
  maxBatchBytes?: number;
  /** Shown as the report's `file`. */
  file?: string;
}

/** One cell of a write: what we put there and what it held, in the same aspects. */
interface ChangedCell extends CellKey {
  to: { input?: CellInput; fill?: string | null };
  from: { input?: CellInput; fill?: string | null };
}

/** One write of ours, as data. */
interface Change {
  cells: ChangedCell[];
  /** Ledger operations, after the cells. */
  ledgerOps: WriteOp[];
  /** What a rollback puts back of the ledger. */
  ledgerBefore: StoredLedger;
}

/** The last run's write, kept for undo as long as the taskpane stays open. */
interface LastWrite extends Change {
  /** The ledger text the run stored. */
  ledgerXml: string;
  /** Sheet id → its name when written. */
  sheetNames: Map<string, string>;
}

const REAL_CORE: ScoringCore = { scoreWorkbook, clearMarks };
const OUR_FILLS = new Set(Object.values(MARK_FILL).filter((f): f is string => f !== null));

function officeRun(): ExcelRun {
  return (options, batch) => Excel.run(options, (context) => batch(context));
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

/** Patches → changed cells (by sheet id), dropping what would change nothing. */
function changedCells(patches: CellPatch[], snapshot: WorkbookSnapshot): ChangedCell[] {
  const out: ChangedCell[] = [];
  for (const p of patches) {
    const sheet = snapshot.sheets.get(p.sheet);
    if (!sheet) continue;
    const cell = cellAt(sheet.grid, p.row, p.col);
    const beforeInput = inputForRestore(cell?.value ?? null, sheet.formulas.get(a1(p.row, p.col)));
    const beforeFill = cell?.fill ?? null;
    const input = p.value === undefined ? undefined : inputForValue(p.value);
    const to: ChangedCell['to'] = {};
    const from: ChangedCell['from'] = {};
    if (input !== undefined && input !== beforeInput) {
      to.input = input;
      from.input = beforeInput;
    }
    if (p.fill !== undefined && p.fill !== beforeFill) {
      to.fill = p.fill;
      from.fill = beforeFill;
    }
    if (to.input !== undefined || to.fill !== undefined)
      out.push({ sheet: sheet.id, row: p.row, col: p.col, to, from });
  }
  return out;
}

/** What protection would refuse of these cells, per protected sheet. */
function protectionBlocks(cells: ChangedCell[], snapshot: WorkbookSnapshot): ProtectedSheet[] {
  const byId = new Map([...snapshot.sheets.values()].map((s) => [s.id, s]));
  const blocked = new Map<string, ProtectedSheet>();
  for (const c of [...cells].sort((a, b) => a.col - b.col || a.row - b.row)) {
    const sheet = byId.get(c.sheet);
    if (!sheet?.protected) continue;
    const entry = blocked.get(sheet.id) ?? { name: sheet.name, lockedCells: [], formatting: false };
    blocked.set(sheet.id, entry);
    const at = a1(c.row, c.col);
    if (c.to.input !== undefined && !sheet.unlocked.has(at)) entry.lockedCells.push(at);
    if (c.to.fill !== undefined && !sheet.allowFormatCells) entry.formatting = true;
  }
  return [...blocked.values()].filter((s) => s.lockedCells.length > 0 || s.formatting);
}

/** What 清除标注 leaves: marks the person recoloured, our notes they edited, and sheets the ledger names that are gone. */
function keptByClear(snapshot: WorkbookSnapshot, ledger: MarkLedger): RestoreOutcome {
  const kept: CellRef[] = [];
  const missing = new Set<string>();
  for (const [key, entry] of Object.entries(ledger.cells)) {
    const bang = key.lastIndexOf('!');
    const name = key.slice(0, bang);
    const sheet = snapshot.sheets.get(name);
    if (!sheet) {
      missing.add(name);
      continue;
    }
    let at: { row: number; col: number };
    try {
      at = parseA1(key.slice(bang + 1));
    } catch {
      continue;
    }
    const cell = cellAt(sheet.grid, at.row, at.col);
    const fill = cell?.fill ?? null;
    const recoloured =
      entry.fillBefore !== undefined && fill !== entry.fillBefore && !(fill !== null && OUR_FILLS.has(fill));
    const value = cell?.value ?? null;
    const rewritten = entry.note !== undefined && value !== null && value !== '' && value !== entry.note;
    if (recoloured || rewritten) kept.push({ sheet: name, address: a1(at.row, at.col) });
  }
  return { kept: sortRefs(kept), missingSheets: [...missing] };
}

function sortRefs(refs: CellRef[]): CellRef[] {
  const key = (r: CellRef) => parseA1(r.address);
  return refs.sort((a, b) =>
    a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : key(a).col - key(b).col || key(a).row - key(b).row,
  );
}

/** Cells a list of operations writes. */
function cellsOfOps(ops: WriteOp[]): Set<string> {
  const keys = new Set<string>();
  for (const op of ops) {
    if (op.kind !== 'inputs' && op.kind !== 'fill') continue;
    const [from, to = from] = op.address.split(':').map(parseA1);
    for (let row = from.row; row <= to.row; row++)
      for (let col = from.col; col <= to.col; col++) keys.add(cellKey({ sheet: op.sheet, row, col }));
  }
  return keys;
}

export class OfficeScoringHost implements ScoringHost {
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly settingsStore: () => XlDocumentSettings;
  private readonly core: ScoringCore;
  private readonly bounds: ReadBounds;
  private readonly maxBatchBytes: number;
  private readonly file?: string;
  private last: LastWrite | null = null;

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? officeRun();
    this.isSetSupported =
      options.isSetSupported ??
      ((name, version) => Office.context.requirements.isSetSupported(name, version));
    this.settingsStore = () => options.settings ?? Office.context.document.settings;
    this.core = options.core ?? REAL_CORE;
    this.bounds = {
      ...(options.bounds ?? READ_BOUNDS),
      ...(options.sheetsPerSync ? { sheetsPerSync: options.sheetsPerSync } : {}),
    };
    this.maxBatchBytes = options.maxBatchBytes ?? SYNC_BUDGET_BYTES;
    this.file = options.file;
  }

  async score(settings: ScoringSettings, onProgress?: Progress): Promise<ScoreRun> {
    const { result, stats } = await this.readThenWrite((snapshot, read) => {
      onProgress?.('scoring', 0.4);
      const outcome = this.core.scoreWorkbook(snapshot.grid, {
        settings,
        ledger: read.ledger,
        ledgerDamaged: read.damaged,
        mergesUnread: snapshot.mergesUnread,
        file: this.file,
      });
      onProgress?.('writing', 0.6);
      return outcome;
    }, onProgress);
    onProgress?.('done', 1);
    return { report: result.report, stats };
  }

  async clearMarks(): Promise<RestoreOutcome> {
    const { result } = await this.readThenWrite((snapshot, read) => ({
      ...this.core.clearMarks(snapshot.grid, read.ledger),
      outcome: keptByClear(snapshot, read.ledger),
    }));
    return result.outcome;
  }

  async undo(): Promise<RestoreOutcome | null> {
    const last = this.last;
    if (!last) return null;
    const outcome = await this.batch(async (context) => {
      const back = emptyReadback();
      const wanted = last.cells.map((c) => ({
        key: c,
        input: c.to.input !== undefined,
        fill: c.to.fill !== undefined,
      }));
      await readAll(context, readbackRequests(back, wanted, { listing: true }));
      const kept: ChangedCell[] = [];
      const restore: ChangedCell[] = [];
      for (const c of last.cells) {
        if (back.names.get(c.sheet) === null) continue;
        const state = back.cells.get(cellKey(c)) ?? {};
        const unchanged =
          (c.to.input === undefined || holdsInput(state.input, c.to.input)) &&
          (c.to.fill === undefined || (state.fill ?? null) === (c.to.fill ?? null));
        (unchanged ? restore : kept).push(c);
      }
      const listing = back.listing ?? { partIds: [], legacyKeys: [] };
      await this.write(context, {
        cells: restore.map((c) => ({ ...c, to: c.from, from: c.to })),
        ledgerOps: ledgerRestores(last.ledgerBefore, listing),
        ledgerBefore: { parts: listing.partIds.map((id) => ({ id, xml: last.ledgerXml })), legacy: {} },
      });
      const missingSheets = [...back.names]
        .filter(([, name]) => name === null)
        .map(([id]) => last.sheetNames.get(id) ?? id);
      return {
        kept: sortRefs(
          kept.map((c) => ({ sheet: back.names.get(c.sheet) ?? '', address: a1(c.row, c.col) })),
        ),
        missingSheets,
      };
    });
    this.last = null;
    return outcome;
  }

  writeConclusion(lines: string[]): Promise<string> {
    return this.batch((context) => writeConclusionSheet(context, lines));
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.batch(async (context) => {
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

  /** One Excel.run whose context counts its syncs; every failure leaves as a HostError. */
  private async batch<T>(body: (context: XlContext, syncs: () => number) => Promise<T>): Promise<T> {
    try {
      return await this.run({ delayForCellEdit: true }, (excel) => {
        let count = 0;
        const context: XlContext = {
          workbook: excel.workbook,
          sync: () => {
            count++;
            return excel.sync();
          },
        };
        return body(context, () => count);
      });
    } catch (error) {
      throw toHostError(error);
    }
  }

  /** Read, let `compute` produce patches + the next ledger, check protection, write. */
  private readThenWrite<T extends { patches: CellPatch[]; ledger: MarkLedger }>(
    compute: (snapshot: WorkbookSnapshot, ledger: LedgerRead) => T,
    onProgress?: Progress,
  ): Promise<{ result: T; stats: RunStats }> {
    return this.batch(async (context, syncs) => {
      onProgress?.('reading', 0);
      const snapshot = await readWorkbook(context, {
        readMerges: this.isSetSupported('ExcelApi', '1.13'),
        bounds: this.bounds,
        onSync: () => onProgress?.('reading', Math.min(0.35, syncs() * 0.08)),
      });
      const result = compute(snapshot, readLedger(snapshot.ledger));
      const cells = changedCells(result.patches, snapshot);
      const blocked = protectionBlocks(cells, snapshot);
      if (blocked.length > 0) throw nothingChanged(protectedError(blocked));
      const change: Change = {
        cells,
        ledgerOps: ledgerWrites(snapshot.ledger, result.ledger),
        ledgerBefore: snapshot.ledger,
      };
      if (cells.length > 0 || change.ledgerOps.length > 0) {
        await this.write(context, change);
        this.last = {
          ...change,
          ledgerXml: ledgerToXml(result.ledger),
          sheetNames: new Map([...snapshot.sheets.values()].map((s) => [s.id, s.name])),
        };
      }
      return { result, stats: { syncs: syncs(), cellsWritten: cells.length } };
    });
  }

  /**
   * Write a change in as few syncs as the request limit allows. If a sync fails, put back what every
   * attempted cell held and the ledger; report the workbook as before only when that is known.
   */
  private async write(context: XlContext, change: Change): Promise<void> {
    const forward = [...planCellWrites(change.cells.map((c) => ({ ...c, ...c.to }))), ...change.ledgerOps];
    const chunks = chunkOps(forward, this.maxBatchBytes);
    let attempted = 0;
    try {
      for (const chunk of chunks) {
        attempted++;
        queueOps(context, chunk);
        // One sync per chunk, in order: each stays under the request limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    } catch (error) {
      const tried = chunks.slice(0, attempted).flat();
      const touched = cellsOfOps(tried);
      const cells = change.cells.filter((c) => touched.has(cellKey(c)));
      const ledgerTouched = tried.some((op) => !isCellOp(op));
      const cause = await this.diagnose(context, error, change);
      if (await this.rollBack(context, cells, ledgerTouched ? change.ledgerBefore : null))
        throw rolledBack(cause);
      const differing = await this.differing(context, cells, ledgerTouched ? change.ledgerBefore : null);
      throw differing === 0 ? rolledBack(cause) : partialWriteError(cause, differing);
    }
  }

  /** Write back what the cells held (and the ledger); false when Excel refused any of it. */
  private async rollBack(
    context: XlContext,
    cells: ChangedCell[],
    ledger: StoredLedger | null,
  ): Promise<boolean> {
    try {
      for (const chunk of chunkOps(
        planCellWrites(cells.map((c) => ({ ...c, ...c.from }))),
        this.maxBatchBytes,
      )) {
        queueOps(context, chunk);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      if (ledger) {
        const listing = queueListing(context);
        await context.sync();
        const ops = ledgerRestores(ledger, listing());
        if (ops.length > 0) {
          queueOps(context, ops);
          await context.sync();
        }
      }
      return true;
    } catch {
      return false;
    }
  }

  /** How many cells (and ledger parts) still differ from before, read back; null when that cannot be read. */
  private async differing(
    context: XlContext,
    cells: ChangedCell[],
    ledger: StoredLedger | null,
  ): Promise<number | null> {
    const back = emptyReadback();
    const wanted = cells.map((c) => ({
      key: c,
      input: c.from.input !== undefined,
      fill: c.from.fill !== undefined,
    }));
    const xmlIds = ledger ? ledger.parts.filter((p) => p.xml !== null).map((p) => p.id) : [];
    try {
      await readAll(context, readbackRequests(back, wanted, { listing: ledger !== null, xmlIds }));
    } catch {
      return null;
    }
    let n = 0;
    for (const c of cells) {
      const state = back.cells.get(cellKey(c));
      const same =
        state !== undefined &&
        (c.from.input === undefined || holdsInput(state.input, c.from.input)) &&
        (c.from.fill === undefined || (state.fill ?? null) === (c.from.fill ?? null));
      if (!same) n++;
    }
    if (ledger && back.listing) {
      const before = ledger.parts.map((p) => p.id).sort();
      const now = [...back.listing.partIds].sort();
      if (before.join() !== now.join()) n++;
      for (const p of ledger.parts) if (p.xml !== null && back.xml.get(p.id) !== p.xml) n++;
      const keys = new Set(back.listing.legacyKeys.map((k) => k.toLowerCase()));
      if (Object.keys(ledger.legacy).some((k) => !keys.has(k.toLowerCase()))) n++;
    }
    return n;
  }

  /** The real cause of a failed write: AccessDenied is protection only when a sheet we write is protected. */
  private async diagnose(context: XlContext, error: unknown, change: Change): Promise<HostError> {
    if (officeCode(error) !== 'AccessDenied') return toHostError(error);
    try {
      const ids = new Set(change.cells.map((c) => c.sheet));
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/protection/protected');
      await context.sync();
      const locked = sheets.items.filter((ws) => ids.has(ws.id) && ws.protection.protected);
      if (locked.length > 0)
        return protectedError(locked.map((ws) => ({ name: ws.name, lockedCells: [], formatting: false })));
    } catch {
      // the cause stays as Excel gave it
    }
    return accessDeniedError();
  }
}
