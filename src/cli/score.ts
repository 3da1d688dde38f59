/** `jixiao score`: read the workbook, score every table, write the scored copy and the report. */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { scoreWorkbook } from '../core';
import { XlsxReadError } from '../hosts/xlsx/errors';
import { MAX_PACKAGE_BYTES, readXlsx } from '../hosts/xlsx/read';
import { writeXlsx } from '../hosts/xlsx/write';
import type { DeflateSegment } from '../hosts/xlsx/zip';
import type { ScoreCommand } from './args';
import { formatConclusions } from './review/conclusionText';
import { readSettingsFile } from './settingsFile';
import { CliFailure } from './failure';
import { type CliIo, PipeClosed } from './io';
import { PendingOutputs, checkTargets, inputIdentity, targetOf } from './outputs';
import { formatSummary } from './summary';

/** `a.xlsx` → `a.scored.xlsx`, beside the input. */
export function defaultOutput(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.scored.xlsx`);
}

/** Node's zlib for the parts we rewrite: a large sheet deflates many times faster than in JavaScript. */
const nodeDeflate: DeflateSegment = (data, level) =>
  new Uint8Array(zlib.deflateRawSync(data, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH }));

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The input's bytes, read in pieces up to the package cap: a device that never ends (`/dev/zero`)
 * or a pipe of anything else is refused after its first bytes, an endless zip after the cap.
 */
function readInput(file: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(`找不到文件：${file}`, `File not found: ${file}`);
    throw new CliFailure(
      `无法读取文件：${file}`,
      `Cannot read the file: ${file} (${code ?? (e as Error).message})`,
    );
  }
  try {
    if (fs.fstatSync(fd).isDirectory())
      throw new CliFailure(`这是一个文件夹，不是文件：${file}`, `This is a folder, not a file: ${file}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        if (code === 'EISDIR')
          throw new CliFailure(`这是一个文件夹，不是文件：${file}`, `This is a folder, not a file: ${file}`);
        throw new CliFailure(`无法读取文件：${file}（${code}）`, `Cannot read the file: ${file} (${code})`);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      const head = chunks[0];
      if (head.length >= 4 && !ZIP.every((b, i) => head[i] === b) && !CFB.every((b, i) => head[i] === b))
        throw new XlsxReadError('not-xlsx');
      if (total > MAX_PACKAGE_BYTES)
        throw new XlsxReadError('too-large', `> ${MAX_PACKAGE_BYTES / 2 ** 20} MB`);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    fs.closeSync(fd);
  }
}

export async function runScore(cmd: ScoreCommand, io: CliIo): Promise<number> {
  // Every refusal comes before any work, so a refused run changes nothing.
  const out = targetOf(cmd.out ?? defaultOutput(cmd.input));
  const json = cmd.json !== undefined && cmd.json !== '-' ? targetOf(cmd.json) : null;
  checkTargets(inputIdentity(cmd.input), out, cmd.out !== undefined, json);
  if (cmd.json === '-' && io.stdoutClosed?.())
    throw new CliFailure(
      '标准输出已关闭，报告无处输出。',
      'Standard output is closed: the report would be lost.',
    );

  const doc = await readXlsx(readInput(cmd.input));
  const file = path.basename(cmd.input);
  const outcome = scoreWorkbook(doc.grid, {
    settings: { ...(cmd.settingsFile ? readSettingsFile(cmd.settingsFile) : {}), ...cmd.settings },
    ledger: doc.ledger?.ledger ?? null,
    ledgerDamaged: doc.ledger?.damaged ?? false,
    file,
  });
  const workbook = await writeXlsx(doc, outcome.patches, outcome.ledger, { deflate: nodeDeflate });
  const report = { ...outcome.report, file };
  const reportText = JSON.stringify(report, null, 2) + '\n';

  const pending = new PendingOutputs();
  try {
    pending.prepare(out, workbook);
    if (json) pending.prepare(json, reportText);
    if (cmd.json === '-') {
      try {
        io.stdout(reportText);
      } catch (e) {
        if (e instanceof PipeClosed)
          throw new CliFailure(
            '标准输出已关闭，报告未能输出。',
            'Standard output was closed: the report was not written.',
          );
        throw e;
      }
    }
    // With the report on stdout, the summary (and 自评结论) move to stderr so the JSON stays parseable.
    const say = cmd.json === '-' ? io.stderr : io.stdout;
    try {
      say(formatSummary(report, out.given));
      if (cmd.conclusion) say('\n' + formatConclusions(report));
    } catch (e) {
      if (!(e instanceof PipeClosed)) throw e; // `| head`: the reader has what it wanted
    }
    // A SIGINT or SIGTERM that came while we worked is handled here, before anything is renamed into place.
    await new Promise((resolve) => setImmediate(resolve));
    pending.commit();
  } finally {
    pending.discard();
  }
  return 0;
}
