/** `jixiao score`: read the workbook, score every table, write the scored copy and the report. */
import fs from 'fs';
import path from 'path';
import { decodeLedger, encodeLedger, scoreWorkbook } from '../core';
import { readXlsx } from '../hosts/xlsx/read';
import { writeXlsx } from '../hosts/xlsx/write';
import type { ScoreCommand } from './args';
import { type CliIo, defaultOutput, writeFileAtomic } from './io';
import { formatConclusions } from './review/conclusionText';
import { readSettingsFile } from './settingsFile';
import { formatSummary } from './summary';
import { CliFailure } from './failure';

function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(`找不到文件：${file}`, `File not found: ${file}`);
    if (code === 'EISDIR')
      throw new CliFailure(`这是一个文件夹，不是文件：${file}`, `This is a folder, not a file: ${file}`);
    throw new CliFailure(
      `无法读取文件：${file}`,
      `Cannot read the file: ${file} (${code ?? (e as Error).message})`,
    );
  }
}

function writeOutput(file: string, data: Uint8Array | string): void {
  try {
    writeFileAtomic(file, data);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliFailure(`无法写入文件：${file}（${reason}）`, `Cannot write the file: ${file} (${reason})`);
  }
}

export async function runScore(cmd: ScoreCommand, io: CliIo): Promise<number> {
  const bytes = readInput(cmd.input);
  const doc = await readXlsx(bytes);
  const outcome = scoreWorkbook(doc.grid, {
    settings: { ...(cmd.settingsFile ? readSettingsFile(cmd.settingsFile) : {}), ...cmd.settings },
    ledger: decodeLedger(doc.customProperties),
    file: path.basename(cmd.input),
  });
  const output = await writeXlsx(doc, outcome.patches, encodeLedger(outcome.ledger));
  const out = cmd.out ?? defaultOutput(cmd.input);
  writeOutput(out, output);

  const report = { ...outcome.report, file: path.basename(cmd.input) };
  const json = JSON.stringify(report, null, 2) + '\n';
  if (cmd.json === '-') io.stdout(json);
  else if (cmd.json) writeOutput(cmd.json, json);
  // With the report on stdout, the summary moves to stderr so the JSON stays parseable.
  (cmd.json === '-' ? io.stderr : io.stdout)(formatSummary(report, out));
  if (cmd.conclusion) (cmd.json === '-' ? io.stderr : io.stdout)('\n' + formatConclusions(report));
  return 0;
}
