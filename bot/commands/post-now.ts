import { caseText } from '../../src/content/present';
import type { Delivery } from '../../src/store/types';
import { postNow as postNowHere } from '../../src/subscriptions';
import { escapeMarkdown } from '../cards';
import { subscriptionDepsOf } from '../deps';
import type { BotText } from '../text';
import { answerChange, channelRequestOf } from './subscription-change';
import type { TeamCommand } from './types';

/** `post now` (`postio nawr`): posts this channel's next case at once, through exactly the weekly path. */
export const postNow: TeamCommand = {
  id: 'postNow',
  run: async (request) => {
    const t = request.text;
    const outcome = await postNowHere(
      { ...subscriptionDepsOf(request.deps), deliveries: request.deps.deliveries },
      channelRequestOf(request),
    );
    await answerChange(request, outcome, (result) => {
      if ('failed' in result) {
        return t.text(result.failed === 'restarting' ? 'postNow.restarting' : 'postNow.failed');
      }
      const caseStudy = request.deps.library().caseStudy(result.caseId);
      const title = caseStudy ? caseText(caseStudy, request.language).title : result.caseId;
      return outcomeText(t, result, escapeMarkdown(title));
    });
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
