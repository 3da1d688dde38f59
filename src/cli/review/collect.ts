/**
 * The workbooks a review covers: files named on the command line as they are, and every .xlsx under
 * a named folder (recursively, in name order), without Excel's lock files (`~$…`), hidden files or our
 * own output.
 */
import fs from 'fs';
import path from 'path';
import { CliFailure } from '../failure';

export function collectWorkbooks(inputs: string[], skip: string[]): string[] {
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key) || skipped.has(key)) return;
    seen.add(key);
    found.push(file);
  };
  // A folder's own workbooks first, then its subfolders, each in name order.
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      if (entry.isFile() && isWorkbook(entry.name)) add(path.join(dir, entry.name));
    }
    for (const entry of entries) if (entry.isDirectory()) walk(path.join(dir, entry.name));
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new CliFailure(`找不到文件或文件夹：${input}`, `No such file or folder: ${input}`);
    }
    if (stat.isDirectory()) walk(input);
    else add(input);
  }
  return found;
}

function isWorkbook(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
