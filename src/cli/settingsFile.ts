/**
 * `--settings <file.json>`: the same settings the taskpane keeps (decimals, steps, grades, derived
 * inputs, the reviewer's checks and a regional cap table), for `score` and `review`. A file that is
 * not what it should be stops the run with a one-line reason: a check silently dropped would mislead.
 */
import fs from 'fs';
import type { ScoringSettings } from '../core/settings';
import { DEFAULT_CHECKS, validCaps } from '../core/settings';
import { CliFailure } from './failure';

const STEPS = ['prorata', 'ceil', 'floor'];

function bad(file: string, key: string): CliFailure {
  return new CliFailure(
    `设置文件 ${file} 中“${key}”的值不正确。`,
    `The value of "${key}" in ${file} is not valid.`,
  );
}

export function readSettingsFile(file: string): Partial<ScoringSettings> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliFailure(
      `无法读取设置文件：${file}（${reason}）`,
      `Cannot read the settings file: ${file} (${reason})`,
    );
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad(file, '(根 root)');
  const s = raw as Record<string, unknown>;
  const out: Partial<ScoringSettings> = {};
  for (const [key, value] of Object.entries(s)) {
    switch (key) {
      case 'decimals':
        if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 4) throw bad(file, key);
        out.decimals = value as number;
        break;
      case 'steps':
        if (!STEPS.includes(value as string)) throw bad(file, key);
        out.steps = value as ScoringSettings['steps'];
        break;
      case 'grades': {
        const g = value as Partial<ScoringSettings['grades']> | null;
        const ok =
          g && [g.excellent, g.good, g.pass].every((n) => typeof n === 'number' && Number.isFinite(n));
        if (!ok || !(g.excellent! > g.good! && g.good! > g.pass!)) throw bad(file, key);
        out.grades = { excellent: g.excellent!, good: g.good!, pass: g.pass! };
        break;
      }
      case 'writeDerivedInputs':
        if (typeof value !== 'boolean') throw bad(file, key);
        out.writeDerivedInputs = value;
        break;
      case 'checks':
        out.checks = readChecks(file, value);
        break;
      default:
        throw new CliFailure(
          `设置文件 ${file} 中没有“${key}”这一项。`,
          `Unknown setting "${key}" in ${file}.`,
        );
    }
  }
  return out;
}

function readChecks(file: string, value: unknown): ScoringSettings['checks'] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(file, 'checks');
  const checks = { ...DEFAULT_CHECKS };
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'rateDeviation' || key === 'overachievement') {
      if (typeof v !== 'boolean') throw bad(file, `checks.${key}`);
      checks[key] = v;
    } else if (key === 'rateDeviationPoints') {
      if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw bad(file, `checks.${key}`);
      checks.rateDeviationPoints = v;
    } else if (key === 'caps') {
      const caps = validCaps(v);
      if (caps === null) throw bad(file, 'checks.caps');
      checks.caps = caps;
    } else {
      throw new CliFailure(
        `设置文件 ${file} 中没有“checks.${key}”这一项。`,
        `Unknown setting "checks.${key}" in ${file}.`,
      );
    }
  }
  return checks;
}
