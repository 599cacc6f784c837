import { escapeMarkdown } from '../cards';
import type { PersonalCommand } from './types';

/** `latest`: the newest issue and its case studies. */
export const latest: PersonalCommand = {
  name: 'latest',
  description: 'The latest issue and its case studies',
  run: async ({ deps, context }) => {
    const issue = deps.library().latest;
    if (!issue) {
      await context.sendActivity('No issue has been published yet.');
      return;
    }
    const lines = [
      `**Issue ${issue.number}: ${escapeMarkdown(issue.title)}** (${issue.publishedOn})`,
      ...issue.cases.map((caseStudy) => `- ${caseStudy.id}: ${escapeMarkdown(caseStudy.title)}`),
      '',
      'Say **case** and an id, such as `case ' + (issue.cases[0]?.id ?? '44-1') + '`, to read one.',
    ];
    await context.sendActivity(lines.join('\n'));
  },
};
