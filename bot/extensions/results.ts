import {
  CardFactory,
  type MessagingExtensionAttachment,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import { caseText, issueText } from '../../src/content/present';
import type { Audience, CaseStudy, Issue } from '../../src/content/model';
import type { Language } from '../../src/i18n/language';
import { caseSubPage, tabDeepLink } from '../../src/links';
import { caseCard, escapeMarkdown, type CardVersion } from '../cards';
import type { BotDeps } from '../deps';
import { botText, languageOfTurn } from '../text';
import { tenantOf } from '../turn';

/** A case as a message extension offers it: the card to insert and its line in the list. */
export interface CaseResult {
  issue: Issue;
  caseStudy: CaseStudy;
  /** Whose reflective questions the card carries. */
  audiences: readonly Audience[];
  language: Language;
  version: CardVersion;
}

/** The case card to insert, with a preview (title, issue and summary) for the list of results. */
export function caseAttachment(deps: BotDeps, result: CaseResult): MessagingExtensionAttachment {
  const { issue, caseStudy, audiences, language, version } = result;
  const card = caseCard({
    issue,
    caseStudy,
    audiences,
    language,
    readUrl: tabDeepLink(deps.config.teamsAppId, caseSubPage(caseStudy.id)),
    lastDiscussionParticipants: null,
    inThread: false,
    version,
  });
  const shown = caseText(caseStudy, language);
  const preview = CardFactory.thumbnailCard(
    escapeMarkdown(shown.title),
    escapeMarkdown(shown.summary),
    undefined,
    undefined,
    {
      subtitle: escapeMarkdown(
        botText(language).text('extension.preview', {
          number: issue.number,
          theme: issueText(issue, language).theme,
        }),
      ),
    },
  );
  return { ...CardFactory.adaptiveCard(card), preview };
}

/** Cards to choose from (a search) or the one card of an unfurled link; none leaves a link as it is. */
export function listResult(
  attachments: MessagingExtensionAttachment[],
): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

/** A sentence in place of results: why there are none. */
export function messageResult(text: string): MessagingExtensionResponse {
  return { composeExtension: { type: 'message', text } };
}

/**
 * Answers a message extension invoke for a member of a served force: anyone else gets the
 * sentence saying the service is not enabled, and a failure gets an apology, never a card.
 */
export async function answerServedForce(
  deps: BotDeps,
  context: TurnContext,
  answer: (language: Language) => MessagingExtensionResponse,
): Promise<MessagingExtensionResponse> {
  const language = languageOfTurn(context);
  const t = botText(language);
  try {
    const tenantId = tenantOf(context);
    if (!tenantId || !(await deps.tenantAccess.isAllowed(tenantId))) {
      return messageResult(t.text('notEnabled'));
    }
    return answer(language);
  } catch (error) {
    deps.logger.error({ err: error, invoke: context.activity.name }, 'message extension failed');
    return messageResult(t.text('turnFailed'));
  }
}
