import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LearningEntryFields } from '../../api';
import { useLearningRecordStyles } from './LearningRecord.styles';
import { useLearningText } from './learningText';

export interface EntryFormProps {
  /** The form's heading, naming the case. */
  title: string;
  initial?: LearningEntryFields;
  /** Saves the entry; rejects when it could not be saved (the form keeps what was typed). */
  onSave: (fields: LearningEntryFields) => Promise<void>;
  onCancel: () => void;
}

/**
 * What an officer writes about a case: what they reflected on (required), how they will apply it,
 * and the time spent. Its heading takes focus when it opens; errors are said beside their field.
 */
export function EntryForm({ title, initial, onSave, onCancel }: EntryFormProps) {
  const styles = useLearningRecordStyles();
  const l = useLearningText();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reflection, setReflection] = useState(initial?.reflection ?? '');
  const [application, setApplication] = useState(initial?.application ?? '');
  const [minutes, setMinutes] = useState(String(initial?.minutes ?? 15));
  const [errors, setErrors] = useState<{ reflection?: string; minutes?: string }>({});
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wholeMinutes = /^\d{1,4}$/.test(minutes.trim()) ? Number(minutes.trim()) : NaN;
    const found = {
      ...(reflection.trim() === '' ? { reflection: l.text('learning.required') } : {}),
      ...(Number.isNaN(wholeMinutes) || wholeMinutes > 1440
        ? { minutes: l.text('learning.minutesInvalid') }
        : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailed(false);
    try {
      await onSave({ reflection, application, minutes: wholeMinutes });
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.formTitle}>
        {title}
      </h2>
      <Field
        label={l.text('learning.reflection')}
        hint={l.text('learning.reflectionHint')}
        required
        validationMessage={errors.reflection}
      >
        <Textarea
          value={reflection}
          maxLength={4000}
          resize="vertical"
          rows={4}
          onChange={(_event, data) => setReflection(data.value)}
        />
      </Field>
      <Field label={l.text('learning.application')} hint={l.text('learning.applicationHint')}>
        <Textarea
          value={application}
          maxLength={4000}
          resize="vertical"
          rows={3}
          onChange={(_event, data) => setApplication(data.value)}
        />
      </Field>
      <Field
        label={l.text('learning.minutesField')}
        validationMessage={errors.minutes}
        className={styles.minutes}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          step={1}
          value={minutes}
          onChange={(_event, data) => setMinutes(data.value)}
        />
      </Field>
      {failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{l.text('learning.saveFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? l.text('learning.saving') : l.text('learning.save')}
        </Button>
        <Button type="button" onClick={onCancel}>
          {l.text('learning.cancel')}
        </Button>
      </div>
    </form>
  );
}
