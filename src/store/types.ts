import type { Audience } from '../content/model';
import type { PostLanguage } from '../i18n/language';

/**
 * Everything the service keeps, behind one interface with two engines (SQLite and PostgreSQL).
 * Every row carries its tenant: a force's data is only ever read with that force's tenant id.
 * Writes that must happen once are guarded by unique keys in both engines.
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

/** The service's persistence. Every method is tenant-scoped where its rows are. */
export interface Store {
  /** Applies pending migrations; called once at start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;

  getTenant(id: string): Promise<Tenant | undefined>;
  listTenants(): Promise<Tenant[]>;
  /** Inserts the tenant if new; an existing one keeps its status (a given name is stored). */
  ensureTenant(id: string, status: TenantStatus, name?: string | null): Promise<Tenant>;
  setTenantStatus(
    id: string,
    status: TenantStatus,
    reason: string | null,
  ): Promise<Tenant | undefined>;
  setTenantRetention(id: string, months: number): Promise<Tenant | undefined>;

  /**
   * Inserts or updates (clearing any removal) by (tenant, team id); a null group id or name keeps
   * the one stored.
   */
  upsertTeam(team: Omit<Team, 'removedAt' | 'removedReason'>): Promise<Team>;
  getTeam(tenantId: string, teamId: string): Promise<Team | undefined>;
  findTeamByGraphGroupId(tenantId: string, graphGroupId: string): Promise<Team | undefined>;
  /** The tenant's teams, removed ones included (see `removedAt`). */
  listTeams(tenantId: string): Promise<Team[]>;
  markTeamRemoved(tenantId: string, teamId: string, reason: string): Promise<void>;

  /** Inserts or updates (clearing any removal) by (tenant, channel id). */
  upsertChannel(channel: Omit<Channel, 'removedAt'>): Promise<Channel>;
  listChannels(tenantId: string, teamId: string): Promise<Channel[]>;
  markChannelRemoved(tenantId: string, channelId: string, reason: string): Promise<void>;

  /** Saves the channel's subscription: one per (tenant, channel), updated in place. */
  saveSubscription(subscription: NewSubscription): Promise<Subscription>;
  getSubscription(tenantId: string, id: string): Promise<Subscription | undefined>;
  findSubscriptionByChannel(tenantId: string, channelId: string): Promise<Subscription | undefined>;
  listSubscriptions(filter?: SubscriptionFilter): Promise<Subscription[]>;
  /** Changes the status and records a `subscription.status` audit entry naming the actor. */
  setSubscriptionStatus(
    tenantId: string,
    id: string,
    status: SubscriptionStatus,
    reason: string | null,
    actor: string,
  ): Promise<Subscription | undefined>;

  /**
   * Creates the delivery for (subscription, week) unless one exists; `created` says which.
   * Safe under concurrent callers and across instances.
   */
  createDelivery(delivery: NewDelivery): Promise<{ delivery: Delivery; created: boolean }>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  updateDelivery(id: string, update: DeliveryUpdate): Promise<Delivery | undefined>;
  /**
   * Moves a delivery from one status to another only if it is still in `from`; returns the
   * updated row, or undefined when another worker got there first.
   */
  transitionDelivery(
    id: string,
    from: DeliveryStatus,
    update: DeliveryUpdate & { status: DeliveryStatus },
  ): Promise<Delivery | undefined>;
  listDeliveries(filter?: DeliveryFilter): Promise<Delivery[]>;
  /** The tenants with a delivery `sending`, or `pending` and due at `now`. */
  listTenantsWithSendableDeliveries(now: Date): Promise<string[]>;
  /**
   * One page of a tenant's deliveries to send, in (due time, id) order: those `sending` (found
   * after a crash) and those `pending` and due at `now`, after `cursor` when given.
   */
  listSendableDeliveries(
    tenantId: string,
    now: Date,
    cursor: DeliveryCursor | null,
    limit: number,
  ): Promise<Delivery[]>;
  /**
   * The moment a post's answer is read: records the thread and marks the delivery (still
   * `sending`) sent with its root id, in one transaction. Returns undefined when the delivery was
   * no longer `sending`.
   */
  recordSent(
    thread: PostedThread & { deliveryId: string },
    update: DeliveryUpdate,
  ): Promise<Delivery | undefined>;

