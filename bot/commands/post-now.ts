import { caseText } from '../../src/content/present';
import { AppError } from '../../src/errors';
import type { Delivery } from '../../src/store/types';
import { escapeMarkdown } from '../cards';
import type { BotText } from '../text';
import { actorOf } from '../turn';
import { ownerOrRefuse, subscriptionHere } from './subscription-change';
import type { TeamCommand } from './types';

/** `post now` (`postio nawr`): posts this channel's next case at once, through exactly the weekly path. */
export const postNow: TeamCommand = {
  id: 'postNow',
  run: async (request) => {
    const subscription = await subscriptionHere(request);
    if (!subscription || !(await ownerOrRefuse(request))) return;
    const t = request.text;
    let delivery: Delivery;
    try {
      delivery = await request.deps.deliveries.postNow(subscription, actorOf(request.context));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const key = error.name === 'Unavailable' ? 'postNow.restarting' : 'postNow.failed';
      await request.context.sendActivity(t.text(key));
      return;
    }
    const caseStudy = request.deps.library().caseStudy(delivery.caseId);
    const title = caseStudy ? caseText(caseStudy, request.language).title : delivery.caseId;
    await request.context.sendActivity(outcomeText(t, delivery, escapeMarkdown(title)));
  },
};

function outcomeText(t: BotText, delivery: Delivery, title: string): string {
  switch (delivery.status) {
    case 'sent':
      return t.text('postNow.sent', { title });
    case 'pending':
    case 'sending':
      return t.text('postNow.pending', { title });
    case 'skipped':
      return t.text('postNow.skipped');
    case 'gone':
      return t.text('postNow.gone');
    case 'failed':
      return delivery.reason === 'BotDisabledByAdmin'
        ? t.text('postNow.disabled')
        : t.text('postNow.failed');
  }
}
