/**
 * One workbook of a review: read, scored in memory (the file is never written), reported with its
 * tables; any failure becomes the reason it could not be read, so the batch goes on.
 */
import fs from 'fs';
import path from 'path';
import { scoreWorkbook } from '../../core';
import { NoTableError } from '../../core/engine';
import type { TableReport } from '../../core/report';
import type { ScoringSettings } from '../../core/settings';
import { readXlsx } from '../../hosts/xlsx/read';
import { XlsxReadError } from '../../hosts/xlsx/errors';

export interface FileResult {
  /** The path as found (relative to where the command ran when given so). */
  file: string;
  status: 'scored' | 'unreadable';
  /** Why the file could not be read, Chinese then English. */
  reason?: string;
  tables: TableReport[];
}

export function unreadable(file: string, zh: string, en: string): FileResult {
  return { file, status: 'unreadable', reason: `${zh} / ${en}`, tables: [] };
}

export async function reviewFile(file: string, settings: Partial<ScoringSettings>): Promise<FileResult> {
  try {
    const doc = await readXlsx(new Uint8Array(fs.readFileSync(file)));
    const { report } = scoreWorkbook(doc.grid, {
      settings,
      ledger: doc.ledger?.ledger ?? null,
      ledgerDamaged: doc.ledger?.damaged ?? false,
      file: path.basename(file),
    });
    return { file, status: 'scored', tables: report.tables };
  } catch (e) {
    if (e instanceof XlsxReadError || e instanceof NoTableError)
      return unreadable(file, e.message, e.english);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return unreadable(file, '找不到文件', 'file not found');
    if (code === 'EACCES' || code === 'EPERM') return unreadable(file, '没有读取权限', 'permission denied');
    const message = e instanceof Error ? e.message : String(e);
    return unreadable(file, `处理时出错：${message}`, `failed while scoring: ${message}`);
  }
}
