import type { Audience, Library } from '../content/model';
import { AppError, forbidden, notFound, UpstreamError } from '../errors';
import type { TabIdentity } from '../identity/tab-token';
import type { Language } from '../i18n/language';
import type { Logger } from '../logger';
import type { MeetingChat, Store } from '../store/types';
import type { MeetingChatPoster } from './ports';

/** What a presenter asks to post: a case, the roles present, in their language. */
export interface MeetingChatPostRequest {
  chatId: string;
  caseId: string;
  /** Whose reflective questions to include; every role's when empty. */
  audiences: Audience[];
  language: Language;
}

export interface MeetingChatDeps {
  store: Store;
  library: () => Library;
  poster: MeetingChatPoster;
  logger: Logger;
  /**
   * Whether to ask Teams that the caller is in the chat: not in local mode, where the local person
   * stands in for everyone and is in no real chat.
   */
  checkMembership: boolean;
}

const notInChat = () =>
  new AppError(
    'Conflict',
    'Learning the Lessons is not in this meeting’s chat: add it to the meeting, then try again.',
  );

/**
 * A presenter puts a case in their meeting's chat, for the discussion to go on there: the chat
 * must be one the app was added to, in the caller's own force, with the caller in it. The bot
 * posts the case card, and the audit trail records who asked. Replies in the chat are not
 * collected.
 */
export async function postCaseToMeetingChat(
  deps: MeetingChatDeps,
  caller: Pick<TabIdentity, 'tenantId' | 'userObjectId'>,
  request: MeetingChatPostRequest,
): Promise<{ messageId: string }> {
  const library = deps.library();
  const caseStudy = library.caseStudy(request.caseId);
  const issue = caseStudy && library.issue(caseStudy.issueNumber);
  if (!caseStudy || !issue) throw notFound(`There is no case study ${request.caseId}.`);
  const chat = await deps.store.meetingChats.get(caller.tenantId, request.chatId);
  if (!chat) throw notInChat();
  let messageId: string;
  try {
    if (deps.checkMembership && !(await deps.poster.isMember(chat, caller.userObjectId))) {
      throw forbidden('Only people in this meeting’s chat can post to it.');
    }
    ({ messageId } = await deps.poster.postCase(chat, {
      issue,
      caseStudy,
      audiences: request.audiences,
      language: request.language,
    }));
  } catch (error) {
    throw await refusal(deps, chat, error);
  }
  await deps.store.audit.append({
    tenantId: chat.tenantId,
    actor: caller.userObjectId,
    action: 'meeting.casePosted',
    subject: chat.id,
    detail: { caseId: caseStudy.id, audiences: request.audiences },
  });
  return { messageId };
}

/** What the caller is told when Teams refused or failed: the app gone, the force's switch, or later. */
async function refusal(deps: MeetingChatDeps, chat: MeetingChat, error: unknown): Promise<unknown> {
  if (!(error instanceof UpstreamError)) return error;
  deps.logger.warn(
    { tenantId: chat.tenantId, status: error.upstreamStatus, code: error.code },
    'meeting chat post refused',
  );
  if (error.code === 'BotDisabledByAdmin') {
    return forbidden('Your organisation has turned this app off.');
  }
  if (error.code === 'MessageWritesBlocked') {
    return forbidden('This meeting’s chat takes no messages from apps.');
  }
  if (error.upstreamStatus === 404 || error.upstreamStatus === 403) {
    await deps.store.meetingChats.delete(chat.tenantId, chat.id);
    return notInChat();
  }
  if (error.upstreamStatus === 429) {
    return new AppError('TooManyRequests', 'Teams asked the app to slow down: try again shortly.', {
      retryAfterSeconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 5_000) / 1_000)),
    });
  }
  return new AppError('Unavailable', 'The case could not be posted just now: try again shortly.', {
    cause: error,
  });
}
