import { CaseSearch } from '../../src/content/search';
import { escapeMarkdown } from '../cards';
import { commandName } from './help';
import type { PersonalCommand } from './types';

const MAX_HITS = 5;

/** `search <words>` (`chwilio`): the case studies that best match, in English or Welsh words. */
export const search: PersonalCommand = {
  id: 'search',
  run: async ({ deps, context, args, language, text: t }) => {
    if (args === '') {
      await context.sendActivity(
        t.text('search.empty', { command: commandName('search', language) }),
      );
      return;
    }
    const { hits } = CaseSearch.of(deps.library()).search({
      text: args,
      limit: MAX_HITS,
      language,
    });
    if (hits.length === 0) {
      await context.sendActivity(t.text('search.none'));
      return;
    }
    const lines = hits.map((hit) =>
      t.text('latest.case', { id: hit.id, title: escapeMarkdown(hit.title) }),
    );
    await context.sendActivity(
      [
        t.text('search.heading'),
        ...lines,
        '',
        t.text('search.hint', { command: commandName('case', language) }),
      ].join('\n'),
    );
  },
};
