/** Decimals, deduction step mode and grade thresholds; saved with the document through the host. */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ScoringSettings, StepMode } from '../core/settings';
import type { ScoringHost } from '../hosts/office/host';
import type { Strings } from './i18n';
import {
  checkForm,
  toForm,
  type CapForm,
  type CapsChanged,
  type SettingsForm,
  type SettingsInvalid,
} from './settingsForm';

const STEP_MODES: StepMode[] = ['prorata', 'ceil', 'floor'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  grades: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '8px' },
  gradeField: { width: '88px' },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', alignItems: 'center', columnGap: '8px' },
  capRow: { display: 'flex', alignItems: 'flex-end', columnGap: '6px', marginBottom: '6px' },
  capField: { width: '76px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

const VALID: SettingsInvalid = { decimals: false, grades: false, points: false, caps: false };

export function SettingsPanel(props: {
  settings: ScoringSettings;
  strings: Strings;
  /** Resolves when saved; the panel does not catch: the taskpane shows host errors in one place. */
  onSave: ScoringHost['saveSettings'];
}) {
  const { settings, strings, onSave } = props;
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [invalid, setInvalid] = useState<SettingsInvalid>(VALID);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const check = checkForm(form);
    if (!check.ok) {
      setInvalid({ decimals: check.decimals, grades: check.grades, points: check.points, caps: check.caps });
      return;
    }
    setInvalid(VALID);
    setSaving(true);
    try {
      await onSave(check.settings);
    } finally {
      setSaving(false);
    }
  };

  const gradeField = (key: 'excellent' | 'good' | 'pass', label: string) => (
    <Field label={label} className={styles.gradeField} validationState={invalid.grades ? 'error' : 'none'}>
      <Input inputMode="decimal" value={form[key]} onChange={(_, d) => edit({ [key]: d.value })} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      aria-label={strings.settings}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field
        label={strings.decimals}
        validationState={invalid.decimals ? 'error' : 'none'}
        validationMessage={invalid.decimals ? strings.decimalsInvalid : undefined}
      >
        <Input inputMode="numeric" value={form.decimals} onChange={(_, d) => edit({ decimals: d.value })} />
      </Field>
      <Field label={strings.steps}>
        <RadioGroup value={form.steps} onChange={(_, d) => edit({ steps: d.value as StepMode })}>
          {STEP_MODES.map((mode) => (
            <Radio key={mode} value={mode} label={strings.stepMode[mode]} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>{strings.gradeBands}</legend>
        <div className={styles.grades}>
          {gradeField('excellent', strings.gradeExcellent)}
          {gradeField('good', strings.gradeGood)}
          {gradeField('pass', strings.gradePass)}
        </div>
        {invalid.grades && (
          <Text role="alert" size={200} className={styles.error}>
            {strings.gradesInvalid}
          </Text>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{strings.review.dataTitle}</legend>
        <Checkbox
          checked={form.writeDerivedInputs}
          onChange={(_, d) => edit({ writeDerivedInputs: d.checked === true })}
          label={strings.review.writeDerived}
        />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{strings.review.checksTitle}</legend>
        <Checkbox
          checked={form.rateDeviation}
          onChange={(_, d) => edit({ rateDeviation: d.checked === true })}
          label={strings.review.rateDeviation}
        />
        <Field
          label={strings.review.rateDeviationPoints}
          className={styles.gradeField}
          validationState={invalid.points ? 'error' : 'none'}
          validationMessage={invalid.points ? strings.review.pointsInvalid : undefined}
        >
          <Input
            inputMode="decimal"
            disabled={!form.rateDeviation}
            value={form.rateDeviationPoints}
            onChange={(_, d) => edit({ rateDeviationPoints: d.value })}
          />
        </Field>
        <Checkbox
          checked={form.overachievement}
          onChange={(_, d) => edit({ overachievement: d.checked === true })}
          label={strings.review.overachievement}
        />
        <CapsEditor
          caps={form.caps}
          strings={strings}
          invalid={invalid.caps}
          onChange={(caps) => edit({ caps })}
        />
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {strings.save}
        </Button>
      </div>
    </form>
  );
}

/** The regional cap table: one row per band of 执行率, added and removed by the person. */
interface CapsEditorProps {
  caps: CapForm[];
  strings: Strings;
  invalid: boolean;
  onChange: CapsChanged;
}

function CapsEditor(props: CapsEditorProps) {
  const { caps, strings, invalid, onChange } = props;
  const styles = useStyles();
  const s = strings.review;
  const set = (i: number, patch: Partial<CapForm>) =>
    onChange(caps.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const field = (i: number, key: keyof CapForm, label: string) => (
    <Field label={label} className={styles.capField} validationState={invalid ? 'error' : 'none'}>
      <Input inputMode="decimal" value={caps[i][key]} onChange={(_, d) => set(i, { [key]: d.value })} />
    </Field>
  );
  return (
    <section aria-label={s.caps}>
      <Text as="p" weight="semibold" size={200}>
        {s.caps}
      </Text>
      <Text as="p" size={200} className={styles.hint}>
        {s.capsHint}
      </Text>
      {caps.map((_, i) => (
        <div key={i} className={styles.capRow} role="group" aria-label={`${s.caps} ${i + 1}`}>
          {field(i, 'from', s.capFrom)}
          {field(i, 'to', s.capTo)}
          {field(i, 'maxTotal', s.capMax)}
          <Button
            size="small"
            appearance="subtle"
            aria-label={s.removeCap(i + 1)}
            onClick={() => onChange(caps.filter((__, j) => j !== i))}
          >
            ×
          </Button>
        </div>
      ))}
      {invalid && (
        <Text role="alert" size={200} className={styles.error}>
          {s.capsInvalid}
        </Text>
      )}
      <Button size="small" onClick={() => onChange([...caps, { from: '', to: '', maxTotal: '' }])}>
        {s.addCap}
      </Button>
    </section>
  );
}
