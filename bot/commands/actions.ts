import { textFor } from '../../src/i18n';
import { caseSubPage, tabDeepLink } from '../../src/links';
import { escapeMarkdown } from '../cards';
import type { TeamCommand } from './types';

/**
 * `actions` (`camau`): the team's open actions from its responses to case studies, soonest due
 * first, each with whom it is assigned to and a link to its case page (where the response is).
 */
export const actions: TeamCommand = {
  id: 'actions',
  run: async ({ deps, context, place, language }) => {
    const t = textFor('response', language);
    const team = await deps.store.teams.get(place.tenantId, place.teamId);
    if (!team?.graphGroupId) {
      await context.sendActivity(t.text('actions.noTeam'));
      return;
    }
    const open = await deps.store.responses.openActions(place.tenantId, team.graphGroupId);
    if (open.length === 0) {
      await context.sendActivity(t.text('actions.none'));
      return;
    }
    const lines = open.map((action) =>
      t.text('actions.line', {
        description: escapeMarkdown(action.description),
        details: [
          action.assigneeName
            ? t.text('response.assignedTo', { name: escapeMarkdown(action.assigneeName) })
            : t.text('response.unassigned'),
          ...(action.dueOn ? [t.text('response.dueOn', { date: t.date(action.dueOn) })] : []),
        ].join(', '),
        caseId: action.caseId,
        url: tabDeepLink(deps.config.teamsAppId, caseSubPage(action.caseId)),
      }),
    );
    await context.sendActivity(
      [t.text('actions.heading', { count: open.length }), ...lines].join('\n'),
    );
  },
};
