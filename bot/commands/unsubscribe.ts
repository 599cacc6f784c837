import { changeStatus } from './subscription-change';
import type { TeamCommand } from './types';

/** `unsubscribe`: the channel's weekly post stops for good (set up again to restart). */
export const unsubscribe: TeamCommand = {
  name: 'unsubscribe',
  description: 'Stop the weekly case study in this channel',
  run: (request) =>
    changeStatus(
      request,
      'stopped',
      'unsubscribed',
      'Unsubscribed. No more case studies will be posted here. Replies already collected stay with your force.',
    ),
};
