/**
 * `jixiao review`: score every workbook found, in worker threads, without changing any of them, and
 * write the reviewer's summary workbook (and the JSON of every report). Exit 0 once the summary is written.
 */
import path from 'path';
import type { ScoringSettings } from '../../core/settings';
import { CliFailure } from '../failure';
import { type CliIo, processIo } from '../io';
import { PendingOutputs, targetOf } from '../outputs';
import { UsageError } from '../args';
import { readSettingsFile } from '../settingsFile';
import type { ReviewCommand } from './args';
import { collectWorkbooks } from './collect';
import { reviewAll } from './pool';
import { NO_PROGRESS, type Progress, terminalProgress } from './progress';
import { countFindings, summaryWorkbook } from './summaryWorkbook';

export async function runReview(cmd: ReviewCommand, io: CliIo): Promise<number> {
  const named = new Set(cmd.inputs.map((p) => path.resolve(p)));
  for (const [flag, target] of [
    ['out', cmd.out],
    ['json', cmd.json],
  ] as const) {
    if (target !== undefined && named.has(path.resolve(target)))
      throw new UsageError(
        `--${flag} 不能是输入文件：${target}`,
        `--${flag} cannot name an input: ${target}`,
      );
  }
  // Every refusal comes before any work: outputs as safe as `jixiao score`'s (no folder, device,
  // read-only file or input; the two outputs not one file), written through temporary files.
  const out = targetOf(cmd.out);
  const json = cmd.json !== undefined ? targetOf(cmd.json) : null;
  if (json && json.file === out.file)
    throw new UsageError(
      `--json 与汇总工作簿是同一个文件：${cmd.json}`,
      `--json and the summary workbook name the same file: ${cmd.json}`,
    );
  const settings: Partial<ScoringSettings> = {
    ...(cmd.settingsFile ? readSettingsFile(cmd.settingsFile) : {}),
    ...cmd.settings,
  };
  const files = collectWorkbooks(cmd.inputs, [cmd.out, ...(cmd.json ? [cmd.json] : [])]);
  if (files.length === 0) throw new CliFailure('没有找到 .xlsx 文件。', 'No .xlsx files were found.');

  const progress: Progress =
    cmd.progress && io === processIo && process.stderr.isTTY
      ? terminalProgress(files.length, process.stderr)
      : NO_PROGRESS;
  const results = await reviewAll(files, settings, cmd.jobs, (r, done) => progress.tick(r.file, done));
  progress.end();

  const pending = new PendingOutputs();
  try {
    pending.prepare(out, await summaryWorkbook(results, cmd.out));
    if (json) pending.prepare(json, JSON.stringify({ files: results }, null, 2) + '\n');
    pending.commit();
  } finally {
    pending.discard();
  }

  const scored = results.filter((r) => r.status === 'scored');
  const tables = scored.flatMap((r) => r.tables);
  const findings = tables.reduce((n, t) => {
    const c = countFindings(t);
    return n + c.missing + c.warning + c.error;
  }, 0);
  io.stdout(
    `已评阅 ${results.length} 个工作簿：${scored.length} 个已评分（${tables.length} 张表，${findings} 条问题），` +
      `${results.length - scored.length} 个无法读取。汇总已写入 ${cmd.out}\n` +
      `Reviewed ${results.length} workbook(s): ${scored.length} scored (${tables.length} tables, ${findings} findings), ` +
      `${results.length - scored.length} unreadable. Summary written to ${cmd.out}\n`,
  );
  return 0;
}
