import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { PollView } from '../../../src/content/views';
import { ApiError, getOpenPolls, sendVote } from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { Section } from '../Section/Section';
import { useFeedbackFormStyles } from './FeedbackForm.styles';
import { useFeedbackText, type FeedbackKey } from './feedbackText';

export interface PollPanelProps {
  inTeams: boolean;
}

/**
 * The polls on future themes open now, on the latest issue: one vote each, changeable until the
 * poll closes. Nothing is shown when no poll is open or the reader cannot be signed in (the
 * rating below says why).
 */
export default function PollPanel({ inTeams }: PollPanelProps) {
  const { language } = useText();
  const polls = useResource(
    (signal) => getOpenPolls(language, inTeams, signal),
    [language, inTeams],
  );
  if (polls.status !== 'ready') return null;
  return (
    <>
      {polls.data.polls.map((poll) => (
        <OnePoll key={`${poll.id}-${language}`} poll={poll} inTeams={inTeams} />
      ))}
    </>
  );
}

type Sending = { state: 'idle' | 'sending' | 'sent' } | { state: 'error'; message: FeedbackKey };

function OnePoll({ poll, inTeams }: { poll: PollView; inTeams: boolean }) {
  const styles = useFeedbackFormStyles();
  const f = useFeedbackText();
  const { language } = useText();
  const [current, setCurrent] = useState(poll);
  const [choice, setChoice] = useState(poll.myVote ?? '');
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  const chosen = current.options.find((option) => option.id === current.myVote);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setSending({ state: 'error', message: 'poll.chooseOption' });
      return;
    }
    setSending({ state: 'sending' });
    sendVote(poll.id, choice, language, inTeams).then(
      (answer) => {
        setCurrent(answer);
        setSending({ state: 'sent' });
      },
      (error: unknown) =>
        setSending({
          state: 'error',
          message:
            error instanceof ApiError && error.status === 409 ? 'poll.closed' : 'poll.failed',
        }),
    );
  };

  return (
    <Section title={f.text('poll.title')} className={styles.panel}>
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field
          label={current.question}
          hint={f.text('poll.closes', { date: f.date(current.closesOn) })}
          validationState={sending.state === 'error' ? 'error' : 'none'}
          validationMessage={sending.state === 'error' ? f.text(sending.message) : undefined}
        >
          <RadioGroup value={choice} onChange={(_event, data) => setChoice(data.value)}>
            {current.options.map((option) => (
              <Radio key={option.id} value={option.id} label={option.label} />
            ))}
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={sending.state === 'sending'}>
            {f.text(current.myVote ? 'poll.change' : 'poll.vote')}
          </Button>
          <p className={styles.note} role="status">
            {sending.state === 'sending' && f.text('feedback.sending')}
            {sending.state !== 'sending' &&
              chosen &&
              f.text('poll.voted', { option: chosen.label })}
          </p>
        </div>
      </form>
    </Section>
  );
}
