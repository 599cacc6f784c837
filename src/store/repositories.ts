import type {
  AuditEntry,
  Channel,
  CaseWeekFigures,
  Delivery,
  DeliveryCursor,
  DeliveryFilter,
  DeliveryStatus,
  DeliveryUpdate,
  EditorComment,
  WeeklyCount,
  WeeklyCountKind,
  FeedbackItem,
  LearningEntry,
  LearningEntryChange,
  LearningPeriod,
  MeetingChat,
  NewAuditEntry,
  NewDelivery,
  NewLearningEntry,
  NewRating,
  NewSubscription,
  Period,
  PollCount,
  PollVote,
  PostedThread,
  Rating,
  RatingCount,
  Reply,
  ReplyKey,
  Subscription,
  SubscriptionFilter,
  SubscriptionStatus,
  Subscribed,
  Team,
  Tenant,
  TenantStatus,
  WeekFigures,
} from './types';
import type { ActionStatus, ForceResponse, TeamAction, TeamResponse } from '../team-response/model';

/**
 * The service's persistence, one repository per aggregate, with two engines (SQLite and
 * PostgreSQL) behind the same contract. Writes that must happen once are guarded by unique keys
 * in both engines. A use case that changes something and records it (a change and its audit
 * entry) does both in one `store.transaction`.
 */

/** The forces the service serves. */
export interface TenantRepository {
  get(id: string): Promise<Tenant | undefined>;
  list(): Promise<Tenant[]>;
  /** Inserts the tenant if new; an existing one keeps its status (a given name is stored). */
  ensure(id: string, status: TenantStatus, name?: string | null): Promise<Tenant>;
  setStatus(id: string, status: TenantStatus, reason: string | null): Promise<Tenant | undefined>;
  setRetention(id: string, months: number): Promise<Tenant | undefined>;
}

/** The teams the app is installed in, and their channels. */
export interface TeamRepository {
  /**
   * Inserts or updates (clearing any removal) by (tenant, team id); a null group id or name keeps
   * the one stored.
   */
  upsert(team: Omit<Team, 'removedAt' | 'removedReason'>): Promise<Team>;
  get(tenantId: string, teamId: string): Promise<Team | undefined>;
  findByGraphGroupId(tenantId: string, graphGroupId: string): Promise<Team | undefined>;
  /** The tenant's teams, removed ones included (see `removedAt`). */
  list(tenantId: string): Promise<Team[]>;
  markRemoved(tenantId: string, teamId: string, reason: string): Promise<void>;
  /** Inserts or updates (clearing any removal) by (tenant, channel id). */
  upsertChannel(channel: Omit<Channel, 'removedAt'>): Promise<Channel>;
  /** A team's channels, General first, then by name. */
  listChannels(tenantId: string, teamId: string): Promise<Channel[]>;
  markChannelRemoved(tenantId: string, channelId: string, reason: string): Promise<void>;
}

/** Channels' weekly posts: one subscription per (tenant, channel). */
export interface SubscriptionRepository {
  /** Saves the channel's subscription, updated in place. */
  save(subscription: NewSubscription): Promise<Subscription>;
  get(tenantId: string, id: string): Promise<Subscription | undefined>;
  findByChannel(tenantId: string, channelId: string): Promise<Subscription | undefined>;
  list(filter?: SubscriptionFilter): Promise<Subscription[]>;
  setStatus(
    tenantId: string,
    id: string,
    status: SubscriptionStatus,
    reason: string | null,
  ): Promise<Subscription | undefined>;
}

/** Posts of a case to a channel, one per (subscription, week). */
export interface DeliveryRepository {
  /**
   * Creates the delivery for (subscription, week) unless one exists; `created` says which.
   * Safe under concurrent callers and across instances.
   */
  create(delivery: NewDelivery): Promise<{ delivery: Delivery; created: boolean }>;
  get(id: string): Promise<Delivery | undefined>;
  /**
   * Moves a delivery from one status to another only if it is still in `from`; returns the
   * updated row, or undefined when another worker got there first.
   */
  transition(
    id: string,
    from: DeliveryStatus,
    update: DeliveryUpdate & { status: DeliveryStatus },
  ): Promise<Delivery | undefined>;
  list(filter?: DeliveryFilter): Promise<Delivery[]>;
  /** The tenants with a delivery `sending`, or `pending` and due at `now`. */
  tenantsWithSendable(now: Date): Promise<string[]>;
  /**
   * One page of a tenant's deliveries to send, in (due time, id) order: those `sending` (found
   * after a crash) and those `pending` and due at `now`, after `cursor` when given.
   */
  listSendable(
    tenantId: string,
    now: Date,
    cursor: DeliveryCursor | null,
    limit: number,
  ): Promise<Delivery[]>;
}

