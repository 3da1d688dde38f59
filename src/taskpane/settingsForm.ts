/** The settings form's text fields → validated ScoringSettings, or which fields are wrong. */
import type { ExecutionCap, ScoringSettings, StepMode } from '../core/settings';

export interface CapForm {
  from: string;
  to: string;
  maxTotal: string;
}

/** The cap table after the person added, removed or edited a band. */
export type CapsChanged = (caps: CapForm[]) => void;

export interface SettingsForm {
  decimals: string;
  steps: StepMode;
  excellent: string;
  good: string;
  pass: string;
  writeDerivedInputs: boolean;
  rateDeviation: boolean;
  rateDeviationPoints: string;
  overachievement: boolean;
  caps: CapForm[];
}

export interface SettingsInvalid {
  decimals: boolean;
  grades: boolean;
  points: boolean;
  caps: boolean;
}

export type SettingsCheck = { ok: true; settings: ScoringSettings } | ({ ok: false } & SettingsInvalid);

export function toForm(settings: ScoringSettings): SettingsForm {
  return {
    decimals: String(settings.decimals),
    steps: settings.steps,
    excellent: String(settings.grades.excellent),
    good: String(settings.grades.good),
    pass: String(settings.grades.pass),
    writeDerivedInputs: settings.writeDerivedInputs,
    rateDeviation: settings.checks.rateDeviation,
    rateDeviationPoints: String(settings.checks.rateDeviationPoints),
    overachievement: settings.checks.overachievement,
    caps: settings.checks.caps.map((c) => ({
      from: String(c.from),
      to: String(c.to),
      maxTotal: String(c.maxTotal),
    })),
  };
}

/** Full-width digits are normal input in this product (SPEC §2), so accept them here too. */
function readNumber(text: string): number | null {
  const half = text.trim().replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return /^\d+(\.\d+)?$/.test(half) ? Number(half) : null;
}

function readCaps(rows: CapForm[]): ExecutionCap[] | null {
  const caps: ExecutionCap[] = [];
  for (const row of rows) {
    const [from, to, maxTotal] = [row.from, row.to, row.maxTotal].map(readNumber);
    if (from === null || to === null || maxTotal === null || to <= from || maxTotal > 100) return null;
    caps.push({ from, to, maxTotal });
  }
  return caps;
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
  const points = readNumber(form.rateDeviationPoints);
  const pointsOk = points !== null && points <= 100;
  const caps = readCaps(form.caps);
  if (!decimalsOk || !gradesOk || !pointsOk || caps === null)
    return { ok: false, decimals: !decimalsOk, grades: !gradesOk, points: !pointsOk, caps: caps === null };
  return {
    ok: true,
    settings: {
      decimals: decimals,
      steps: form.steps,
      grades: { excellent: excellent, good: good, pass: pass },
      writeDerivedInputs: form.writeDerivedInputs,
      checks: {
        rateDeviation: form.rateDeviation,
        rateDeviationPoints: points,
        overachievement: form.overachievement,
        caps,
      },
    },
  };
}
