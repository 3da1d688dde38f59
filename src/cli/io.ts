/** Where the CLI's text goes (the process, or a test's buffers) and how it writes files safely. */
import fs from 'fs';
import path from 'path';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Write through a temporary file in the same folder, then rename: a failure never leaves a partial file. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** `a.xlsx` → `a.scored.xlsx`, beside the input. */
export function defaultOutput(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.scored.xlsx`);
}
