import { changeStatus } from './subscription-change';
import type { TeamCommand } from './types';

/** `pause`: no weekly post until resumed. */
export const pause: TeamCommand = {
  name: 'pause',
  description: 'Pause the weekly case study in this channel',
  run: (request) =>
    changeStatus(
      request,
      'paused',
      'paused',
      'Paused. No case study will be posted here until someone says **resume**.',
    ),
};
