/** The shared rule corpus (rules/public.jsonl of the shared material): real 评分标准 with expected scores. */
import * as fs from 'fs';
import { CORPUS_FILE } from '../../sharedDir';

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

export function readCorpus(): CorpusRule[] {
  return fs
    .readFileSync(CORPUS_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRule);
}
