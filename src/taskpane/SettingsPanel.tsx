/** Decimals, deduction step mode and grade thresholds; saved with the document through the host. */
import { useState } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ScoringSettings, StepMode } from '../core/settings';
import type { ScoringHost } from '../hosts/office/host';
import type { Strings } from './i18n';
import { checkForm, toForm, type SettingsForm } from './settingsForm';

const STEP_MODES: StepMode[] = ['prorata', 'ceil', 'floor'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  grades: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '8px' },
  gradeField: { width: '88px' },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', alignItems: 'center', columnGap: '8px' },
});

export function SettingsPanel(props: {
  settings: ScoringSettings;
  strings: Strings;
  /** Resolves when saved; the panel does not catch: the taskpane shows host errors in one place. */
  onSave: ScoringHost['saveSettings'];
}) {
  const { settings, strings, onSave } = props;
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [invalid, setInvalid] = useState({ decimals: false, grades: false });
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const check = checkForm(form);
    if (!check.ok) {
      setInvalid({ decimals: check.decimals, grades: check.grades });
      return;
    }
    setInvalid({ decimals: false, grades: false });
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
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {strings.save}
        </Button>
      </div>
    </form>
  );
}
