/** `jixiao rule`: score one input against one rule text, or a JSON Lines batch of them. */
import fs from 'fs';
import type Decimal from 'decimal.js';
import { scoreRule } from '../core/rules';
import { cachedParseRule } from '../core/table/ruleCache';
import type { CellValue } from '../core/grid';
import type { RuleResult } from '../core/rules/types';
import { withDefaults } from '../core/settings';
import { type RuleBatchCommand, type RuleCommand, UsageError, parseWeight } from './args';
import { CliFailure } from './failure';
import type { CliIo } from './io';

interface RuleJson {
  kind: RuleResult['kind'];
  score: number | null;
  status: RuleResult['status'];
  note: string;
  explain: string;
}

function evaluate(rule: string, weight: Decimal, input: CellValue, target?: CellValue): RuleResult {
  const empty = (v: CellValue | undefined) => v === undefined || v === null || v === '';
  return scoreRule(
    {
      rule,
      weight,
      input: empty(input) ? null : { value: input },
      target: target === undefined || empty(target) ? null : { value: target },
      settings: withDefaults(),
    },
    cachedParseRule,
  );
}

function toJson(r: RuleResult): RuleJson {
  return {
    kind: r.kind,
    score: r.score === null ? null : r.score.toNumber(),
    status: r.status,
    note: r.note,
    explain: r.explain,
  };
}

export function runRule(cmd: RuleCommand, io: CliIo): number {
  const result = evaluate(cmd.rule, cmd.weight, cmd.input, cmd.target);
  if (cmd.json) {
    io.stdout(JSON.stringify(toJson(result)) + '\n');
    return 0;
  }
  const score = result.score === null ? '—' : result.score.toString();
  const lines = [
    `得分 score：${score} / ${cmd.weight.toString()}（${result.kind}，${result.status}）`,
    `说明 note：${result.note}`,
    `规则 rule：${result.explain}`,
    ...result.issues.map((i) => `提示 ${i.code}：${i.message}`),
  ];
  if (result.unparsed.length > 0) lines.push(`未能识别 unparsed：${result.unparsed.join('｜')}`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

function cellValue(v: unknown, field: string): CellValue {
  if (
    v === undefined ||
    v === null ||
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean'
  )
    return v ?? null;
  throw new Error(`"${field}" must be a string or a number`);
}

/** One line of the batch → its result, or an error object naming the line. */
function batchLine(line: string, n: number): { json: object; ok: boolean } {
  try {
    const req = JSON.parse(line) as Record<string, unknown>;
    if (typeof req !== 'object' || req === null || Array.isArray(req)) throw new Error('not a JSON object');
    if (typeof req.rule !== 'string') throw new Error('"rule" must be a string');
    if (typeof req.weight !== 'number' && typeof req.weight !== 'string')
      throw new Error('"weight" must be a number');
    const weight = parseWeight(req.weight);
    const result = evaluate(
      req.rule,
      weight,
      cellValue(req.input, 'input'),
      cellValue(req.target, 'target') ?? undefined,
    );
    const id = typeof req.id === 'string' || typeof req.id === 'number' ? { id: req.id } : {};
    return { json: { ...id, ...toJson(result) }, ok: true };
  } catch (e) {
    const message = e instanceof UsageError ? e.english : (e as Error).message;
    return { json: { line: n, error: message }, ok: false };
  }
}

/** Exit 0 when every line was scored, 1 when some line could not be read (its result line says why). */
export function runRuleBatch(cmd: RuleBatchCommand, io: CliIo): number {
  let text: string;
  try {
    text = fs.readFileSync(cmd.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliFailure(
      `无法读取文件：${cmd.file}（${code}）`,
      `Cannot read the file: ${cmd.file} (${code})`,
    );
  }
  let failed = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const { json, ok } = batchLine(line.replace(/^\uFEFF/, ''), i + 1);
    if (!ok) failed++;
    io.stdout(JSON.stringify(json) + '\n');
  });
  if (failed > 0) io.stderr(`jixiao: ${failed} 行无法读取 / ${failed} line(s) could not be read\n`);
  return failed > 0 ? 1 : 0;
}
