/** The settings form's text fields → validated ScoringSettings, or which fields are wrong. */
import type { ScoringSettings, StepMode } from '../core/settings';

export interface SettingsForm {
  decimals: string;
  steps: StepMode;
  excellent: string;
  good: string;
  pass: string;
}

export type SettingsCheck =
  { ok: true; settings: ScoringSettings } | { ok: false; decimals: boolean; grades: boolean };

export function toForm(settings: ScoringSettings): SettingsForm {
  return {
    decimals: String(settings.decimals),
    steps: settings.steps,
    excellent: String(settings.grades.excellent),
    good: String(settings.grades.good),
    pass: String(settings.grades.pass),
  };
}

/** Full-width digits are normal input in this product (SPEC §2), so accept them here too. */
function readNumber(text: string): number | null {
  const half = text.trim().replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return /^\d+(\.\d+)?$/.test(half) ? Number(half) : null;
}

export function checkForm(form: SettingsForm): SettingsCheck {
  const decimals = readNumber(form.decimals);
  const decimalsOk = decimals !== null && Number.isInteger(decimals) && decimals >= 0 && decimals <= 4;
  const [excellent, good, pass] = [form.excellent, form.good, form.pass].map(readNumber);
  const gradesOk =
    excellent !== null &&
    good !== null &&
    pass !== null &&
    excellent <= 100 &&
    excellent > good &&
    good > pass;
  if (!decimalsOk || !gradesOk) return { ok: false, decimals: !decimalsOk, grades: !gradesOk };
  return {
    ok: true,
    settings: {
      decimals: decimals,
      steps: form.steps,
      grades: { excellent: excellent, good: good, pass: pass },
    },
  };
}
