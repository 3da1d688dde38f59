/** Runs the CLI in-process and captures what it prints. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function jixiao(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
}
