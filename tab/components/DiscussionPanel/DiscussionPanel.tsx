import { TabLink } from '../TabLink/TabLink';
import type { DiscussionView } from '../../../src/content/views';
import { threadQuery, type ThreadRef } from '../../../src/links';
import { ApiError, getDiscussion } from '../../api';
import { formatDateTime } from '../../format';
import { getSsoToken } from '../../host';
import { useResource } from '../../hooks';
import { Loading } from '../Status/Status';
import { Section } from '../Section/Section';
import { useDiscussionPanelStyles } from './DiscussionPanel.styles';

export interface DiscussionPanelProps {
  caseId: string;
  thread: ThreadRef;
  inTeams: boolean;
  locale: string;
}

const NO_TOKEN = -1;

function explain(error: ApiError): string {
  switch (error.status) {
    case NO_TOKEN:
      return 'Teams could not confirm who you are, so your team’s discussion is hidden.';
    case 401:
      return 'The service did not accept your Teams sign-in, so your team’s discussion is hidden. Close and reopen the tab to try again.';
    case 403:
      return 'This discussion belongs to a team you are not a member of, so it is hidden from you.';
    case 404:
      return 'This discussion could not be found. The post may have been removed.';
    default:
      return 'The discussion could not be loaded just now. Try again in a few minutes.';
  }
}

async function loadDiscussion(caseId: string, thread: ThreadRef, signal: AbortSignal) {
  const token = await getSsoToken();
  if (!token) throw new ApiError(NO_TOKEN, 'No sign-in token.');
  return getDiscussion(caseId, thread, token, signal);
}

function Replies({ discussion, locale }: { discussion: DiscussionView; locale: string }) {
  const styles = useDiscussionPanelStyles();
  return (
    <>
      {discussion.replies.length === 0 ? (
        <p className={styles.explanation}>No one in your team has replied yet.</p>
      ) : (
        <ul className={styles.replies}>
          {discussion.replies.map((reply) => (
            <li key={reply.id}>
              <span className={styles.author}>{reply.authorName}</span>
              <time className={styles.time} dateTime={reply.createdAt}>
                {formatDateTime(reply.createdAt, locale)}
                {reply.editedAt ? ' (edited)' : ''}
              </time>
              <p className={styles.text}>{reply.text}</p>
            </li>
          ))}
        </ul>
      )}
      {discussion.threadUrl && (
        <TabLink href={discussion.threadUrl} target="_blank" rel="noopener noreferrer">
          Reply in Teams (opens the thread)
        </TabLink>
      )}
    </>
  );
}

function TeamsDiscussion({ caseId, thread, locale }: Omit<DiscussionPanelProps, 'inTeams'>) {
  const styles = useDiscussionPanelStyles();
  const discussion = useResource(
    (signal) => loadDiscussion(caseId, thread, signal),
    [caseId, threadQuery(thread)],
  );
  if (discussion.status === 'loading') return <Loading label="Loading your team’s discussion…" />;
  if (discussion.status === 'error') {
    return (
      <p className={styles.explanation} role="status">
        {explain(discussion.error)}
      </p>
    );
  }
  return <Replies discussion={discussion.data} locale={locale} />;
}

/** The team's discussion of the case in the channel thread the reader came from. */
export function DiscussionPanel({ caseId, thread, inTeams, locale }: DiscussionPanelProps) {
  const styles = useDiscussionPanelStyles();
  return (
    <Section title="Your team’s discussion" className={styles.panel}>
      {inTeams ? (
        <TeamsDiscussion caseId={caseId} thread={thread} locale={locale} />
      ) : (
        <p className={styles.explanation}>
          The discussion is shown only inside Microsoft Teams, where Teams can confirm who you are
          and that you belong to the team. Open this case from the post in your channel to see it.
        </p>
      )}
    </Section>
  );
}
