import { changeStatus } from './subscription-change';
import type { TeamCommand } from './types';

/** `unsubscribe` (`dad-danysgrifio`): the channel's weekly post stops for good (set up again to restart). */
export const unsubscribe: TeamCommand = {
  id: 'unsubscribe',
  run: (request) =>
    changeStatus(request, 'stopped', 'unsubscribed', request.text.text('change.unsubscribed')),
};
