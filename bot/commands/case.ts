import { CardFactory } from 'botbuilder';
import { AUDIENCES } from '../../src/content/model';
import { caseSubPage, tabDeepLink } from '../../src/links';
import { caseCard } from '../cards';
import type { PersonalCommand } from './types';

/** `case <id>`: one case study as a card, with every audience's questions. */
export const caseCommand: PersonalCommand = {
  name: 'case',
  description: 'Show a case study by its id, such as "case 44-3"',
  run: async ({ deps, context, args }) => {
    const id = args.split(' ')[0] ?? '';
    const library = deps.library();
    const caseStudy = /^\d{1,4}-\d{1,3}$/.test(id) ? library.caseStudy(id) : undefined;
    const issue = caseStudy ? library.issue(caseStudy.issueNumber) : undefined;
    if (!caseStudy || !issue) {
      await context.sendActivity(
        'I can\u2019t find that case. Case ids look like `44-3`; say **latest** to see some.',
      );
      return;
    }
    const card = caseCard({
      issue,
      caseStudy,
      audiences: AUDIENCES,
      readUrl: tabDeepLink(deps.config.teamsAppId, caseSubPage(caseStudy.id)),
      lastDiscussionParticipants: null,
      inThread: false,
    });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
