import { CardFactory } from 'botbuilder';
import { caseText, glossaryOf } from '../../src/content';
import { nextPostAt } from '../../src/schedule';
import { choicesOf, defaultChoices } from '../../src/subscriptions';
import { escapeMarkdown, setupCard } from '../cards';
import { setupChannels } from '../setup';
import { dayIn, momentIn, weeklyTime } from '../text';
import type { TeamCommand, TeamCommandRequest } from './types';

/** `status` (`statws`): this channel's subscription, next post, last case posted and how many replied. */
export const status: TeamCommand = {
  id: 'status',
  run: async (request) => {
    const { deps, context, place, language, text: t } = request;
    const subscription = await deps.store.subscriptions.findByChannel(
      place.tenantId,
      place.channelId,
    );
    if (!subscription || subscription.status === 'stopped') return sendSetupCard(request);
    const library = deps.library();
    const glossary = glossaryOf(library);
    const themes = subscription.themes.map((theme) => glossary.theme(theme, language));
    const lines = [
      t.text('status.heading', { status: subscription.status }),
      t.text('status.when', {
        when: weeklyTime(t, subscription.weekday, subscription.time, subscription.timeZone),
      }),
      t.text('status.audiences', {
        audiences: t.list(subscription.audiences.map((audience) => t.text(`audience.${audience}`))),
      }),
      t.text('status.themes', {
        themes: themes.length > 0 ? escapeMarkdown(t.list(themes)) : t.text('status.everyTheme'),
      }),
      t.text('status.language', { language: t.text(`postLanguage.${subscription.postLanguage}`) }),
    ];
    if (subscription.status === 'active') {
      const next = nextPostAt(subscription, new Date());
      lines.push(t.text('status.next', { next: momentIn(t, next, subscription.timeZone, false) }));
    }
    const last = await deps.store.discussion.latestThread(place.tenantId, place.channelId);
    if (last) {
      const caseStudy = library.caseStudy(last.caseId);
      const title = caseStudy
        ? `${last.caseId} ${escapeMarkdown(caseText(caseStudy, language).title)}`
        : last.caseId;
      const repliers = await deps.store.discussion.countRepliers(
        place.tenantId,
        place.channelId,
        last.rootMessageId,
      );
      lines.push(
        t.text('status.last', { title, date: dayIn(t, last.postedAt, subscription.timeZone) }),
        t.text('status.replies', { count: repliers }),
      );
    } else {
      lines.push(t.text('status.noPost'));
    }
    await context.sendActivity(lines.join('\n'));
  },
};

async function sendSetupCard(request: TeamCommandRequest): Promise<void> {
  const { deps, context, place, language, text: t } = request;
  const channels = await setupChannels(deps.store, place, t);
  const existing = await deps.store.subscriptions.findByChannel(place.tenantId, place.channelId);
  const card = setupCard({
    channels,
    themes: deps.library().themes,
    glossary: glossaryOf(deps.library()),
    language,
    choices: existing ? choicesOf(existing) : defaultChoices(place.channelId, language),
  });
  await context.sendActivity({
    text: t.text('status.setUp'),
    attachments: [CardFactory.adaptiveCard(card)],
  });
}
