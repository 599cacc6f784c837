import { changeStatus } from './subscription-change';
import type { TeamCommand } from './types';

/** `resume`: weekly posts start again. */
export const resume: TeamCommand = {
  name: 'resume',
  description: 'Resume the weekly case study in this channel',
  run: (request) =>
    changeStatus(
      request,
      'active',
      null,
      'Resumed. The weekly case study will be posted here again.',
    ),
};
