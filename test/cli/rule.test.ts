import fs from 'fs';
import path from 'path';
import { CORPUS_FILE } from '../sharedDir';
import { jixiao, tempDir } from './run';

interface Case {
  id: string;
  kind: string;
  weight: number;
  rule: string;
  cases: { input: string; score: number }[];
}

const corpus = fs
  .readFileSync(CORPUS_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

describe('jixiao rule', () => {
  it('scores one input and prints the score, the note and the rule restated', async () => {
    const run = await jixiao(
      'rule',
      '预算完成率≥95%，得3分；\n每降低5%，扣1分，扣完为止。',
      '--weight',
      '3',
      '--input',
      '92%',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2\.4/);
    expect(run.stdout).toMatch(/linear/);
  });

  it('prints kind, score, status, note and explain with --json', async () => {
    const run = await jixiao(
      'rule',
      '支付进度率=100%，得2分；每超过（降低）5%，扣0.5分，扣完为止。',
      '--weight',
      '2',
      '--input',
      '108%',
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ kind: 'twosided', score: 1.2, status: 'scored' });
    expect(typeof result.note).toBe('string');
    expect(typeof result.explain).toBe('string');
  });

  it('scores against a target with --target', async () => {
    const run = await jixiao('rule', '', '--weight', '5', '--input', '11个', '--target', '14个', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'target', score: 3.93 });
  });
});

describe('jixiao rule --jsonl on the public rule corpus', () => {
  const requests = corpus.flatMap((c) =>
    c.cases.map((k) => ({ id: `${c.id} ${k.input}`, rule: c.rule, weight: c.weight, input: k.input })),
  );
  const want = corpus.flatMap((c) =>
    c.cases.map((k) => ({ id: `${c.id} ${k.input}`, kind: c.kind, score: k.score })),
  );

  it('scores every case as listed, one result line per request line', async () => {
    const file = path.join(tempDir(), 'cases.jsonl');
    fs.writeFileSync(file, requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = await jixiao('rule', '--jsonl', file);
    expect(run.code).toBe(0);
    const results = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => ({ id: r.id, kind: r.kind, score: r.score }))).toEqual(want);
    for (const r of results)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['kind', 'score', 'status', 'note', 'explain']));
  });

  it('classes the manual rule as manual with no score', async () => {
    const manual = corpus.find((c) => c.kind === 'manual')!;
    const file = path.join(tempDir(), 'manual.jsonl');
    fs.writeFileSync(file, JSON.stringify({ rule: manual.rule, weight: manual.weight, input: '' }) + '\n');
    const run = await jixiao('rule', '--jsonl', file);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'manual', score: null });
  });

  it('answers an unreadable line with an error naming it, and exits 1', async () => {
    const file = path.join(tempDir(), 'bad.jsonl');
    fs.writeFileSync(
      file,
      `${JSON.stringify({ rule: '≥90%，得5分；每降低1%，扣0.5分，扣完为止。', weight: 5, input: '88%' })}\n{not json\n`,
    );
    const run = await jixiao('rule', '--jsonl', file);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ score: 4 });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.any(String) });
  });
});
