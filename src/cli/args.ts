/** argv → a command, or a UsageError (exit 2). Flags take `--flag value` or `--flag=value`. */
import Decimal from 'decimal.js';
import type { ScoringSettings, StepMode } from '../core/settings';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ScoreCommand {
  command: 'score';
  input: string;
  out?: string;
  json?: string;
  settings: Partial<ScoringSettings>;
  /** Print each table's 自评结论. */
  conclusion: boolean;
  /** A settings file (JSON) read before the flags, which win. */
  settingsFile?: string;
}

export interface RuleCommand {
  command: 'rule';
  rule: string;
  weight: Decimal;
  input: string;
  target?: string;
  json: boolean;
}

export interface RuleBatchCommand {
  command: 'rule-jsonl';
  file: string;
}

/** `jixiao review …`: its own arguments are read by src/cli/review/args.ts. */
export interface ReviewArgs {
  command: 'review';
  argv: string[];
}

export type Command = ScoreCommand | RuleCommand | RuleBatchCommand | ReviewArgs | { command: 'help' };

const VALUE_FLAGS = {
  score: ['out', 'json', 'decimals', 'steps', 'settings'],
  rule: ['weight', 'input', 'target', 'jsonl'],
  review: ['out', 'json', 'jobs', 'decimals', 'steps', 'settings'],
} as const;
const SWITCHES = { score: ['conclusion'], rule: ['json'], review: ['no-progress'] };
const STEPS: StepMode[] = ['prorata', 'ceil', 'floor'];

export function split(
  name: keyof typeof VALUE_FLAGS,
  argv: string[],
): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valueFlags: readonly string[] = VALUE_FLAGS[name];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.slice(2, eq < 0 ? undefined : eq);
    if (flags.has(flag)) throw new UsageError(`选项 --${flag} 重复。`, `Option --${flag} given twice.`);
    if (SWITCHES[name].includes(flag) && eq < 0) {
      flags.set(flag, true);
    } else if (valueFlags.includes(flag)) {
      // The next word is the value even when it starts with '-' (an input of -5%).
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined)
        throw new UsageError(`选项 --${flag} 缺少值。`, `Option --${flag} needs a value.`);
      flags.set(flag, value);
    } else {
      throw new UsageError(`${name} 命令没有选项 --${flag}。`, `Unknown option --${flag} for ${name}.`);
    }
  }
  return { positional, flags };
}

export function text(flags: Map<string, string | true>, flag: string): string | undefined {
  const v = flags.get(flag);
  return typeof v === 'string' ? v : undefined;
}

function parseScore(argv: string[]): ScoreCommand {
  const { positional, flags } = split('score', argv);
  if (positional.length !== 1)
    throw new UsageError('score 需要且只需要一个输入文件。', 'score takes exactly one input file.');
  return {
    command: 'score',
    input: positional[0],
    out: text(flags, 'out'),
    json: text(flags, 'json'),
    settings: scoringFlags(flags),
    conclusion: flags.get('conclusion') === true,
    settingsFile: text(flags, 'settings'),
  };
}

/** --decimals, --steps, and that --out/--json/--settings are not empty. */
export function scoringFlags(flags: Map<string, string | true>): Partial<ScoringSettings> {
  const settings: Partial<ScoringSettings> = {};
  const decimals = text(flags, 'decimals');
  if (decimals !== undefined) {
    if (!/^[0-4]$/.test(decimals))
      throw new UsageError(
        '--decimals 须为 0 到 4 的整数。',
        '--decimals must be a whole number from 0 to 4.',
      );
    settings.decimals = Number(decimals);
  }
  const steps = text(flags, 'steps');
  if (steps !== undefined) {
    if (!STEPS.includes(steps as StepMode))
      throw new UsageError(
        '--steps 须为 prorata、ceil 或 floor。',
        '--steps must be prorata, ceil or floor.',
      );
    settings.steps = steps as StepMode;
  }
  for (const flag of ['out', 'json', 'settings']) {
    if (text(flags, flag) === '') throw new UsageError(`--${flag} 不能为空。`, `--${flag} cannot be empty.`);
  }
  return settings;
}

function parseRule(argv: string[]): RuleCommand | RuleBatchCommand {
  const { positional, flags } = split('rule', argv);
  const jsonl = text(flags, 'jsonl');
  if (jsonl !== undefined) {
    if (positional.length > 0 || flags.size > 1)
      throw new UsageError(
        '--jsonl 不能与其他参数同用。',
        '--jsonl cannot be combined with other arguments.',
      );
    return { command: 'rule-jsonl', file: jsonl };
  }
  if (positional.length !== 1)
    throw new UsageError(
      'rule 需要且只需要一条评分标准（用引号括起）。',
      'rule takes exactly one rule text (quoted).',
    );
  const weightText = text(flags, 'weight');
  const input = text(flags, 'input');
  if (weightText === undefined)
    throw new UsageError('rule 需要 --weight <分值>。', 'rule needs --weight <weight>.');
  if (input === undefined)
    throw new UsageError('rule 需要 --input <实际值>。', 'rule needs --input <input>.');
  return {
    command: 'rule',
    rule: positional[0],
    weight: parseWeight(weightText),
    input,
    target: text(flags, 'target'),
    json: flags.get('json') === true,
  };
}

/** A weight as typed: a non-negative decimal number. */
export function parseWeight(value: string | number): Decimal {
  let weight: Decimal | null = null;
  try {
    weight = new Decimal(typeof value === 'number' ? value : value.trim());
  } catch {
    weight = null;
  }
  if (!weight || !weight.isFinite() || weight.isNegative())
    throw new UsageError(`分值须为非负数：${value}`, `The weight must be a non-negative number: ${value}`);
  return weight;
}

export function parseArgs(argv: string[]): Command {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv.length === 0) throw new UsageError('缺少命令。', 'No command given.');
  const [name, ...rest] = argv;
  if (name === 'score') return parseScore(rest);
  if (name === 'rule') return parseRule(rest);
  if (name === 'review') return { command: 'review', argv: rest };
  throw new UsageError(`未知命令：${name}`, `Unknown command: ${name}`);
}