/** The threads the bot started and colleagues' replies under them. */
export interface DiscussionRepository {
  /** Idempotent by (tenant, channel, root message id). */
  recordThread(thread: PostedThread): Promise<void>;
  findThread(
    tenantId: string,
    channelId: string,
    rootMessageId: string,
  ): Promise<PostedThread | undefined>;
  /** The thread a delivery started, if it was sent. */
  findThreadByDelivery(tenantId: string, deliveryId: string): Promise<PostedThread | undefined>;
  /** The latest thread of a case in a team. */
  latestThreadOfCase(
    tenantId: string,
    teamId: string,
    caseId: string,
  ): Promise<PostedThread | undefined>;
  /** The tenant's threads posted since `since`. */
  listThreads(tenantId: string, since: Date): Promise<PostedThread[]>;
  /** The most recent thread posted in a channel. */
  latestThread(tenantId: string, channelId: string): Promise<PostedThread | undefined>;
  /** Inserts or updates by its `ReplyKey`: a retry or a second instance cannot duplicate it. */
  upsertReply(reply: Reply): Promise<void>;
  /** Deletes one reply of one thread; true when there was one. */
  deleteReply(key: ReplyKey): Promise<boolean>;
  listReplies(tenantId: string, channelId: string, rootMessageId: string): Promise<Reply[]>;
  /** How many replies a tenant holds, optionally only those written in [since, until). */
  countReplies(tenantId: string, since?: Date, until?: Date): Promise<number>;
  /** How many distinct colleagues replied in a thread. */
  countRepliers(tenantId: string, channelId: string, rootMessageId: string): Promise<number>;
}

/** The audit trail: who changed what, with ids and settings only. */
export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** A tenant's entries, oldest first; `null` gives the service's own (tenant-less) entries. */
  list(tenantId: string | null): Promise<AuditEntry[]>;
}

/** The meetings' chats the app is in, so the bot can post a case there when a presenter asks. */
export interface MeetingChatRepository {
  /** Records (or refreshes) a meeting chat the app was added to, by (tenant, chat id). */
  upsert(chat: MeetingChat): Promise<void>;
  get(tenantId: string, chatId: string): Promise<MeetingChat | undefined>;
  /** Forgets a meeting chat the app left; true when there was one. */
  delete(tenantId: string, chatId: string): Promise<boolean>;
}

/**
 * Officers' private learning records: every read and write names the tenant and the author, so
 * nobody reaches another person's entries; counts for figures never show an entry.
 */
export interface LearningRecordRepository {
  add(entry: NewLearningEntry): Promise<LearningEntry>;
  /** The author's entry, if it is theirs. */
  get(tenantId: string, personId: string, id: string): Promise<LearningEntry | undefined>;
  /** The author's entries written in the period, newest first. */
  list(tenantId: string, personId: string, period?: LearningPeriod): Promise<LearningEntry[]>;
  /** Changes the author's entry; undefined when they have none with that id. */
  update(
    tenantId: string,
    personId: string,
    id: string,
    change: LearningEntryChange,
    at: Date,
  ): Promise<LearningEntry | undefined>;
  /** Deletes the author's entry; true when there was one. */
  delete(tenantId: string, personId: string, id: string): Promise<boolean>;
  /** Deletes every entry of the author (erasure); returns how many. */
  deleteBy(tenantId: string, personId: string): Promise<number>;
  /** Deletes the tenant's entries last changed before `cutoff` (retention); returns how many. */
  deleteChangedBefore(tenantId: string, cutoff: Date): Promise<number>;
  /** How many entries the tenant's people wrote in the period (for insights). */
  countEntries(tenantId: string, period?: LearningPeriod): Promise<number>;
  /** How many people of the tenant wrote an entry in the period (for the suppression rule). */
  countPeople(tenantId: string, period?: LearningPeriod): Promise<number>;
  /** How long the tenant keeps entries after their last change, in months. */
  retentionMonths(tenantId: string): Promise<number>;
  setRetentionMonths(tenantId: string, months: number): Promise<void>;
}

