import { CardFactory } from 'botbuilder';
import { AUDIENCES } from '../../src/content/model';
import { isCaseId } from '../../src/ids';
import { caseSubPage, tabDeepLink } from '../../src/links';
import { caseCard } from '../cards';
import { commandName } from './help';
import type { PersonalCommand } from './types';

/** `case <id>` (`achos <id>`): one case study as a card, with every audience's questions. */
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
    });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
