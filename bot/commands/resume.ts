import { resumeSubscription } from '../../src/subscriptions';
import { subscriptionDepsOf } from '../deps';
import { answerChange, channelRequestOf } from './subscription-change';
import type { TeamCommand } from './types';

/** `resume` (`ailddechrau`): weekly posts start again. */
export const resume: TeamCommand = {
  id: 'resume',
  run: async (request) =>
    answerChange(
      request,
      await resumeSubscription(subscriptionDepsOf(request.deps), channelRequestOf(request)),
      () => request.text.text('change.resumed'),
    ),
};
