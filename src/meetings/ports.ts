import type { Audience, CaseStudy, Issue } from '../content/model';
import type { Language } from '../i18n/language';
import type { MeetingChat } from '../store/types';

/** A case to put in a meeting's chat: `bot/` turns it into the case card. */
export interface MeetingCasePost {
  issue: Issue;
  caseStudy: CaseStudy;
  /** Whose reflective questions the card carries (the roles present). */
  audiences: readonly Audience[];
  /** The presenter's language. */
  language: Language;
}

/**
 * The bot's side of a meeting chat, over the Bot Connector. A failure is an `UpstreamError` with
 * the connector's status and code.
 */
export interface MeetingChatPoster {
  /** Whether a person (Entra object id) is in the chat. */
  isMember(chat: MeetingChat, userObjectId: string): Promise<boolean>;
  /** Posts the case card into the chat; returns the new message's id. */
  postCase(chat: MeetingChat, post: MeetingCasePost): Promise<{ messageId: string }>;
}
