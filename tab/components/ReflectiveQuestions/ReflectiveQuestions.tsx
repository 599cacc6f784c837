import { Field, Select } from '@fluentui/react-components';
import { AUDIENCE_LABELS, AUDIENCES, isAudience } from '../../../src/content/model';
import type { Audience, ReflectiveQuestion } from '../../../src/content/model';
import { Section } from '../Section/Section';
import { useReflectiveQuestionsStyles } from './ReflectiveQuestions.styles';

export interface ReflectiveQuestionsProps {
  questions: ReflectiveQuestion[];
  role: Audience | null;
  onRoleChange(role: Audience | null): void;
}

/** The audiences that have questions, the reader's own role first. */
function orderAudiences(questions: ReflectiveQuestion[], role: Audience | null): Audience[] {
  const present = AUDIENCES.filter((audience) => questions.some((q) => q.audience === audience));
  if (!role || !present.includes(role)) return present;
  return [role, ...present.filter((audience) => audience !== role)];
}

/** The reflective questions grouped by audience, with the "I am a …" choice that orders them. */
export function ReflectiveQuestions({ questions, role, onRoleChange }: ReflectiveQuestionsProps) {
  const styles = useReflectiveQuestionsStyles();
  const audiences = orderAudiences(questions, role);
  const roleHasQuestions = role !== null && audiences[0] === role;
  return (
    <Section title="Reflective questions">
      <Field label="I am a …" className={styles.roleField}>
        <Select
          value={role ?? ''}
          onChange={(_, data) => onRoleChange(isAudience(data.value) ? data.value : null)}
        >
          <option value="">Choose your role</option>
          {AUDIENCES.map((audience) => (
            <option key={audience} value={audience}>
              {AUDIENCE_LABELS[audience]}
            </option>
          ))}
        </Select>
      </Field>
      {role && !roleHasQuestions && (
        <p className={styles.note}>
          This case has no questions for {AUDIENCE_LABELS[role].toLowerCase()}; here are the others.
        </p>
      )}
      {audiences.map((audience) => (
        <div key={audience} className={styles.group} data-audience={audience}>
          <h3 className={styles.groupTitle}>
            {AUDIENCE_LABELS[audience]}
            {audience === role ? ' (your role)' : ''}
          </h3>
          <ol className={styles.questions}>
            {questions
              .filter((question) => question.audience === audience)
              .map((question) => (
                <li key={question.text}>{question.text}</li>
              ))}
          </ol>
        </div>
      ))}
    </Section>
  );
}
