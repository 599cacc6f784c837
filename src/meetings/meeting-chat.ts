/** A meeting's chat as Teams names it: `19:meeting_<id>@thread.v2`. */
const meetingChatId = /^19:meeting_[A-Za-z0-9+/=_-]{1,400}@thread\.v2$/;

/** Whether a conversation id is a meeting's chat (not a channel, a group chat or a personal chat). */
export function isMeetingChatId(id: string): boolean {
  return meetingChatId.test(id);
}
