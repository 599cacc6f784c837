import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Select,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EditorCommentView } from '../../../src/content/views';
import { caseSubPage } from '../../../src/links';
import { ApiError, getEditorComments, NO_TOKEN, setCommentHidden } from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { CardList } from '../Section/Section';
import { ErrorNotice, Loading } from '../Status/Status';
import { TabLink } from '../TabLink/TabLink';
import { useCommentsText } from './commentsText';
import { useEditorCommentsStyles } from './EditorComments.styles';

/** Which comments the editor asked to see. */
type StateFilter = 'all' | 'shown' | 'hidden';

const STATE_FILTERS: readonly StateFilter[] = ['all', 'shown', 'hidden'];

/** How many comments the screen lists at first, and how many more each "Show more" adds. */
const PAGE_SIZE = 50;

export interface EditorCommentsProps {
  inTeams: boolean;
}

/**
 * The IOPC's editors' screen of readers' comments: every comment, newest first, with what it is
 * about, its rating and day, and a Hide / Show button that takes it out of the insights or puts
 * it back. Anyone without the Editor role is told the screen is for the editors, and sees no data.
 */
export default function EditorComments({ inTeams }: EditorCommentsProps) {
  const { language } = useText();
  const t = useCommentsText();
  const comments = useResource(
    (signal) => getEditorComments(language, inTeams, signal),
    [language, inTeams],
  );
  return (
    <>
      <PageTitle>{t.text('comments.title')}</PageTitle>
      {comments.status === 'loading' && <Loading label={t.text('comments.loading')} />}
      {comments.status === 'error' &&
        (comments.error.status === 403 ||
        comments.error.status === 401 ||
        comments.error.status === NO_TOKEN ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t.text(
                comments.error.status === 403 ? 'comments.forbidden' : 'comments.outsideTeams',
              )}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorNotice what={t.text('comments.error')} error={comments.error} />
        ))}
      {comments.status === 'ready' && (
        <CommentList initial={comments.data.comments} inTeams={inTeams} />
      )}
    </>
  );
}

/** A change the service refused: the comment keeps the state it really has. */
interface FailedChange {
  hidden: boolean;
  error: ApiError;
}

