export { pollResults, type PollResults } from './results';
export { openPolls, pollView, vote, voteSchema, type PollDeps } from './vote';
