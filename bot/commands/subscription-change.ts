import type { ChangeOutcome } from '../../src/subscriptions';
import { refusalText } from '../text';
import { actorOf } from '../turn';
import { commandName } from './help';
import type { TeamCommandRequest } from './types';

/** The channel a command was typed in, and who typed it, for a subscription use case. */
export function channelRequestOf(request: TeamCommandRequest) {
  return { ...request.place, actor: actorOf(request.context) };
}

/**
 * Answers a change to the channel's weekly post: that there is none (stopped counts as none),
 * that only owners may change it, or, when it was done, `done`'s answer.
 */
export async function answerChange<T>(
  request: TeamCommandRequest,
  outcome: ChangeOutcome<T>,
  done: (result: T) => string,
): Promise<void> {
  const t = request.text;
  const answer =
    outcome.kind === 'none'
      ? t.text('change.noSubscription', { status: commandName('status', request.language) })
      : outcome.kind === 'refused'
        ? refusalText(t, outcome.refusal)
        : done(outcome.result);
  await request.context.sendActivity(answer);
}
