import type { DiscussionView } from '../../../src/content/views';
import { threadQuery, type ThreadRef } from '../../../src/links';
import { getDiscussion, NO_TOKEN, type ApiError } from '../../api';
import { useResource } from '../../hooks';
import { useText, type TabKey } from '../../i18n';
import { TabLink } from '../TabLink/TabLink';
import { Loading } from '../Status/Status';
import { Section } from '../Section/Section';
import { useDiscussionPanelStyles } from './DiscussionPanel.styles';

export interface DiscussionPanelProps {
  caseId: string;
  thread: ThreadRef;
  inTeams: boolean;
}

function explanation(error: ApiError, inTeams: boolean): TabKey {
  switch (error.status) {
    case NO_TOKEN:
      return 'discussion.noToken';
    case 401:
      return inTeams ? 'discussion.refused' : 'discussion.outsideTeams';
    case 403:
      return 'discussion.forbidden';
    case 404:
      return 'discussion.notFound';
    default:
      return 'discussion.failed';
  }
}

function Replies({ discussion }: { discussion: DiscussionView }) {
  const styles = useDiscussionPanelStyles();
  const { text, dateTime } = useText();
  return (
    <>
      {discussion.replies.length === 0 ? (
        <p className={styles.explanation}>{text('discussion.empty')}</p>
      ) : (
        <ul className={styles.replies}>
          {discussion.replies.map((reply) => (
            <li key={reply.id}>
              <span className={styles.author}>{reply.authorName}</span>
              <time className={styles.time} dateTime={reply.createdAt}>
                {reply.editedAt
                  ? text('discussion.edited', { time: dateTime(reply.createdAt) })
                  : dateTime(reply.createdAt)}
              </time>
              <p className={styles.text}>{reply.text}</p>
            </li>
          ))}
        </ul>
      )}
      {discussion.threadUrl && (
        <TabLink href={discussion.threadUrl} target="_blank" rel="noopener noreferrer">
          {text('discussion.reply')}
        </TabLink>
      )}
    </>
  );
}

/**
 * The team's discussion of the case in the channel thread the reader came from: inside Teams for
 * the signed-in member; outside Teams only where the service runs in local mode.
 */
export function DiscussionPanel({ caseId, thread, inTeams }: DiscussionPanelProps) {
  const styles = useDiscussionPanelStyles();
  const { text } = useText();
  return (
    <Section title={text('discussion.title')} className={styles.panel}>
      <Discussion caseId={caseId} thread={thread} inTeams={inTeams} />
    </Section>
  );
}

function Discussion({ caseId, thread, inTeams }: DiscussionPanelProps) {
  const styles = useDiscussionPanelStyles();
  const { text } = useText();
  const discussion = useResource(
    (signal) => getDiscussion(caseId, thread, inTeams, signal),
    [caseId, threadQuery(thread), inTeams],
  );
  if (discussion.status === 'loading') return <Loading label={text('discussion.loading')} />;
  if (discussion.status === 'error') {
    return (
      <p className={styles.explanation} role="status">
        {text(explanation(discussion.error, inTeams))}
      </p>
    );
  }
  return <Replies discussion={discussion.data} />;
}
