/**
 * Office errors (`OfficeExtension.Error`: a `code` from Excel.ErrorCodes) → a HostError the person can
 * act on, in Chinese with the English alongside, telling the cause we know rather than a guess.
 */
import { NoTableError } from '../../core/engine';
import { HostError } from './host';

export function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function detail(error: unknown): string {
  const code = officeCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Excel's payload and size refusals: reading or writing less at a time gets past them. */
export function isSizeRefusal(error: unknown): boolean {
  const code = officeCode(error);
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'RangeExceedsLimit'
  );
}

export function cellEditError(): HostError {
  return new HostError(
    'Excel 正处于单元格编辑状态，请按 Enter 或 Esc 结束编辑后再试。',
    'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    'cell-edit',
  );
}

/** What protection blocks on one sheet: locked cells we would write values into, or fills. */
export interface ProtectedSheet {
  name: string;
  lockedCells: string[];
  formatting: boolean;
}

const listed = (cells: string[]) =>
  cells.slice(0, 3).join('、') + (cells.length > 3 ? ` 等 ${cells.length} 个单元格` : '');
const listedEn = (cells: string[]) =>
  cells.slice(0, 3).join(', ') + (cells.length > 3 ? ` and ${cells.length - 3} more` : '');

export function protectedError(sheets: ProtectedSheet[]): HostError {
  const zh = sheets
    .map((s) => {
      const why = [
        s.lockedCells.length > 0 ? `要写入的 ${listed(s.lockedCells)}已锁定` : '',
        s.formatting ? '不允许设置单元格格式（无法标注颜色）' : '',
      ].filter(Boolean);
      return `工作表“${s.name}”受保护${why.length > 0 ? `，${why.join('，且')}` : ''}`;
    })
    .join('；');
  const en = sheets
    .map((s) => {
      const why = [
        s.lockedCells.length > 0 ? `the cells to write (${listedEn(s.lockedCells)}) are locked` : '',
        s.formatting ? 'formatting cells is not allowed (marks cannot be coloured)' : '',
      ].filter(Boolean);
      return `The sheet "${s.name}" is protected${why.length > 0 ? `: ${why.join(', and ')}` : ''}`;
    })
    .join('; ');
  return new HostError(
    `${zh}。请在“审阅 > 撤销工作表保护”后再试，或取消这些单元格的锁定并允许设置单元格格式。`,
    `${en}. Unprotect the sheet (Review > Unprotect Sheet) and try again, or unlock those cells and allow formatting cells.`,
    'protected',
  );
}

/** Excel refused a write although no sheet we write to is protected. */
export function accessDeniedError(): HostError {
  return new HostError(
    'Excel 拒绝写入（AccessDenied）：工作簿可能以只读方式打开、处于查看模式，或您没有编辑权限。请切换到编辑模式或另存一份后再试。',
    'Excel refused to write (AccessDenied): the workbook may be open read-only or in viewing mode, or you may not have permission to edit it. Switch to editing or save a copy, then try again.',
    'access-denied',
  );
}

/** Even one row (or one cell) of a sheet was refused: nothing smaller can be asked for. */
export function unreadableError(sheet: string, address: string, cause: unknown): HostError {
  return new HostError(
    `工作表“${sheet}”的 ${address} 无法读取（${detail(cause)}），单元格内容可能过大。请缩短其内容或删除后再试。`,
    `${address} on the sheet "${sheet}" cannot be read (${detail(cause)}); its content may be too large. Shorten or remove it, then try again.`,
    'too-large',
  );
}

/** Refused before anything was written. */
export function nothingChanged(cause: HostError): HostError {
  return new HostError(
    `${cause.message}工作簿未作任何改动。`,
    `${cause.english} Nothing was changed.`,
    cause.code,
  );
}

/** A failure we rolled back completely, and checked: the workbook is as before. */
export function rolledBack(cause: HostError): HostError {
  return new HostError(
    `${cause.message}已写入的部分已全部还原，工作簿与操作前相同。`,
    `${cause.english} What had been written was all restored; the workbook is as it was.`,
    cause.code,
  );
}

/** A failure after which some cells may still differ from before. */
export function partialWriteError(cause: HostError, differing: number | null): HostError {
  const zh = differing === null ? '部分单元格可能已改动' : `仍有 ${differing} 个单元格与操作前不同`;
  const en =
    differing === null ? 'some cells may have changed' : `${differing} cells still differ from before`;
  return new HostError(
    `${cause.message}写入未能完全还原：${zh}。请在 Excel 中按 Ctrl+Z 撤销，或核对后重新评分。`,
    `${cause.english} The write could not be fully rolled back: ${en}. Press Ctrl+Z in Excel to undo, or check and score again.`,
    'partial-write',
  );
}

/** Translate whatever a batch threw. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof NoTableError) return new HostError(error.message, error.english, 'no-table');
  const code = officeCode(error);
  if (code === 'InvalidOperationInCellEditMode') return cellEditError();
  if (isSizeRefusal(error)) {
    return new HostError(
      `Excel 拒绝了过大的请求（${detail(error)}）。`,
      `Excel refused a request as too large (${detail(error)}).`,
      'too-large',
    );
  }
  return new HostError(
    `操作失败（${detail(error)}）。`,
    `The operation failed (${detail(error)}).`,
    'unknown',
  );
}
