import { Button, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MyFeedbackView } from '../../../src/content/views';
import { ApiError, getMyFeedback, NO_TOKEN, sendFeedback, type FeedbackItemRef } from '../../api';
import { useResource } from '../../hooks';
import { Loading } from '../Status/Status';
import { Section } from '../Section/Section';
import { useFeedbackFormStyles } from './FeedbackForm.styles';
import { useFeedbackText, type FeedbackKey } from './feedbackText';

/** The longest comment the service takes, in characters. */
const MAX_COMMENT = 2000;
const RATINGS = [1, 2, 3, 4, 5] as const;

export interface FeedbackFormProps {
  item: FeedbackItemRef;
  inTeams: boolean;
}

/** Why the reader cannot rate here: outside Teams without local mode, or the service failed. */
function unavailable(error: ApiError): FeedbackKey {
  return error.status === NO_TOKEN || error.status === 401
    ? 'feedback.outsideTeams'
    : 'feedback.unavailable';
}

/**
 * "Was this useful?" at the end of a case or an issue: a rating from 1 to 5 and, unless the
 * reader's force switched comments off, a comment that says before it is sent that it reaches the
 * IOPC's editors without the reader's name or team. The reader's own rating is shown and can be
 * changed.
 */
export default function FeedbackForm({ item, inTeams }: FeedbackFormProps) {
  const styles = useFeedbackFormStyles();
  const f = useFeedbackText();
  const mine = useResource(
    (signal) => getMyFeedback(item, inTeams, signal),
    [item.issue, item.caseId, inTeams],
  );
  return (
    <Section title={f.text('feedback.title')} className={styles.panel}>
      {mine.status === 'loading' && <Loading label={f.text('feedback.loading')} />}
      {mine.status === 'error' && (
        <p className={styles.note} role="status">
          {f.text(unavailable(mine.error))}
        </p>
      )}
      {mine.status === 'ready' && <Form item={item} inTeams={inTeams} saved={mine.data} />}
    </Section>
  );
}

type Sending = { state: 'idle' | 'sending' | 'sent' } | { state: 'error'; message: FeedbackKey };

function Form({ item, inTeams, saved }: FeedbackFormProps & { saved: MyFeedbackView }) {
  const styles = useFeedbackFormStyles();
  const f = useFeedbackText();
  const hintId = useId();
  const [current, setCurrent] = useState(saved);
  const [rating, setRating] = useState(saved.rating ? String(saved.rating) : '');
  const [comment, setComment] = useState(saved.comment ?? '');
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  useEffect(() => setSending({ state: 'idle' }), [rating, comment]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rating) {
      setSending({ state: 'error', message: 'feedback.chooseRating' });
      return;
    }
    setSending({ state: 'sending' });
    const words = current.commentsAllowed && comment.trim() ? comment.trim() : null;
    sendFeedback(item, Number(rating), words, inTeams).then(
      (answer) => {
        setCurrent(answer);
        setSending({ state: 'sent' });
      },
      (error: unknown) =>
        setSending({
          state: 'error',
          message:
            error instanceof ApiError && (error.status === NO_TOKEN || error.status === 401)
              ? 'feedback.outsideTeams'
              : 'feedback.failed',
        }),
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={f.text(item.caseId ? 'feedback.caseQuestion' : 'feedback.issueQuestion')}
        validationState={sending.state === 'error' ? 'error' : 'none'}
        validationMessage={sending.state === 'error' ? f.text(sending.message) : undefined}
      >
        <RadioGroup
          layout="horizontal"
          className={styles.scale}
          value={rating}
          onChange={(_event, data) => setRating(data.value)}
        >
          {RATINGS.map((value) => (
            <Radio key={value} value={String(value)} label={f.text(`feedback.rating.${value}`)} />
          ))}
        </RadioGroup>
      </Field>
      {current.commentsAllowed ? (
        <Field
          label={f.text('feedback.comment')}
          hint={{ id: hintId, children: f.text('feedback.commentHint') }}
        >
          <Textarea
            value={comment}
            maxLength={MAX_COMMENT}
            resize="vertical"
            onChange={(_event, data) => setComment(data.value)}
          />
        </Field>
      ) : (
        <p className={styles.note}>{f.text('feedback.commentsOff')}</p>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={sending.state === 'sending'}>
          {f.text(current.rating ? 'feedback.change' : 'feedback.send')}
        </Button>
        <p className={styles.note} role="status">
          {sending.state === 'sending' && f.text('feedback.sending')}
          {sending.state === 'sent' &&
            current.rating !== null &&
            f.text('feedback.thanks', { rating: current.rating })}
          {sending.state === 'idle' &&
            current.rating !== null &&
            f.text('feedback.yours', { rating: current.rating })}
        </p>
      </div>
    </form>
  );
}
