import type { MessagingExtensionResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { AUDIENCES } from '../../src/content/model';
import { parseSubPage } from '../../src/links';
import type { BotDeps } from '../deps';
import { answerServedForce, caseAttachment, listResult } from './results';

const linkValue = z.looseObject({ url: z.string().max(2048) });

/**
 * `composeExtension/queryLink`: a link to a case in the tab (`https://<host>/#/cases/44-3`),
 * pasted into a conversation, becomes the case card with every audience's questions, as
 * Adaptive Card 1.3 (link unfurling takes no later version). Any other link of ours is left as
 * it is.
 */
export function answerLinkUnfurl(
  deps: BotDeps,
  context: TurnContext,
  value: unknown,
): Promise<MessagingExtensionResponse> {
  return answerServedForce(deps, context, (language) => {
    const caseId = caseIdOfLink(value, deps.config.publicBaseUrl);
    const library = deps.library();
    const caseStudy = caseId === undefined ? undefined : library.caseStudy(caseId);
    const issue = caseStudy && library.issue(caseStudy.issueNumber);
    if (!caseStudy || !issue) return listResult([]);
    return listResult([
      caseAttachment(deps, { issue, caseStudy, audiences: AUDIENCES, language, version: '1.3' }),
    ]);
  });
}

/** The case a link opens in the tab served at `publicBaseUrl`, if it is one. */
export function caseIdOfLink(value: unknown, publicBaseUrl: string): string | undefined {
  const parsed = linkValue.safeParse(value);
  if (!parsed.success || !URL.canParse(parsed.data.url)) return undefined;
  const link = new URL(parsed.data.url);
  const tab = new URL(publicBaseUrl);
  if (link.protocol !== tab.protocol || link.host !== tab.host) return undefined;
  if (link.pathname !== '/') return undefined;
  const page = parseSubPage(link.hash);
  return page.view === 'case' ? page.caseId : undefined;
}
