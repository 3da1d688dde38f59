/**
 * Office errors (`OfficeExtension.Error`: a `code` from Excel.ErrorCodes) → a HostError the person can
 * act on, in Chinese with the English alongside.
 */
import { NoTableError } from '../../core/engine';
import { HostError } from './host';

function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function cellEditError(): HostError {
  return new HostError(
    'Excel 正处于单元格编辑状态，请按 Enter 或 Esc 结束编辑后再试。',
    'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    'cell-edit',
  );
}

export function protectedError(sheets: string[]): HostError {
  const zh = sheets.length > 0 ? `工作表“${sheets.join('”“')}”` : '要写入的工作表';
  const en = sheets.length > 0 ? `The sheet "${sheets.join('", "')}"` : 'The sheet to write to';
  return new HostError(
    `${zh}受保护，无法写入得分，工作簿未作任何改动。请在“审阅 > 撤销工作表保护”后再试。`,
    `${en} is protected, so scores cannot be written; nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
    'protected',
  );
}

export function tooLargeError(): HostError {
  return new HostError(
    '工作簿太大，Excel 无法一次读写这么多单元格。请删除评分表以外的大块数据或拆分工作簿后再试。',
    'The workbook is too large for Excel to read or write at once. Remove large blocks of data outside the scoring table or split the workbook, then try again.',
    'too-large',
  );
}

/** Translate whatever a batch threw. `writing`: the failure happened while writing (protection shows up then). */
export function toHostError(error: unknown, writing: boolean): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof NoTableError) return new HostError(error.message, error.english, 'no-table');
  const code = officeCode(error);
  if (code === 'InvalidOperationInCellEditMode') return cellEditError();
  if (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'RangeExceedsLimit'
  ) {
    return tooLargeError();
  }
  if (
    writing &&
    (code === 'AccessDenied' || (code === 'InvalidOperation' && /protect|保护/i.test(detail(error))))
  ) {
    return protectedError([]);
  }
  return new HostError(`操作失败：${detail(error)}`, `The operation failed: ${detail(error)}`, 'unknown');
}