/** Retention, a person's data and a force's offboarding. */
export interface PrivacyRepository {
  /** Replies older than `cutoff` are deleted (retention); returns how many. */
  deleteRepliesBefore(tenantId: string, cutoff: Date): Promise<number>;
  repliesBy(tenantId: string, authorId: string): Promise<Reply[]>;
  deleteRepliesBy(tenantId: string, authorId: string): Promise<number>;
  /**
   * Erasure: replaces a person's object id (any of `objectIds`, its spellings) with `pseudonym`
   * wherever the tenant keeps it beyond replies: subscriptions' `updatedBy`, audit actors and
   * subjects (but `person.erased` entries, which keep their subject so the person's earlier
   * replies are not collected again). One transaction; returns the rows changed.
   */
  pseudonymise(
    tenantId: string,
    objectIds: readonly string[],
    pseudonym: string,
  ): Promise<{ subscriptions: number; auditEntries: number }>;
  /** When a person's data in a tenant was last erased (`person.erased`), if ever. */
  lastErasure(tenantId: string, personId: string): Promise<Date | undefined>;
  /**
   * Offboarding: deletes every row of the tenant, its tenants row included, in one transaction;
   * returns counts per table.
   */
  deleteTenant(tenantId: string): Promise<Record<string, number>>;
}

/** Teams' responses to cases with their actions, and each force's own response. */
export interface ResponseRepository {
  get(tenantId: string, graphGroupId: string, caseId: string): Promise<TeamResponse | undefined>;
  /** Saves a team's response whole: its conclusions, and its actions in place of those before. */
  save(response: TeamResponse): Promise<TeamResponse>;
  /** Every team's response in a tenant, by team then case. */
  listByTenant(tenantId: string): Promise<TeamResponse[]>;
  /** A team's open actions, soonest due first (undated last). */
  openActions(tenantId: string, graphGroupId: string): Promise<TeamAction[]>;
  /** How many team responses a tenant holds, optionally only those saved in [since, until). */
  countResponses(tenantId: string, since?: Date, until?: Date): Promise<number>;
  /**
   * How many actions of a status a tenant holds (optionally of one team), optionally only those
   * created in [since, until).
   */
  countActions(
    tenantId: string,
    status: ActionStatus,
    options?: { graphGroupId?: string; since?: Date; until?: Date },
  ): Promise<number>;
  getForce(tenantId: string, caseId: string): Promise<ForceResponse | undefined>;
  saveForce(response: ForceResponse): Promise<ForceResponse>;
  /** The force's own responses, by case. */
  listForce(tenantId: string): Promise<ForceResponse[]>;
  /** The actions assigned to a person (any of `objectIds`, its spellings), for their export. */
  actionsAssignedTo(tenantId: string, objectIds: readonly string[]): Promise<TeamAction[]>;
  /**
   * Erasure: actions assigned to the person keep their text but name `pseudonym` and no name;
   * responses they saved last name `pseudonym`. Returns the rows changed.
   */
  pseudonymise(tenantId: string, objectIds: readonly string[], pseudonym: string): Promise<number>;
}

/** What must happen once, or on one instance at a time. */
export interface ClaimRepository {
  /**
   * Claims the new-issue activity notice for (tenant, team, issue): true for the one caller that
   * claims it first, across restarts and instances.
   */
  newIssueNotice(tenantId: string, teamId: string, issueNumber: number): Promise<boolean>;
  /** Marks an admin-consent `state` nonce used: true the first time only (replays get false). */
  consentState(nonce: string, expiresAt: Date): Promise<boolean>;
  /** Takes or renews a named lease (such as a tenant's deliveries) until `ttlMs` from now. */
  acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;
}

