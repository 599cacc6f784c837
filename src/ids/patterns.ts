/**
 * The shapes of the ids the service reads from people, Teams and Entra, each written once. Free of
 * imports: the tab's links use them too.
 */

/** A GUID, such as an Entra tenant or object id, or a delivery id; any case. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case study's id, `<issue>-<n>` (`44-3`): an issue up to 9999, a case up to 999. */
export const CASE_ID = /^[1-9]\d{0,3}-[1-9]\d{0,2}$/;

/** An issue's number as it appears in a link: up to four digits. */
export const ISSUE_NUMBER = /^\d{1,4}$/;

/** A page of an issue as published, from 1, as it appears in a link: up to four digits. */
export const PAGE_NUMBER = /^[1-9]\d{0,3}$/;

/** A meeting's chat as Teams names it: `19:meeting_<id>@thread.v2`. */
export const MEETING_CHAT_ID = /^19:meeting_[A-Za-z0-9+/=_-]{1,400}@thread\.v2$/;

/** A local time of day, `HH:mm` on the 24-hour clock; the groups are the hour and the minute. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** An ISO weekday as text: `1` (Monday) to `7` (Sunday). */
export const ISO_WEEKDAY = /^[1-7]$/;

/** Whether `value` is a GUID. */
export const isGuid = (value: string): boolean => GUID.test(value);

/** Whether `value` is a case study's id. */
export const isCaseId = (value: string): boolean => CASE_ID.test(value);

/** Whether a conversation id is a meeting's chat (not a channel, a group chat or a personal chat). */
export const isMeetingChatId = (value: string): boolean => MEETING_CHAT_ID.test(value);

/** Whether `value` is a time of day, `HH:mm`. */
export const isTimeOfDay = (value: string): boolean => TIME_OF_DAY.test(value);
