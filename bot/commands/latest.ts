import { caseText, issueText } from '../../src/content/present';
import { escapeMarkdown } from '../cards';
import { commandName } from './help';
import type { PersonalCommand } from './types';

/** `latest` (`diweddaraf`): the newest issue and its case studies, in Welsh where translated. */
export const latest: PersonalCommand = {
  id: 'latest',
  run: async ({ deps, context, language, text: t }) => {
    const issue = deps.library().latest;
    if (!issue) {
      await context.sendActivity(t.text('latest.none'));
      return;
    }
    const text = issueText(issue, language);
    const lines = [
      t.text('latest.heading', {
        number: issue.number,
        title: escapeMarkdown(text.title),
        date: t.date(issue.publishedOn),
      }),
      ...(text.language === language ? [] : [t.text('issue.untranslated')]),
      ...issue.cases.map((caseStudy) =>
        t.text('latest.case', {
          id: caseStudy.id,
          title: escapeMarkdown(caseText(caseStudy, language).title),
        }),
      ),
      '',
      t.text('latest.hint', {
        command: commandName('case', language),
        id: issue.cases[0]?.id ?? '44-1',
      }),
    ];
    await context.sendActivity(lines.join('\n'));
  },
};
