/**
 * Where the CLI's text goes (the process, or a test's buffers). Writes to the process's stdout are
 * synchronous and checked: a full disk (`>/dev/full`) or a closed stdout is one line and exit 1,
 * never a stack trace and never a report lost with exit 0.
 */
import fs from 'fs';
import { CliFailure } from './failure';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout leads nowhere although the caller did not send it there (it was closed). */
  stdoutClosed?(): boolean;
}

/** The reader of our stdout went away (`| head`): not an error for a summary, a lost report otherwise. */
export class PipeClosed extends Error {
  constructor() {
    super('stdout closed');
    this.name = 'PipeClosed';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  for (let at = 0; at < data.length;) {
    try {
      at += fs.writeSync(fd, data, at, data.length - at);
    } catch (e) {
      // A non-blocking pipe that is full: wait for the reader.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') Atomics.wait(pause, 0, 0, 5);
      else throw e;
    }
  }
}

/**
 * Node reopens a closed stdout on /dev/null (read-write) at start-up, so writes to it "succeed". On
 * Linux that is told apart from a `>/dev/null` the person chose, which the shell opens write-only.
 */
function stdoutClosed(): boolean {
  try {
    if (fs.readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (parseInt(flags[1], 8) & 3) === 2;
  } catch {
    return false; // no /proc: cannot tell
  }
}

export const processIo: CliIo = {
  stdout: (text) => {
    try {
      writeAll(1, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      if (code === 'EPIPE') throw new PipeClosed();
      throw new CliFailure(`无法写入标准输出（${code}）。`, `Cannot write to standard output (${code}).`);
    }
  },
  stderr: (text) => {
    try {
      writeAll(2, text);
    } catch {
      // Nowhere left to say it.
    }
  },
  stdoutClosed,
};
