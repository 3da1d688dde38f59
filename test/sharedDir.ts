/**
 * The product contract's material: `../shared` beside the repository when it is there (the live
 * fixtures and rule corpus), else the copy bundled in test/fixtures/shared (see its README).
 */
import fs from 'fs';
import path from 'path';

const beside = path.resolve(__dirname, '..', '..', 'shared');
const bundled = path.resolve(__dirname, 'fixtures', 'shared');

export const SHARED_DIR = fs.existsSync(path.join(beside, 'fixtures')) ? beside : bundled;
export const FIXTURES_DIR = path.join(SHARED_DIR, 'fixtures');
export const CORPUS_FILE = path.join(SHARED_DIR, 'rules', 'public.jsonl');

/** The parts of a fixture's `*.expected.json` that the tests check. */
export interface ExpectedReport {
  tables: {
    sheet: string;
    headerRow?: number;
    total: { weight: number; score: number; provisional: boolean; grade: string | null };
    indicators: {
      row: number;
      name: string;
      weight: number;
      score: number | null;
      status: string;
      kind: string;
    }[];
    findings: { cell: string; code: string }[];
  }[];
}

/** `name.expected.json` from the fixtures folder. */
export function readExpected(name: string): ExpectedReport {
  return JSON.parse(
    fs.readFileSync(path.join(FIXTURES_DIR, `${name}.expected.json`), 'utf8'),
  ) as ExpectedReport;
}
