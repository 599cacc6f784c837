export {
  postCaseToMeetingChat,
  type MeetingChatDeps,
  type MeetingChatPostRequest,
} from './post-case';
export type { MeetingCasePost, MeetingChatPoster } from './ports';
