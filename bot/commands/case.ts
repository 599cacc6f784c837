import { CardFactory } from 'botbuilder';
import { AUDIENCES } from '../../src/content/model';
import { isCaseId } from '../../src/ids';
import { briefingSheetPath, caseSubPage, tabDeepLink } from '../../src/links';
import { caseCard } from '../cards';
import { commandName } from './help';
import type { PersonalCommand } from './types';

/**
 * `case <id>` (`achos <id>`): one case study as a card (its issue's content warning first), with
 * every audience's questions, a link to the case in the tab and a link to its briefing sheet (a
 * link, not a file: a bot may send a file only after the person accepts a consent card).
 */
export const caseCommand: PersonalCommand = {
  id: 'case',
  run: async ({ deps, context, args, language, text: t }) => {
    const id = args.split(' ')[0] ?? '';
    const library = deps.library();
    const caseStudy = isCaseId(id) ? library.caseStudy(id) : undefined;
    const issue = caseStudy ? library.issue(caseStudy.issueNumber) : undefined;
    if (!caseStudy || !issue) {
      await context.sendActivity(
        t.text('case.notFound', { latest: commandName('latest', language) }),
      );
      return;
    }
    const card = caseCard({
      issue,
      caseStudy,
      audiences: AUDIENCES,
      language,
      readUrl: tabDeepLink(deps.config.teamsAppId, caseSubPage(caseStudy.id)),
      lastDiscussionParticipants: null,
      inThread: false,
      sheetUrl: new URL(
        briefingSheetPath(caseStudy.id, [], language),
        deps.config.publicBaseUrl,
      ).toString(),
    });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
