export {
  announceNewIssue,
  NEW_ISSUE_ACTIVITY_TYPE,
  type NewIssueNoticeDeps,
  type NoticeCounts,
} from './new-issue';
