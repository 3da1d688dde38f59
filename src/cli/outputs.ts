/**
 * Safe outputs for `jixiao score`: where each output may go, and writing them so that a failure or
 * an interruption leaves nothing behind.
 *
 * - An output may not be the input (unless `--out` names it on purpose), nor the other output, nor a
 *   folder, a device, a FIFO or a socket, nor a file the user may not write (as `cp` would refuse).
 * - A symbolic link is written through: its target file receives the output, the link stays a link.
 *   A link to nothing is refused (creating files where links point is how links are abused).
 * - Each output is written to a temporary file in its own folder and renamed over the target only
 *   when every output is ready; an existing file keeps its mode (and owner, where allowed).
 * - The temporary files are removed on every way out: an error, exit, SIGINT, SIGTERM, SIGHUP.
 */
import fs from 'fs';
import path from 'path';
import { CliFailure } from './failure';

export interface OutputTarget {
  /** As the person wrote it. */
  given: string;
  /** The file that will receive the output (a link's target). */
  file: string;
  existing: fs.Stats | null;
}

function refuse(zh: string, en: string): never {
  throw new CliFailure(zh, en);
}

/** The file a path names, links followed; its stats when it exists. */
export function targetOf(given: string): OutputTarget {
  let stats: fs.Stats | null = null;
  try {
    stats = fs.lstatSync(given);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      refuse(`无法访问输出路径：${given}（${code}）`, `Cannot reach the output path: ${given} (${code})`);
    }
  }
  let file = path.resolve(given);
  if (stats?.isSymbolicLink()) {
    try {
      file = fs.realpathSync(given);
      stats = fs.statSync(file);
    } catch {
      refuse(
        `输出路径是指向不存在文件的符号链接：${given}`,
        `The output path is a symbolic link to nothing: ${given}`,
      );
    }
  }
  const dir = path.dirname(file);
  let dirStats: fs.Stats | null = null;
  try {
    dirStats = fs.statSync(dir);
  } catch {
    dirStats = null;
  }
  if (!dirStats?.isDirectory())
    refuse(`输出文件夹不存在：${dir}`, `The output folder does not exist: ${dir}`);
  if (stats) {
    if (stats.isDirectory())
      refuse(`输出路径是一个文件夹：${given}`, `The output path is a folder: ${given}`);
    if (!stats.isFile())
      refuse(
        `输出路径不是普通文件（设备、管道或套接字）：${given}`,
        `The output path is not a regular file (a device, pipe or socket): ${given}`,
      );
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch {
      refuse(`输出文件为只读，无权写入：${given}`, `The output file is read-only to you: ${given}`);
    }
  }
  // Compare by the real folder, so `./x` and `dir/../x` are one file.
  return { given, file: path.join(fs.realpathSync(dir), path.basename(file)), existing: stats };
}

function sameFile(a: OutputTarget, b: { file: string; existing: fs.Stats | null }): boolean {
  if (a.existing && b.existing) return a.existing.dev === b.existing.dev && a.existing.ino === b.existing.ino;
  return a.file === b.file;
}

/** The input as a target-like record, for comparing outputs against it. */
export function inputIdentity(input: string): { file: string; existing: fs.Stats | null } {
  try {
    return { file: fs.realpathSync(input), existing: fs.statSync(input) };
  } catch {
    return { file: path.resolve(input), existing: null };
  }
}

/** Refuses outputs that would overwrite the input (unless `--out` chose it) or each other. */
export function checkTargets(
  input: { file: string; existing: fs.Stats | null },
  out: OutputTarget,
  outChosen: boolean,
  json: OutputTarget | null,
): void {
  if (json && sameFile(json, input))
    refuse(
      `--json 指向了输入文件，会覆盖工作簿：${json.given}`,
      `--json names the input workbook: ${json.given}`,
    );
  if (!outChosen && sameFile(out, input))
    refuse(`默认输出文件就是输入文件：${out.given}`, `The default output is the input itself: ${out.given}`);
  if (json && sameFile(json, out))
    refuse(
      `--json 与输出工作簿是同一个文件：${json.given}`,
      `--json and the output workbook name the same file: ${json.given}`,
    );
}

// Temporary files still on disk, removed on any way out of the process.
const temps = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeTemps(): void {
  for (const t of temps) {
    try {
      fs.rmSync(t, { force: true });
    } catch {
      // already gone
    }
  }
  temps.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemps();
  release();
  // Die of the same signal, so the caller sees 130/143 as usual.
  process.kill(process.pid, signal);
}

let guarded = false;
function guard(): void {
  if (guarded) return;
  guarded = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeTemps);
}

function release(): void {
  if (!guarded) return;
  guarded = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeTemps);
}

/** Outputs written to temporary files, then all renamed into place at once, or all removed. */
export class PendingOutputs {
  private readonly ready: { temp: string; target: OutputTarget }[] = [];

  /** Write `data` next to the target; throws CliFailure (and keeps nothing) when it cannot. */
  prepare(target: OutputTarget, data: Uint8Array | string): void {
    guard();
    const dir = path.dirname(target.file);
    const temp = path.join(
      dir,
      `.${path.basename(target.file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`,
    );
    temps.add(temp);
    try {
      const fd = fs.openSync(temp, 'wx', 0o666);
      try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at, bytes.length - at);
        if (target.existing) {
          fs.fchmodSync(fd, target.existing.mode & 0o7777);
          try {
            fs.fchownSync(fd, target.existing.uid, target.existing.gid);
          } catch {
            // Only root may give a file away; the mode is kept either way.
          }
        }
      } finally {
        fs.closeSync(fd);
      }
      this.ready.push({ temp, target });
    } catch (e) {
      fs.rmSync(temp, { force: true });
      temps.delete(temp);
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new CliFailure(
        `无法写入文件：${target.given}（${code}）`,
        `Cannot write the file: ${target.given} (${code})`,
      );
    }
  }

  /** Rename every prepared output into place. */
  commit(): void {
    try {
      for (const { temp, target } of this.ready) {
        fs.renameSync(temp, target.file);
        temps.delete(temp);
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new CliFailure(`无法写入输出文件（${code}）`, `Cannot write the output files (${code})`);
    } finally {
      this.discard();
    }
  }

  /** Remove whatever was prepared and not committed. */
  discard(): void {
    for (const { temp } of this.ready) {
      fs.rmSync(temp, { force: true });
      temps.delete(temp);
    }
    this.ready.length = 0;
    if (temps.size === 0) release();
  }
}
