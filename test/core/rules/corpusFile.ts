/** The shared rule corpus (../shared/rules/public.jsonl beside the repo): real 评分标准 with expected scores. */
import * as fs from 'fs';
import * as path from 'path';

export interface CorpusCase {
  input: string;
  score: number | null;
  target?: string;
}

export interface CorpusRule {
  id: string;
  kind: string;
  weight: number;
  rule: string;
  cases: CorpusCase[];
}

export const CORPUS_PATH = path.resolve(__dirname, '../../../../shared/rules/public.jsonl');

export function readCorpus(): CorpusRule[] {
  return fs
    .readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRule);
}
