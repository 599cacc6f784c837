import { Button } from '@fluentui/react-components';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { AUDIENCES, type Audience } from '../../../src/content/model';
import type { CaseView } from '../../../src/content/views';
import { getCase } from '../../api';
import { useResource } from '../../hooks';
import { richText, useContentLang, useText } from '../../i18n';
import { ContentWarning } from '../ContentWarning/ContentWarning';
import { PageTitle } from '../PageTitle/PageTitle';
import { RichText } from '../RichText/RichText';
import { ErrorView, Loading } from '../Status/Status';
import { useMeetingStageStyles } from './MeetingStage.styles';
import type { StageChoice } from './stageLink';

/** Keys that move the stage on or back; Space and Enter keep their meaning on a button. */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** One part of the case on the stage: its heading and what it shows. */
interface StagePart {
  title: string;
  body: ReactNode;
}

/** The roles whose questions the stage shows: those chosen that have questions, else every role. */
function questionGroups(caseStudy: CaseView, chosen: readonly Audience[]) {
  const groups = (audiences: readonly Audience[]) =>
    AUDIENCES.filter((audience) => audiences.includes(audience))
      .map((audience) => ({
        audience,
        questions: caseStudy.questions.filter((question) => question.audience === audience),
      }))
      .filter((group) => group.questions.length > 0);
  const forChosen = groups(chosen);
  return forChosen.length > 0 ? forChosen : groups(AUDIENCES);
}

/**
 * The case on the meeting stage, in large type, one part at a time (what happened, key learning,
 * the questions for the roles present), moved on by the presenter with the arrow or page keys or
 * the buttons; each move is announced.
 */
function StageParts({ caseStudy, audiences }: { caseStudy: CaseView; audiences: Audience[] }) {
  const styles = useMeetingStageStyles();
  const t = useText();
  const { text } = t;
  const lang = useContentLang(caseStudy.language);
  const issueLang = useContentLang(caseStudy.issueLanguage);
  const headingId = useId();
  const [index, setIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const parts: StagePart[] = [
    {
      title: text('case.whatHappened'),
      body: (
        <>
          <p className={styles.summary}>{caseStudy.summary}</p>
          <RichText html={caseStudy.whatHappenedHtml} />
        </>
      ),
    },
    {
      title: text('case.keyLearning'),
      body: (
        <ul>
          {caseStudy.keyLearning.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      ),
    },
    {
      title: text('questions.title'),
      body: questionGroups(caseStudy, audiences).map(({ audience, questions }) => (
        <div key={audience} className={styles.group}>
          <h3 className={styles.groupTitle}>{text(`audience.${audience}`)}</h3>
          <ol>
            {questions.map((question) => (
              <li key={question.text}>{question.text}</li>
            ))}
          </ol>
        </div>
      )),
    },
  ];
  const last = parts.length - 1;
  const move = (step: number) => {
    const next = Math.max(0, Math.min(last, index + step));
    if (next === index) return;
    setIndex(next);
    setAnnouncement(
      text('stage.announce', {
        number: next + 1,
        count: parts.length,
        section: parts[next]!.title,
      }),
    );
  };
  // Registered again on every render, so the keys always move from the part shown.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (NEXT_KEYS.has(event.key)) move(1);
      else if (PREVIOUS_KEYS.has(event.key)) move(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const part = parts[index]!;
  return (
    <div className={styles.stage}>
      <p className={styles.eyebrow}>
        {richText(t, 'issue.heading', {
          number: caseStudy.issueNumber,
          title: <span {...issueLang}>{caseStudy.issueTitle}</span>,
        })}
      </p>
      <PageTitle documentTitle={caseStudy.title}>
        <span {...lang}>{caseStudy.title}</span>
      </PageTitle>
      {index === 0 && caseStudy.contentWarning && (
        <ContentWarning
          issueNumber={caseStudy.issueNumber}
          text={caseStudy.contentWarning}
          language={caseStudy.issueLanguage}
        />
      )}
      <section aria-labelledby={headingId} className={styles.part}>
        <h2 id={headingId} className={styles.partTitle}>
          {part.title}
        </h2>
        <div className={styles.body} {...lang}>
          {part.body}
        </div>
      </section>
      <nav aria-label={text('stage.parts')} className={styles.nav}>
        <Button size="large" disabledFocusable={index === 0} onClick={() => move(-1)}>
          {text('stage.previous')}
        </Button>
        <span className={styles.progress}>
          {text('stage.part', { number: index + 1, count: parts.length })}
        </span>
        <Button
          size="large"
          appearance="primary"
          disabledFocusable={index === last}
          onClick={() => move(1)}
        >
          {text('stage.next')}
        </Button>
      </nav>
      <p className={styles.hint}>{text('stage.keys')}</p>
      <div role="status" className={styles.announcer}>
        {announcement}
      </div>
    </div>
  );
}

/** The stage view of a case chosen in the side panel. */
export function MeetingStage({ choice }: { choice: StageChoice }) {
  const { text, language } = useText();
  const caseStudy = useResource(
    (signal) => getCase(choice.caseId, language, signal),
    [choice.caseId, language],
  );
  if (caseStudy.status === 'loading') return <Loading label={text('case.loading')} />;
  if (caseStudy.status === 'error') {
    return (
      <ErrorView
        titles={{ notFound: 'case.notFound', other: 'case.unavailable' }}
        what={text('case.error', { id: choice.caseId })}
        error={caseStudy.error}
      />
    );
  }
  return <StageParts caseStudy={caseStudy.data} audiences={choice.audiences} />;
}

/** The stage before anything is shared on it. */
export function StageWaiting() {
  const { text } = useText();
  return (
    <>
      <PageTitle>{text('stage.waiting.title')}</PageTitle>
      <p>{text('stage.waiting')}</p>
    </>
  );
}
