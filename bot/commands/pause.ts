import { commandName } from './help';
import { changeStatus } from './subscription-change';
import type { TeamCommand } from './types';

/** `pause` (`oedi`): no weekly post until resumed. */
export const pause: TeamCommand = {
  id: 'pause',
  run: (request) =>
    changeStatus(
      request,
      'paused',
      'paused',
      request.text.text('change.paused', { resume: commandName('resume', request.language) }),
    ),
};
