import type { Audience } from '../../content/model';
import { isPostLanguage } from '../../i18n/language';
import type {
  AuditEntry,
  Channel,
  Delivery,
  DeliveryStatus,
  PostedThread,
  Reply,
  Subscription,
  SubscriptionStatus,
  Team,
  Tenant,
  TenantStatus,
} from '../types';
import {
  fromJson,
  toBoolean,
  toDate,
  toDateOrNull,
  toText,
  toTextOrNull,
  type SqlRow,
} from './engine';

/** Tenant ids are stored lower-case, whatever case a caller brings. */
export const tenantKey = (id: string): string => id.toLowerCase();

export const tenantColumns =
  'id, name, status, status_reason, retention_months, created_at, updated_at';

export function toTenant(row: SqlRow): Tenant {
  return {
    id: toText(row.id),
    name: toTextOrNull(row.name),
    status: toText(row.status) as TenantStatus,
    statusReason: toTextOrNull(row.status_reason),
    retentionMonths: Number(row.retention_months),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

export const teamColumns =
  'tenant_id, id, graph_group_id, name, service_url, installed_at, removed_at, removed_reason';

export function toTeam(row: SqlRow): Team {
  return {
    tenantId: toText(row.tenant_id),
    id: toText(row.id),
    graphGroupId: toTextOrNull(row.graph_group_id),
    name: toTextOrNull(row.name),
    serviceUrl: toText(row.service_url),
    installedAt: toDate(row.installed_at),
    removedAt: toDateOrNull(row.removed_at),
    removedReason: toTextOrNull(row.removed_reason),
  };
}

export const channelColumns = 'tenant_id, team_id, id, name, removed_at';

export function toChannel(row: SqlRow): Channel {
  return {
    tenantId: toText(row.tenant_id),
    teamId: toText(row.team_id),
    id: toText(row.id),
    name: toTextOrNull(row.name),
    removedAt: toDateOrNull(row.removed_at),
  };
}

export const subscriptionColumns =
  'id, tenant_id, team_id, channel_id, weekday, time, time_zone, audiences, themes, ' +
  'notify_new_issues, status, status_reason, updated_by, created_at, updated_at, post_language';

export function toSubscription(row: SqlRow): Subscription {
  return {
    id: toText(row.id),
    tenantId: toText(row.tenant_id),
    teamId: toText(row.team_id),
    channelId: toText(row.channel_id),
    weekday: Number(row.weekday),
    time: toText(row.time),
    timeZone: toText(row.time_zone),
    audiences: fromJson<Audience[]>(row.audiences),
    themes: fromJson<string[]>(row.themes),
    notifyNewIssues: toBoolean(row.notify_new_issues),
    postLanguage: isPostLanguage(row.post_language) ? row.post_language : 'en',
    status: toText(row.status) as SubscriptionStatus,
    statusReason: toTextOrNull(row.status_reason),
    updatedBy: toText(row.updated_by),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

export const deliveryColumns =
  'id, subscription_id, tenant_id, team_id, channel_id, week_key, case_id, due_at, status, ' +
  'attempts, root_message_id, reason, possible_duplicate, created_at, updated_at';

export function toDelivery(row: SqlRow): Delivery {
  return {
    id: toText(row.id),
    subscriptionId: toText(row.subscription_id),
    tenantId: toText(row.tenant_id),
    teamId: toText(row.team_id),
    channelId: toText(row.channel_id),
    weekKey: toText(row.week_key),
    caseId: toText(row.case_id),
    dueAt: toDate(row.due_at),
    status: toText(row.status) as DeliveryStatus,
    attempts: Number(row.attempts),
    rootMessageId: toTextOrNull(row.root_message_id),
    reason: toTextOrNull(row.reason),
    possibleDuplicate: toBoolean(row.possible_duplicate),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

export const postedThreadColumns =
  'tenant_id, team_id, channel_id, root_message_id, case_id, delivery_id, posted_at';

export function toPostedThread(row: SqlRow): PostedThread {
  return {
    tenantId: toText(row.tenant_id),
    teamId: toText(row.team_id),
    channelId: toText(row.channel_id),
    rootMessageId: toText(row.root_message_id),
    caseId: toText(row.case_id),
    deliveryId: toTextOrNull(row.delivery_id),
    postedAt: toDate(row.posted_at),
  };
}

export const replyColumns =
  'tenant_id, id, team_id, channel_id, root_message_id, case_id, author_id, author_name, text, ' +
  'created_at, edited_at';

export function toReply(row: SqlRow): Reply {
  return {
    id: toText(row.id),
    tenantId: toText(row.tenant_id),
    teamId: toText(row.team_id),
    channelId: toText(row.channel_id),
    rootMessageId: toText(row.root_message_id),
    caseId: toText(row.case_id),
    authorId: toText(row.author_id),
    authorName: toText(row.author_name),
    text: toText(row.text),
    createdAt: toDate(row.created_at),
    editedAt: toDateOrNull(row.edited_at),
  };
}

export const auditColumns = 'id, tenant_id, actor, action, subject, detail, at';

export function toAuditEntry(row: SqlRow): AuditEntry {
  return {
    id: toText(row.id),
    tenantId: toTextOrNull(row.tenant_id),
    actor: toText(row.actor),
    action: toText(row.action),
    subject: toText(row.subject),
    detail: fromJson<Record<string, unknown>>(row.detail),
    at: toDate(row.at),
  };
}
