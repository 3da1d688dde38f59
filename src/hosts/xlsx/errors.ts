/**
 * Why a file cannot be read as a workbook, told before ExcelJS sees it: the magic bytes say whether it
 * is empty, an encrypted or legacy (.xls) OLE container, or not a zip package at all.
 */

export type XlsxReadErrorCode = 'empty' | 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'corrupt' | 'too-large';

const MESSAGES: Record<XlsxReadErrorCode, [string, string]> = {
  empty: ['文件为空（0 字节），不是 Excel 工作簿。', 'The file is empty (0 bytes), not an Excel workbook.'],
  encrypted: [
    '文件已加密（设置了打开密码），请在 Excel 中取消密码后再评分。',
    'The workbook is encrypted (password to open); remove the password in Excel and try again.',
  ],
  'legacy-xls': [
    '文件是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再评分。',
    'The file is a legacy .xls workbook; save it as .xlsx in Excel and try again.',
  ],
  'not-xlsx': ['文件不是 Excel 工作簿（.xlsx）。', 'The file is not an Excel workbook (.xlsx).'],
  corrupt: [
    '文件已损坏，无法作为 .xlsx 工作簿读取。',
    'The file is damaged and cannot be read as an .xlsx workbook.',
  ],
  'too-large': ['工作簿过大，超出可读取的上限。', 'The workbook is too large to read.'],
};

/** A file that is not a readable .xlsx; `message` is Chinese, `english` the same in English. */
export class XlsxReadError extends Error {
  readonly english: string;
  constructor(
    readonly code: XlsxReadErrorCode,
    detail?: string,
  ) {
    const [zh, en] = MESSAGES[code];
    super(detail ? `${zh}（${detail}）` : zh);
    this.english = detail ? `${en} (${detail})` : en;
    this.name = 'XlsxReadError';
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** An OLE container holding an `EncryptedPackage` stream is an encrypted .xlsx; any other is a legacy .xls. */
function isEncryptedCfb(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws an XlsxReadError unless the bytes look like a zip package. */
export function assertZipPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxReadError('empty');
  if (startsWith(bytes, CFB_MAGIC))
    throw new XlsxReadError(isEncryptedCfb(bytes) ? 'encrypted' : 'legacy-xls');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxReadError('not-xlsx');
}
