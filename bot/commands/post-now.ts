import { AppError } from '../../src/errors';
import type { Delivery } from '../../src/store/types';
import { escapeMarkdown } from '../cards';
import { actorOf } from '../turn';
import { ownerOrRefuse, subscriptionHere } from './subscription-change';
import type { TeamCommand } from './types';

/** `post now`: posts this channel's next case at once, through exactly the weekly path. */
export const postNow: TeamCommand = {
  name: 'post now',
  description: 'Post this channel\u2019s next case study now',
  run: async (request) => {
    const subscription = await subscriptionHere(request);
    if (!subscription || !(await ownerOrRefuse(request))) return;
    let delivery: Delivery;
    try {
      delivery = await request.deps.deliveries.postNow(subscription, actorOf(request.context));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await request.context.sendActivity(error.title);
      return;
    }
    const title = request.deps.library().caseStudy(delivery.caseId)?.title ?? delivery.caseId;
    await request.context.sendActivity(outcomeText(delivery, escapeMarkdown(title)));
  },
};

function outcomeText(delivery: Delivery, title: string): string {
  switch (delivery.status) {
    case 'sent':
      return `Posted **${title}** as a new thread in this channel.`;
    case 'pending':
    case 'sending':
      return `**${title}** is on its way to this channel.`;
    case 'skipped':
      return 'There is no case study to post here right now.';
    case 'gone':
      return 'The app can no longer post in this channel, so the weekly case study here has stopped.';
    case 'failed':
      return delivery.reason === 'BotDisabledByAdmin'
        ? 'Your organisation has turned this app off, so no case study can be posted until it is turned back on.'
        : 'The case study could not be posted just now. Please try again later.';
  }
}
