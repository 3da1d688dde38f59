/** What a person can set about scoring; kept with the document by the add-in, flags on the CLI. */

export type StepMode = 'prorata' | 'ceil' | 'floor';

export interface GradeBands {
  /** Lower bounds, inclusive: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差 (财预〔2020〕10号). */
  excellent: number;
  good: number;
  pass: number;
}

export interface ScoringSettings {
  /** Decimals a score is rounded to, half-up: 0–4. */
  decimals: number;
  /** How a started deduction step counts: pro-rata, a started step counts whole, or only whole steps. */
  steps: StepMode;
  grades: GradeBands;
}

export const DEFAULT_SETTINGS: ScoringSettings = {
  decimals: 2,
  steps: 'prorata',
  grades: { excellent: 90, good: 80, pass: 60 },
};

export function withDefaults(partial: Partial<ScoringSettings> = {}): ScoringSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    grades: { ...DEFAULT_SETTINGS.grades, ...(partial.grades ?? {}) },
  };
}
