import { CardFactory } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../src/config';
import { UpstreamError } from '../src/errors';
import { caseSubPage, tabDeepLink } from '../src/links';
import type { MeetingCasePost, MeetingChatPoster } from '../src/meetings';
import type { MeetingChat } from '../src/store/types';
import { caseCard } from './cards';
import { text } from './cards/types';
import { createConnectorCall } from './connector';
import { botText } from './text';

/**
 * The `MeetingChatPoster` over the Bot Connector: asks whether a person is in a meeting's chat
 * (`GET …/members/{object id}`) and posts the case card there (`POST …/activities`), with the
 * roles' questions and a line saying the chat is the place to discuss it and is not collected.
 */
export function createMeetingChatPoster(
  config: Config,
  options: { credentialsFactory?: ServiceClientCredentialsFactory } = {},
): MeetingChatPoster {
  const call = createConnectorCall(config, options);
  const conversation = (chat: MeetingChat) => `v3/conversations/${encodeURIComponent(chat.id)}`;
  return {
    async isMember(chat, userObjectId) {
      try {
        await call(
          chat.serviceUrl,
          'GET',
          `${conversation(chat)}/members/${encodeURIComponent(userObjectId)}`,
        );
        return true;
      } catch (error) {
        if (error instanceof UpstreamError && error.upstreamStatus === 404) return false;
        throw error;
      }
    },

    async postCase(chat, post: MeetingCasePost) {
      const card = caseCard({
        issue: post.issue,
        caseStudy: post.caseStudy,
        audiences: post.audiences,
        language: post.language,
        readUrl: tabDeepLink(config.teamsAppId, caseSubPage(post.caseStudy.id)),
        lastDiscussionParticipants: null,
        inThread: false,
      });
      const discuss = text(botText(post.language).text('card.meetingChat'), {
        spacing: 'medium',
        separator: true,
      });
      const sent = (await call(chat.serviceUrl, 'POST', `${conversation(chat)}/activities`, {
        type: 'message',
        attachments: [CardFactory.adaptiveCard({ ...card, body: [...card.body, discuss] })],
      })) as { id?: unknown };
      return { messageId: typeof sent.id === 'string' ? sent.id : '' };
    },
  };
}
