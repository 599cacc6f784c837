import { changeStatus } from './subscription-change';
import type { TeamCommand } from './types';

/** `resume` (`ailddechrau`): weekly posts start again. */
export const resume: TeamCommand = {
  id: 'resume',
  run: (request) => changeStatus(request, 'active', null, request.text.text('change.resumed')),
};
