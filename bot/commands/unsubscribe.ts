import { unsubscribe as unsubscribeChannel } from '../../src/subscriptions';
import { subscriptionDepsOf } from '../deps';
import { answerChange, channelRequestOf } from './subscription-change';
import type { TeamCommand } from './types';

/** `unsubscribe` (`dad-danysgrifio`): the channel's weekly post stops for good (set up again to restart). */
export const unsubscribe: TeamCommand = {
  id: 'unsubscribe',
  run: async (request) =>
    answerChange(
      request,
      await unsubscribeChannel(subscriptionDepsOf(request.deps), channelRequestOf(request)),
      () => request.text.text('change.unsubscribed'),
    ),
};
