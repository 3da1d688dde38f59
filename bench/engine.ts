/** Engine cost per 1,000 indicators on synthetic 评分表 grids of growing size (should stay flat: linear). */
import fs from 'fs';
import path from 'path';
import { scoreWorkbook } from '../src/core';
import { parseRule } from '../src/core/rules';
import type { GridCell, WorkbookGrid } from '../src/core/grid';
import { type BenchSection, median, repoRoot, timeMs } from './section';

interface CorpusCase {
  weight: number;
  rule: string;
  cases: { input: string }[];
}

/** (rule, weight, input) triples from the public rule corpus: every family, several inputs each. */
function samples(): { rule: string; weight: number; input: string }[] {
  // The shared corpus beside the repository, else the copy the tests bundle.
  const beside = path.resolve(repoRoot, '..', 'shared', 'rules', 'public.jsonl');
  const file = fs.existsSync(beside)
    ? beside
    : path.join(repoRoot, 'test', 'fixtures', 'shared', 'rules', 'public.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      const c = JSON.parse(l) as CorpusCase;
      return c.cases.map((k) => ({ rule: c.rule, weight: c.weight, input: k.input }));
    });
}

/** The collected corpus's rule texts: real phrasings, each parsed once, none repeated. */
function collectedRules(): string[] {
  return fs
    .readFileSync(path.join(repoRoot, 'test', 'fixtures', 'corpus', 'collected.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { rule: string }).rule);
}

const HEADER = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际值', '得分', '扣分原因'];

export function syntheticGrid(rows: number): WorkbookGrid {
  const pool = samples();
  const cell = (value: string | number): GridCell => ({ value });
  const cells: (GridCell | undefined)[][] = [HEADER.map(cell)];
  for (let i = 0; i < rows; i++) {
    const s = pool[i % pool.length];
    cells.push([
      cell(`一级${Math.floor(i / 100) + 1}`),
      cell(`二级${Math.floor(i / 10) + 1}`),
      cell(`指标${i + 1}`),
      cell(s.weight),
      cell(s.rule),
      cell(s.input),
      undefined,
      undefined,
    ]);
  }
  return { sheets: [{ name: '评分表', rowCount: rows + 1, colCount: HEADER.length, cells, merges: [] }] };
}

export const engineSection: BenchSection = {
  title: 'engine (scoreWorkbook on synthetic grids)',
  async run() {
    const lines: string[] = [];
    for (const rows of [100, 1_000, 10_000]) {
      const grid = syntheticGrid(rows);
      const runs = rows <= 1_000 ? 15 : 5;
      // Warm-up: the first calls pay for the JIT, which would make the smallest size look dearest.
      for (let i = 0; i < (rows <= 1_000 ? 10 : 1); i++) scoreWorkbook(grid);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timeMs(() => scoreWorkbook(grid)));
      const ms = median(times);
      lines.push(
        `${String(rows).padStart(6)} indicators: ${ms.toFixed(1)} ms, ${((ms / rows) * 1000).toFixed(1)} ms per 1,000`,
      );
    }
    // The grids repeat the public corpus's few rule texts, so their parses come from the cache; what a
    // rule text nobody has seen costs is the collected corpus parsed afresh.
    const distinct = collectedRules();
    for (const r of distinct) parseRule(r);
    const fresh: number[] = [];
    for (let i = 0; i < 5; i++) fresh.push(await timeMs(() => distinct.forEach((r) => parseRule(r))));
    lines.push(
      `grids above repeat ${new Set(samples().map((s) => s.rule)).size} rule texts (parses cached); ` +
        `${distinct.length} distinct real rule texts parsed uncached: ${((median(fresh) / distinct.length) * 1000).toFixed(1)} ms per 1,000`,
    );
    // Parsing is linear in a rule's length: one cell can hold 32,767 characters.
    for (const length of [8_000, 32_000]) {
      const unit = '预算执行率≥95%，得3分；每降低5%，扣1分，扣完为止。每发现一处问题扣1分，';
      const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) times.push(await timeMs(() => parseRule(text)));
      const ms = median(times);
      lines.push(`rule of ${length.toLocaleString('en-US')} characters: ${ms.toFixed(0)} ms to parse`);
    }
    return lines;
  },
};
