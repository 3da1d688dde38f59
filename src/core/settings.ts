/** What a person can set about scoring; kept with the document by the add-in, flags on the CLI. */

export type StepMode = 'prorata' | 'ceil' | 'floor';

export interface GradeBands {
  /** Lower bounds, inclusive: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差 (财预〔2020〕10号). */
  excellent: number;
  good: number;
  pass: number;
}

/** A regional rule: while 执行率 lies in [from, to) percent, the total may be at most `maxTotal`. */
export interface ExecutionCap {
  from: number;
  to: number;
  maxTotal: number;
}

/** The reviewer's checks of the 预算管理一体化 绩效模块, each on or off. */
export interface ReviewChecks {
  /** The table's 得分率 differs from its 执行率 by more than `rateDeviationPoints` percentage points. */
  rateDeviation: boolean;
  rateDeviationPoints: number;
  /** An actual ≥ 130% of its target without a reason (SPEC §5 `overachievement-reason-missing`). */
  overachievement: boolean;
  /** Caps on the total by 执行率; none by default (they are regional). */
  caps: ExecutionCap[];
}

export interface ScoringSettings {
  /** Decimals a score is rounded to, half-up: 0–4. */
  decimals: number;
  /** How a started deduction step counts: pro-rata, a started step counts whole, or only whole steps. */
  steps: StepMode;
  grades: GradeBands;
  /** Write an input worked out from the 基础数据表 into the blank input cell (off: shown in the note only). */
  writeDerivedInputs: boolean;
  checks: ReviewChecks;
}

export const DEFAULT_CHECKS: ReviewChecks = {
  rateDeviation: true,
  rateDeviationPoints: 5,
  overachievement: true,
  caps: [],
};

export const DEFAULT_SETTINGS: ScoringSettings = {
  decimals: 2,
  steps: 'prorata',
  grades: { excellent: 90, good: 80, pass: 60 },
  writeDerivedInputs: false,
  checks: DEFAULT_CHECKS,
};

export function withDefaults(partial: Partial<ScoringSettings> = {}): ScoringSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    grades: { ...DEFAULT_SETTINGS.grades, ...(partial.grades ?? {}) },
    checks: { ...DEFAULT_CHECKS, ...(partial.checks ?? {}) },
  };
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** A cap table as stored or typed: only well-formed rows (from < to, a total in 0–100) are kept. */
export function validCaps(raw: unknown): ExecutionCap[] | null {
  if (!Array.isArray(raw)) return null;
  const caps: ExecutionCap[] = [];
  for (const row of raw as unknown[]) {
    const c = row as Partial<ExecutionCap> | null;
    if (!c || !finite(c.from) || !finite(c.to) || !finite(c.maxTotal)) return null;
    if (c.from < 0 || c.to <= c.from || c.maxTotal < 0 || c.maxTotal > 100) return null;
    caps.push({ from: c.from, to: c.to, maxTotal: c.maxTotal });
  }
  return caps;
}

/**
 * The settings added for the reviewer (derived inputs, checks) from a stored object, each kept only
 * when well-formed; hosts merge this into what they read of the older settings.
 */
export function reviewSettingsFrom(raw: unknown): Partial<ScoringSettings> {
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as { writeDerivedInputs?: unknown; checks?: Partial<Record<keyof ReviewChecks, unknown>> };
  const out: Partial<ScoringSettings> = {};
  if (typeof s.writeDerivedInputs === 'boolean') out.writeDerivedInputs = s.writeDerivedInputs;
  const c = s.checks;
  if (c && typeof c === 'object') {
    const checks: ReviewChecks = { ...DEFAULT_CHECKS };
    if (typeof c.rateDeviation === 'boolean') checks.rateDeviation = c.rateDeviation;
    if (finite(c.rateDeviationPoints) && c.rateDeviationPoints >= 0 && c.rateDeviationPoints <= 100)
      checks.rateDeviationPoints = c.rateDeviationPoints;
    if (typeof c.overachievement === 'boolean') checks.overachievement = c.overachievement;
    checks.caps = validCaps(c.caps) ?? [];
    out.checks = checks;
  }
  return out;
}
