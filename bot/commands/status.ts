import { CardFactory } from 'botbuilder';
import { DateTime } from 'luxon';
import { AUDIENCE_LABELS } from '../../src/content/model';
import { nextPostAt } from '../../src/schedule';
import { defaultChoices, escapeMarkdown, setupCard, WEEKDAYS } from '../cards';
import { choicesOf, setupChannels } from '../setup';
import type { TeamCommand, TeamCommandRequest } from './types';

/** `status`: this channel's subscription, next post, last case posted and how many replied. */
export const status: TeamCommand = {
  name: 'status',
  description: 'Show this channel\u2019s weekly case study, next post and last discussion',
  run: async (request) => {
    const { deps, context, place } = request;
    const subscription = await deps.store.findSubscriptionByChannel(
      place.tenantId,
      place.channelId,
    );
    if (!subscription || subscription.status === 'stopped') return sendSetupCard(request);
    const lines = [
      `**Weekly case study in this channel: ${subscription.status === 'active' ? 'on' : 'paused'}**`,
      `- When: ${WEEKDAYS[subscription.weekday - 1]} at ${subscription.time} (${subscription.timeZone})`,
      `- Questions for: ${subscription.audiences.map((audience) => AUDIENCE_LABELS[audience]).join(', ')}`,
      `- Themes: ${subscription.themes.length > 0 ? escapeMarkdown(subscription.themes.join(', ')) : 'every theme'}`,
    ];
    if (subscription.status === 'active') {
      const next = DateTime.fromJSDate(nextPostAt(subscription, new Date()), {
        zone: subscription.timeZone,
      });
      lines.push(`- Next post: ${next.setLocale('en-GB').toFormat("cccc d LLLL 'at' HH:mm")}`);
    }
    const last = await deps.store.latestPostedThread(place.tenantId, place.channelId);
    if (last) {
      const caseStudy = deps.library().caseStudy(last.caseId);
      const title = caseStudy ? `${last.caseId} ${escapeMarkdown(caseStudy.title)}` : last.caseId;
      const posted = DateTime.fromJSDate(last.postedAt, { zone: subscription.timeZone }).setLocale(
        'en-GB',
      );
      const repliers = await deps.store.countRepliers(
        place.tenantId,
        place.channelId,
        last.rootMessageId,
      );
      lines.push(`- Last case: ${title}, posted ${posted.toFormat('d LLLL')}`);
      lines.push(`- ${repliers} ${repliers === 1 ? 'colleague' : 'colleagues'} replied to it`);
    } else {
      lines.push('- No case has been posted here yet.');
    }
    await context.sendActivity(lines.join('\n'));
  },
};

async function sendSetupCard(request: TeamCommandRequest): Promise<void> {
  const { deps, context, place } = request;
  const channels = await setupChannels(deps.store, place.tenantId, place.teamId);
  const existing = await deps.store.findSubscriptionByChannel(place.tenantId, place.channelId);
  const card = setupCard({
    channels,
    themes: deps.library().themes,
    choices: existing ? choicesOf(existing) : defaultChoices(place.channelId),
  });
  await context.sendActivity({
    text: 'This channel has no weekly case study yet. Choose when to post one:',
    attachments: [CardFactory.adaptiveCard(card)],
  });
}
