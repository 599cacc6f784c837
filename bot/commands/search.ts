import { CaseSearch } from '../../src/content/search';
import { escapeMarkdown } from '../cards';
import type { PersonalCommand } from './types';

const MAX_HITS = 5;

/** `search <words>`: the case studies that best match. */
export const search: PersonalCommand = {
  name: 'search',
  description: 'Find case studies about a topic, such as "search mental health"',
  run: async ({ deps, context, args }) => {
    if (args === '') {
      await context.sendActivity('Say **search** and a few words, such as `search mental health`.');
      return;
    }
    const { hits } = CaseSearch.of(deps.library()).search({ text: args, limit: MAX_HITS });
    if (hits.length === 0) {
      await context.sendActivity('No case studies match those words.');
      return;
    }
    const lines = hits.map((hit) => `- ${hit.id}: ${escapeMarkdown(hit.title)}`);
    await context.sendActivity(
      ['**Case studies that match**', ...lines, '', 'Say **case** and an id to read one.'].join(
        '\n',
      ),
    );
  },
};
