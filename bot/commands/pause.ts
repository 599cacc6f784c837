import { pauseSubscription } from '../../src/subscriptions';
import { subscriptionDepsOf } from '../deps';
import { commandName } from './help';
import { answerChange, channelRequestOf } from './subscription-change';
import type { TeamCommand } from './types';

/** `pause` (`oedi`): no weekly post until resumed. */
export const pause: TeamCommand = {
  id: 'pause',
  run: async (request) =>
    answerChange(
      request,
      await pauseSubscription(subscriptionDepsOf(request.deps), channelRequestOf(request)),
      () => request.text.text('change.paused', { resume: commandName('resume', request.language) }),
    ),
};