/** Readers' ratings of issues and cases, their comments, and each force's choice on comments. */
export interface FeedbackRepository {
  /**
   * Saves a person's rating of an item, replacing the one they gave before. A changed comment is
   * a new comment (shown to editors again); the same comment keeps its id and whether it is hidden.
   */
  saveRating(rating: NewRating): Promise<Rating>;
  ratingOf(tenantId: string, personId: string, item: FeedbackItem): Promise<Rating | undefined>;
  /** How many people gave each rating, per force and item, among ratings given in `period`. */
  countRatings(period: Period, tenantId?: string): Promise<RatingCount[]>;
  /** Comments given in `period`, newest first, for the IOPC's editors (hidden ones included). */
  comments(period: Period): Promise<EditorComment[]>;
  /** Hides or shows a comment; false when there is no such comment. */
  setCommentHidden(commentId: string, hidden: boolean): Promise<boolean>;
  /** Whether the force takes comments (it does until it switches them off). */
  commentsAllowed(tenantId: string): Promise<boolean>;
  /** Switches a force's comments on or off; off deletes the comments it holds (returns how many). */
  setCommentsAllowed(tenantId: string, allowed: boolean): Promise<number>;
  ratingsBy(tenantId: string, personIds: readonly string[]): Promise<Rating[]>;
  deleteRatingsBy(tenantId: string, personIds: readonly string[]): Promise<number>;
  /**
   * Retention: ratings given before `cutoff` lose their comment and their person (each gets a
   * pseudonym of its own), so the figures stay and nobody is named; returns how many.
   */
  anonymiseBefore(tenantId: string, cutoff: Date): Promise<number>;
}

/** Votes in the polls on future themes. */
export interface PollVoteRepository {
  /** Records a person's vote in a poll, replacing the one they gave before. */
  vote(vote: PollVote): Promise<PollVote>;
  voteOf(tenantId: string, personId: string, pollId: string): Promise<PollVote | undefined>;
  /** How many people chose each option, per force. */
  countVotes(pollId: string, tenantId?: string): Promise<PollCount[]>;
  votesBy(tenantId: string, personIds: readonly string[]): Promise<PollVote[]>;
  deleteVotesBy(tenantId: string, personIds: readonly string[]): Promise<number>;
  /** Retention: votes cast before `cutoff` lose their person (a pseudonym each); returns how many. */
  anonymiseBefore(tenantId: string, cutoff: Date): Promise<number>;
}

/**
 * The figures behind insights: counts per force, week (its Monday, UTC, `2026-11-30`) and case,
 * never per person. A force's weeks up to a point are kept as counts (`keepWeeks`): read from
 * there, they are quick to read and do not change when retention deletes the replies behind them.
 */
export interface InsightsRepository {
  /** Counts one signed-in read of a case in a force on the day of `at` (UTC); never who read it. */
  recordRead(tenantId: string, caseId: string, at: Date): Promise<void>;
  /** The forces' figures per week of [from, until) (Mondays): kept weeks as kept, the rest counted now. */
  weeks(tenantIds: readonly string[], from: string, until: string): Promise<WeekFigures[]>;
  /** The forces' figures per case and week of [from, until) (Mondays), as `weeks`. */
  caseWeeks(tenantIds: readonly string[], from: string, until: string): Promise<CaseWeekFigures[]>;
  /** The teams and channels each force has subscribed now. */
  subscribed(tenantIds: readonly string[]): Promise<Subscribed[]>;
  /**
   * Keeps a force's figures of every week before `untilWeek` (a Monday) as they are now; weeks
   * kept earlier stay as they were. Returns how many weeks with figures were newly kept.
   */
  keepWeeks(tenantId: string, untilWeek: string): Promise<number>;
  /** The week (a Monday) before which each force's figures are kept; a force with none is left out. */
  keptUntil(tenantIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * Weekly counts of another part's rows for insights, per force and week of [from, until):
   * learning-record entries (from their authors), teams' responses and their open and done
   * actions (from the teams behind them, so a figure of fewer than 5 teams is hidden too).
   */
  weeklyCounts(
    kind: WeeklyCountKind,
    tenantIds: readonly string[],
    from: Date,
    until: Date,
  ): Promise<WeeklyCount[]>;
}

/** Every repository, as the store and a transaction both offer them. */
export interface Repositories {
  readonly tenants: TenantRepository;
  readonly teams: TeamRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly deliveries: DeliveryRepository;
  readonly discussion: DiscussionRepository;
  readonly audit: AuditRepository;
  readonly meetingChats: MeetingChatRepository;
  readonly learningRecord: LearningRecordRepository;
  readonly privacy: PrivacyRepository;
  readonly claims: ClaimRepository;
  readonly responses: ResponseRepository;
  readonly feedback: FeedbackRepository;
  readonly pollVotes: PollVoteRepository;
  readonly insights: InsightsRepository;
}

/** The store: the repositories, a unit of work over them, and the engine's lifecycle. */
export interface Store extends Repositories {
  /**
   * A unit of work: everything `work` writes through `tx` commits together when it resolves, or
   * not at all when it rejects. Keep calls to other services (Graph, Teams) outside it.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Applies pending migrations; called once at start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;
}
