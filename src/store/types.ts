import type { Audience } from '../content/model';
import type { PostLanguage } from '../i18n/language';

/**
 * What the service keeps: the rows of each aggregate, as the repositories (`repositories.ts`)
 * read and write them. Every row carries its tenant: a force's data is only ever read with that
 * force's tenant id.
 */

export type TenantStatus = 'invited' | 'consented' | 'suspended';

export interface Tenant {
  /** Entra tenant id (a lower-case GUID). */
  id: string;
  name: string | null;
  status: TenantStatus;
  /** Why the status was last changed (for example `BotDisabledByAdmin`), if known. */
  statusReason: string | null;
  /** How long discussion replies are kept. */
  retentionMonths: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Team {
  tenantId: string;
  /** Bot Framework team id, `19:…@thread.tacv2`. */
  id: string;
  /** The team's Microsoft 365 group id, which Graph calls the team id. */
  graphGroupId: string | null;
  name: string | null;
  serviceUrl: string;
  installedAt: Date;
  removedAt: Date | null;
  removedReason: string | null;
}

export interface Channel {
  tenantId: string;
  teamId: string;
  /** `19:…@thread.tacv2`; the General channel has the team's id. */
  id: string;
  name: string | null;
  removedAt: Date | null;
}

export type SubscriptionStatus = 'active' | 'paused' | 'stopped';

/** A channel's weekly post: one per channel. */
export interface Subscription {
  id: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** Local time `HH:mm` in `timeZone`. */
  time: string;
  /** IANA zone, default `Europe/London`. */
  timeZone: string;
  audiences: Audience[];
  /** Themes to draw cases from; empty means every theme. */
  themes: string[];
  /** Whether the team gets an activity-feed notice of a new issue. */
  notifyNewIssues: boolean;
  /** What the weekly post is written in: English, Welsh, or both with the Welsh first. */
  postLanguage: PostLanguage;
  status: SubscriptionStatus;
  /** Why it was paused or stopped (`unsubscribed`, `BotNotInConversationRoster`, …). */
  statusReason: string | null;
  /** Entra object id of whoever last saved it. */
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A subscription to save; its post is in English unless it says otherwise. */
export type NewSubscription = Omit<
  Subscription,
  'id' | 'createdAt' | 'updatedAt' | 'postLanguage'
> & {
  postLanguage?: PostLanguage;
};

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'gone' | 'skipped';

/** One post of one case to one subscribed channel, keyed by (subscription, week). */
export interface Delivery {
  id: string;
  subscriptionId: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  /** The week in the subscription's time zone (`2026-W48`), or `now-<id>` for a `post now`. */
  weekKey: string;
  caseId: string;
  dueAt: Date;
  status: DeliveryStatus;
  attempts: number;
  /** The root message id of the thread it started, once sent. */
  rootMessageId: string | null;
  /** Why it failed, went or was skipped. */
  reason: string | null;
  /** Re-sent after a crash without a way to check the channel. */
  possibleDuplicate: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type NewDelivery = Pick<
  Delivery,
  'subscriptionId' | 'tenantId' | 'teamId' | 'channelId' | 'weekKey' | 'caseId' | 'dueAt'
>;

export type DeliveryUpdate = Partial<
  Pick<
    Delivery,
    'status' | 'attempts' | 'rootMessageId' | 'reason' | 'possibleDuplicate' | 'caseId'
  >
>;

/** A thread the bot started in a channel; replies under it are collected. */
export interface PostedThread {
  tenantId: string;
  teamId: string;
  channelId: string;
  rootMessageId: string;
  caseId: string;
  deliveryId: string | null;
  postedAt: Date;
}

/**
 * Which reply: Teams message ids are times in milliseconds, unique only within their conversation
 * (`<channel id>;messageid=<root message id>`), so a reply is named by its thread and its id.
 */
export interface ReplyKey {
  tenantId: string;
  channelId: string;
  rootMessageId: string;
  /** The Teams message id of the reply. */
  id: string;
}

/** A colleague's reply in one of our threads. */
export interface Reply {
  /** The Teams message id of the reply, unique within its thread. */
  id: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  rootMessageId: string;
  caseId: string;
  /** Entra object id. */
  authorId: string;
  authorName: string;
  /** Plain text. */
  text: string;
  createdAt: Date;
  editedAt: Date | null;
}

/** A meeting's chat the app was added to: where the bot posts a case when a presenter asks. */
export interface MeetingChat {
  tenantId: string;
  /** The chat's conversation id, `19:meeting_…@thread.v2`. */
  id: string;
  /** The Bot Connector endpoint for the chat's region, from the activity that added the app. */
  serviceUrl: string;
  addedAt: Date;
}

export interface AuditEntry {
  id: string;
  tenantId: string | null;
  /** Who did it: an Entra object id, `operator`, `system`, … */
  actor: string;
  /** What was done, such as `subscription.saved` or `tenant.suspended`. */
  action: string;
  /** What it was done to, such as a subscription id. */
  subject: string;
  /** Ids and settings only: never message text. */
  detail: Record<string, unknown>;
  at: Date;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

export interface SubscriptionFilter {
  tenantId?: string;
  teamId?: string;
  status?: SubscriptionStatus;
}

/** Where a page of sendable deliveries starts: after this (due time, id). */
export interface DeliveryCursor {
  dueAt: Date;
  id: string;
}

export interface DeliveryFilter {
  tenantId?: string;
  subscriptionId?: string;
  status?: DeliveryStatus;
}

/** What a rating is of: an issue (`caseId` null) or one of its case studies. */
export interface FeedbackItem {
  issueNumber: number;
  caseId: string | null;
}

/** A person's answer to "Was this useful?" about one item: one per person per item. */
export interface Rating extends FeedbackItem {
  tenantId: string;
  /** Entra object id (lower case); a pseudonym once retention has passed. */
  personId: string;
  /** 1 (not useful) to 5 (very useful). */
  rating: number;
  /** Names the comment for the editors, never the person. */
  commentId: string;
  comment: string | null;
  commentHidden: boolean;
  ratedAt: Date;
}

export type NewRating = Omit<Rating, 'commentId' | 'commentHidden'>;

/** How many people gave each rating to one item in one force. */
export interface RatingCount extends FeedbackItem {
  tenantId: string;
  rating: number;
  people: number;
}

/** A comment as the IOPC's editors see it: no name, no team, no force. */
export interface EditorComment extends FeedbackItem {
  id: string;
  rating: number;
  comment: string;
  hidden: boolean;
  ratedAt: Date;
}

/** A person's vote in a poll: one per person per poll. */
export interface PollVote {
  tenantId: string;
  personId: string;
  pollId: string;
  optionId: string;
  votedAt: Date;
}

/** How many people in a force chose an option of a poll. */
export interface PollCount {
  tenantId: string;
  optionId: string;
  people: number;
}

/** A period of time, `from` included and `to` excluded. */
export interface Period {
  from: Date;
  to: Date;
}

export type {
  AuditRepository,
  ClaimRepository,
  DeliveryRepository,
  DiscussionRepository,
  LearningRecordRepository,
  FeedbackRepository,
  MeetingChatRepository,
  PollVoteRepository,
  PrivacyRepository,
  Repositories,
  Store,
  SubscriptionRepository,
  TeamRepository,
  TenantRepository,
} from './repositories';

/** Where a learning-record entry was written: the tab, the weekly card, or one's own reply. */
export type LearningEntrySource = 'tab' | 'card' | 'reply';

/**
 * One entry of an officer's private learning record: what they reflected on about a case, how
 * they will apply it, and the time spent. Only its author reads it.
 */
export interface LearningEntry {
  tenantId: string;
  id: string;
  /** The author's Entra object id, in lower case. */
  personId: string;
  caseId: string;
  reflection: string;
  application: string;
  minutes: number;
  source: LearningEntrySource;
  createdAt: Date;
  updatedAt: Date;
}

export type NewLearningEntry = Omit<LearningEntry, 'updatedAt'>;

/** What an edit of an entry may change. */
export type LearningEntryChange = Partial<
  Pick<LearningEntry, 'reflection' | 'application' | 'minutes'>
>;

/** Entries written in [from, to), either end open when not given. */
export interface LearningPeriod {
  from?: Date;
  to?: Date;
}

/** What `weeklyCounts` counts: learning-record entries, teams' responses, open or done actions. */
export type WeeklyCountKind = 'learningEntries' | 'teamResponses' | 'openActions' | 'doneActions';

/** A count for one force and week (its Monday), with how many people (or teams) it is drawn from. */
export interface WeeklyCount {
  tenantId: string;
  week: string;
  value: number;
  people: number;
}

/** A force's figures in one week (its Monday, UTC, `2026-11-30`). */
export interface WeekFigures {
  tenantId: string;
  week: string;
  postsDelivered: number;
  postsFailed: number;
  /** Posts (threads) replied to in the week. */
  postsDiscussed: number;
  replies: number;
  /** Distinct colleagues who replied that week. */
  participants: number;
  /** Signed-in reads of cases in the tab. */
  reads: number;
}

/** A force's figures for one case in one week. */
export interface CaseWeekFigures {
  tenantId: string;
  week: string;
  caseId: string;
  replies: number;
  participants: number;
  reads: number;
}

/** How many teams and channels a force has subscribed to the weekly post. */
export interface Subscribed {
  tenantId: string;
  teams: number;
  channels: number;
}
