import { Field, Select } from '@fluentui/react-components';
import { AUDIENCES, isAudience } from '../../../src/content/model';
import type { Audience, ReflectiveQuestion } from '../../../src/content/model';
import type { Language } from '../../../src/i18n/language';
import { useContentLang, useText } from '../../i18n';
import { Section } from '../Section/Section';
import { useReflectiveQuestionsStyles } from './ReflectiveQuestions.styles';

export interface ReflectiveQuestionsProps {
  questions: ReflectiveQuestion[];
  /** The language the questions are written in. */
  language: Language;
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
export function ReflectiveQuestions({
  questions,
  language,
  role,
  onRoleChange,
}: ReflectiveQuestionsProps) {
  const styles = useReflectiveQuestionsStyles();
  const t = useText();
  const { text } = t;
  const lang = useContentLang(language);
  const audiences = orderAudiences(questions, role);
  const roleHasQuestions = role !== null && audiences[0] === role;
  const label = (audience: Audience) => text(`audience.${audience}`);
  return (
    <Section title={text('questions.title')}>
      <Field label={text('questions.role')} className={styles.roleField}>
        <Select
          value={role ?? ''}
          onChange={(_, data) => onRoleChange(isAudience(data.value) ? data.value : null)}
        >
          <option value="">{text('questions.chooseRole')}</option>
          {AUDIENCES.map((audience) => (
            <option key={audience} value={audience}>
              {label(audience)}
            </option>
          ))}
        </Select>
      </Field>
      {role && !roleHasQuestions && (
        <p className={styles.note}>
          {text('questions.noneForRole', { role: label(role).toLocaleLowerCase(t.locale) })}
        </p>
      )}
      {audiences.map((audience) => (
        <div key={audience} className={styles.group} data-audience={audience}>
          <h3 className={styles.groupTitle}>
            {audience === role
              ? text('questions.yourRole', { role: label(audience) })
              : label(audience)}
          </h3>
          <ol className={styles.questions} {...lang}>
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