function CommentList({ initial, inTeams }: { initial: EditorCommentView[]; inTeams: boolean }) {
  const t = useCommentsText();
  const { date: longDate } = useText();
  const styles = useEditorCommentsStyles();
  const [comments, setComments] = useState(initial);
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const [issueFilter, setIssueFilter] = useState<number | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<Readonly<Record<string, FailedChange>>>({});
  const [announcement, setAnnouncement] = useState('');
  // A comment changed under a filter that no longer matches it stays in place (and focus with
  // it) until the editor changes the filters.
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);
  // After "Show more", the keyboard moves on to the first comment it added.
  const list = useRef<HTMLDivElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  useEffect(() => {
    if (focusFrom === null) return;
    list.current?.querySelectorAll('li')[focusFrom]?.querySelector('a')?.focus();
    setFocusFrom(null);
  }, [focusFrom]);

  const issues = useMemo(() => {
    const byNumber = new Map<number, string | null>();
    for (const comment of initial) byNumber.set(comment.issueNumber, comment.issueTitle);
    return [...byNumber].sort(([a], [b]) => b - a);
  }, [initial]);

  const shown = comments.filter(
    (comment) =>
      changed.has(comment.id) ||
      ((issueFilter === null || comment.issueNumber === issueFilter) &&
        (stateFilter === 'all' || comment.hidden === (stateFilter === 'hidden'))),
  );

  const issueName = (number: number, title: string | null) =>
    title
      ? t.text('comments.issue', { number, title })
      : t.text('comments.issueNumber', { number });
  const itemName = (comment: EditorCommentView) =>
    comment.caseId
      ? comment.caseTitle
        ? `${comment.caseId}: ${comment.caseTitle}`
        : comment.caseId
      : issueName(comment.issueNumber, comment.issueTitle);

  const filtered = (apply: () => void) => {
    setChanged(new Set());
    setLimit(PAGE_SIZE);
    apply();
  };
  const more = Math.min(PAGE_SIZE, shown.length - limit);

  const toggle = async (comment: EditorCommentView) => {
    const hidden = !comment.hidden;
    const item = itemName(comment);
    setPending((ids) => new Set(ids).add(comment.id));
    setFailures(({ [comment.id]: _, ...others }) => others);
    try {
      const result = await setCommentHidden(comment.id, hidden, inTeams);
      setComments((current) =>
        current.map((each) => (each.id === result.id ? { ...each, hidden: result.hidden } : each)),
      );
      setChanged((ids) => new Set(ids).add(comment.id));
      setAnnouncement(
        t.text(result.hidden ? 'comments.hidden.done' : 'comments.shown.done', { item }),
      );
    } catch (error) {
      setFailures((others) => ({
        ...others,
        [comment.id]: { hidden, error: error instanceof ApiError ? error : new ApiError(0) },
      }));
      setAnnouncement('');
    } finally {
      setPending((ids) => {
        const left = new Set(ids);
        left.delete(comment.id);
        return left;
      });
    }
  };

  return (
    <>
      <p>{t.text('comments.intro')}</p>
      <div className={styles.filters}>
        <Field label={t.text('comments.filter.state')} className={styles.filter}>
          <Select
            value={stateFilter}
            onChange={(_, data) => filtered(() => setStateFilter(data.value as StateFilter))}
          >
            {STATE_FILTERS.map((state) => (
              <option key={state} value={state}>
                {t.text(`comments.filter.${state}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.text('comments.filter.issue')} className={styles.filter}>
          <Select
            value={issueFilter === null ? '' : String(issueFilter)}
            onChange={(_, data) =>
              filtered(() => setIssueFilter(data.value === '' ? null : Number(data.value)))
            }
          >
            <option value="">{t.text('comments.filter.allIssues')}</option>
            {issues.map(([number, title]) => (
              <option key={number} value={number}>
                {issueName(number, title)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p className={styles.note}>
        {t.text('comments.count', { count: shown.length, total: comments.length })}
        {shown.length > limit && ` ${t.text('comments.listed', { listed: limit })}`}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {comments.length === 0 ? (
        <p>{t.text('comments.none')}</p>
      ) : shown.length === 0 ? (
        <p>{t.text('comments.noneMatch')}</p>
      ) : (
        <div ref={list}>
          <CardList>
            {shown.slice(0, limit).map((comment) => {
              const item = itemName(comment);
              const date = longDate(comment.ratedOn);
              const failure = failures[comment.id];
              return (
                <li
                  key={comment.id}
                  className={mergeClasses(styles.comment, comment.hidden && styles.hidden)}
                >
                  <p className={styles.about}>
                    {t.text('comments.about')}{' '}
                    <TabLink
                      href={
                        comment.caseId
                          ? `#${caseSubPage(comment.caseId)}`
                          : `#/issues/${comment.issueNumber}`
                      }
                    >
                      {item}
                    </TabLink>
                    {comment.caseId
                      ? ` (${issueName(comment.issueNumber, comment.issueTitle)})`
                      : ` (${t.text('comments.aboutIssue')})`}
                  </p>
                  <blockquote className={styles.words}>{comment.comment}</blockquote>
                  <p className={styles.meta}>
                    <span>{t.text('comments.rating', { rating: comment.rating })}</span>
                    <span>{t.text('comments.given', { date })}</span>
                    <span className={styles.state}>
                      {t.text(comment.hidden ? 'comments.state.hidden' : 'comments.state.shown')}
                    </span>
                  </p>
                  {failure && (
                    <ErrorNotice
                      what={t.text('comments.change.error', {
                        hidden: String(failure.hidden),
                        item,
                      })}
                      error={failure.error}
                    />
                  )}
                  <div className={styles.actions}>
                    <Button
                      disabledFocusable={pending.has(comment.id)}
                      aria-label={t.text(
                        comment.hidden ? 'comments.show.name' : 'comments.hide.name',
                        {
                          item,
                          date,
                        },
                      )}
                      onClick={() => void toggle(comment)}
                    >
                      {t.text(comment.hidden ? 'comments.show' : 'comments.hide')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </CardList>
        </div>
      )}
      {more > 0 && (
        <div className={styles.actions}>
          <Button
            onClick={() => {
              setFocusFrom(limit);
              setLimit(limit + PAGE_SIZE);
            }}
          >
            {t.text('comments.more', { count: more })}
          </Button>
        </div>
      )}
    </>
  );
}