  /** Takes or renews a named lease (such as a tenant's deliveries) until `ttlMs` from now. */
  acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;

  /** Idempotent by (tenant, channel, root message id). */
  recordPostedThread(thread: PostedThread): Promise<void>;
  findPostedThread(
    tenantId: string,
    channelId: string,
    rootMessageId: string,
  ): Promise<PostedThread | undefined>;
  /** The thread a delivery started, if it was sent. */
  findPostedThreadByDelivery(
    tenantId: string,
    deliveryId: string,
  ): Promise<PostedThread | undefined>;
  /** The latest thread of a case in a team. */
  latestPostedThreadOfCase(
    tenantId: string,
    teamId: string,
    caseId: string,
  ): Promise<PostedThread | undefined>;
  listPostedThreads(tenantId: string, since: Date): Promise<PostedThread[]>;
  /** The most recent thread posted in a channel. */
  latestPostedThread(tenantId: string, channelId: string): Promise<PostedThread | undefined>;

  /** Inserts or updates by its `ReplyKey`: a retry or a second instance cannot duplicate it. */
  upsertReply(reply: Reply): Promise<void>;
  /** Deletes one reply of one thread; true when there was one. */
  deleteReply(key: ReplyKey): Promise<boolean>;
  listReplies(tenantId: string, channelId: string, rootMessageId: string): Promise<Reply[]>;
  /** How many replies a tenant holds, optionally only those written in [since, until). */
  countReplies(tenantId: string, since?: Date, until?: Date): Promise<number>;
  /** How many distinct colleagues replied in a thread. */
  countRepliers(tenantId: string, channelId: string, rootMessageId: string): Promise<number>;

  /** The case ids already posted in a channel, for choosing the next case. */
  listPostedCaseIds(tenantId: string, channelId: string): Promise<string[]>;

  /** Replies older than `cutoff` are deleted (retention); returns how many. */
  deleteRepliesBefore(tenantId: string, cutoff: Date): Promise<number>;
  listRepliesByAuthor(tenantId: string, authorId: string): Promise<Reply[]>;
  deleteRepliesByAuthor(tenantId: string, authorId: string): Promise<number>;
  /**
   * Erasure: replaces a person's object id (any of `objectIds`, its spellings) with `pseudonym`
   * wherever the tenant keeps it beyond replies: subscriptions' `updatedBy`, audit actors and
   * subjects (but `person.erased` entries, which keep their subject so the person's earlier
   * replies are not collected again). One transaction; returns the rows changed.
   */
  pseudonymisePerson(
    tenantId: string,
    objectIds: readonly string[],
    pseudonym: string,
  ): Promise<{ subscriptions: number; auditEntries: number }>;

  /** Records (or refreshes) a meeting chat the app was added to, by (tenant, chat id). */
  upsertMeetingChat(chat: MeetingChat): Promise<void>;
  getMeetingChat(tenantId: string, chatId: string): Promise<MeetingChat | undefined>;
  /** Forgets a meeting chat the app left; true when there was one. */
  deleteMeetingChat(tenantId: string, chatId: string): Promise<boolean>;

  /**
   * Claims the new-issue activity notice for (tenant, team, issue): true for the one caller that
   * claims it first, across restarts and instances.
   */
  claimNewIssueNotice(tenantId: string, teamId: string, issueNumber: number): Promise<boolean>;
  /** Marks an admin-consent `state` nonce used: true the first time only (replays get false). */
  consumeConsentState(nonce: string, expiresAt: Date): Promise<boolean>;

  /**
   * Offboarding: deletes every row of the tenant, its tenants row included, in one transaction;
   * returns counts per table.
   */
  deleteTenantData(tenantId: string): Promise<Record<string, number>>;

  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  /** When a person's data in a tenant was last erased (`person.erased`), if ever. */
  lastErasure(tenantId: string, personId: string): Promise<Date | undefined>;
  /** A tenant's entries, oldest first; `null` gives the service's own (tenant-less) entries. */
  listAudit(tenantId: string | null): Promise<AuditEntry[]>;
}
