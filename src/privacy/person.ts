import { randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import { textFor } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/language';
import type { AuditEntry, Reply, Store } from '../store/types';

/** One reply in a person's export, with where and when it was written. */
export interface ExportedReply {
  id: string;
  caseId: string;
  team: { id: string; name: string | null };
  channel: { id: string; name: string | null };
  rootMessageId: string;
  authorName: string;
  text: string;
  createdAt: string;
  editedAt: string | null;
}

/** One entry of a person's learning record in their export. */
export interface ExportedLearningEntry {
  id: string;
  caseId: string;
  reflection: string;
  application: string;
  minutes: number;
  source: string;
  createdAt: string;
  updatedAt: string;
}

/** Everything the service holds about one person in one tenant. */
export interface PersonDataExport {
  tenantId: string;
  objectId: string;
  exportedAt: string;
  replies: ExportedReply[];
  /** Their private learning record, newest first: only they (and this export) read it. */
  learningRecord: ExportedLearningEntry[];
  /** Weekly-post settings this person saved last (their object id is kept with them). */
  subscriptionsSaved: { id: string; teamId: string; channelId: string; updatedAt: string }[];
  /** Teams' response actions assigned to this person (the team's, kept by the team). */
  actionsAssigned: {
    teamGraphGroupId: string;
    caseId: string;
    description: string;
    dueOn: string | null;
    status: string;
  }[];
  /** The audit entries where this person was the actor or the subject. */
  auditEntries: { action: string; subject: string; detail: Record<string, unknown>; at: string }[];
  /** "Was this useful?": their ratings of issues and cases, with their comments. */
  ratings: {
    issueNumber: number;
    caseId: string | null;
    rating: number;
    comment: string | null;
    ratedAt: string;
  }[];
  /** Their votes in the polls on future themes. */
  pollVotes: { pollId: string; optionId: string; votedAt: string }[];
  /** What erasure would do with all of the above, in English and Welsh. */
  onErasure: Record<Language, string>;
}

/** What erasure does, as the export says it, in English and Welsh. */
export const ON_ERASURE = Object.fromEntries(
  LANGUAGES.map((language) => [language, textFor('pages', language).text('privacy.onErasure')]),
) as Record<Language, string>;

/** What an erasure changed in one tenant. */
export interface ErasureOutcome {
  deletedReplies: number;
  deletedLearningEntries: number;
  /** Subscriptions last saved by the person, now naming the pseudonym. */
  pseudonymisedSubscriptions: number;
  /** Audit entries that named the person as actor or subject, now naming the pseudonym. */
  pseudonymisedAuditEntries: number;
  /** Teams' response actions assigned to them, and responses they saved, now naming nobody. */
  pseudonymisedResponses: number;
  /** Their ratings (with any comment) and poll votes, deleted. */
  deletedRatings: number;
  deletedPollVotes: number;
}

/** The ids to look for: as given and in lower case (Teams sends object ids in lower case). */
function spellings(objectId: string): string[] {
  return [...new Set([objectId, objectId.toLowerCase()])];
}

async function requireTenant(store: Store, tenantId: string): Promise<void> {
  if (!(await store.tenants.get(tenantId)))
    throw new AppError('NotFound', `No tenant ${tenantId}.`);
}

/**
 * Gathers everything held about a person in a tenant (replies with case, team, channel and time;
 * subscriptions they saved; audit entries they made) and audits the export.
 */
export async function exportPersonData(
  store: Store,
  tenantId: string,
  objectId: string,
  now: Date = new Date(),
): Promise<PersonDataExport> {
  await requireTenant(store, tenantId);
  const ids = spellings(objectId);
  const replies: Reply[] = [];
  for (const id of ids) replies.push(...(await store.privacy.repliesBy(tenantId, id)));
  const names = await placeNames(store, tenantId, replies);
  const learningRecord = await store.learningRecord.list(tenantId, objectId);
  const subscriptions = (await store.subscriptions.list({ tenantId })).filter((subscription) =>
    ids.includes(subscription.updatedBy),
  );
  const audit = (await store.audit.list(tenantId)).filter(
    (entry) => ids.includes(entry.actor) || ids.includes(entry.subject),
  );
  const actions = await store.responses.actionsAssignedTo(tenantId, ids);
  const ratings = await store.feedback.ratingsBy(tenantId, ids);
  const pollVotes = await store.pollVotes.votesBy(tenantId, ids);
  const exported: PersonDataExport = {
    tenantId,
    objectId,
    exportedAt: now.toISOString(),
    replies: replies
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((reply) => ({
        id: reply.id,
        caseId: reply.caseId,
        team: { id: reply.teamId, name: names.teams.get(reply.teamId) ?? null },
        channel: { id: reply.channelId, name: names.channels.get(reply.channelId) ?? null },
        rootMessageId: reply.rootMessageId,
        authorName: reply.authorName,
        text: reply.text,
        createdAt: reply.createdAt.toISOString(),
        editedAt: reply.editedAt?.toISOString() ?? null,
      })),
    learningRecord: learningRecord.map((entry) => ({
      id: entry.id,
      caseId: entry.caseId,
      reflection: entry.reflection,
      application: entry.application,
      minutes: entry.minutes,
      source: entry.source,
      createdAt: entry.createdAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
    })),
    subscriptionsSaved: subscriptions.map((subscription) => ({
      id: subscription.id,
      teamId: subscription.teamId,
      channelId: subscription.channelId,
      updatedAt: subscription.updatedAt.toISOString(),
    })),
    actionsAssigned: actions.map((action) => ({
      teamGraphGroupId: action.graphGroupId,
      caseId: action.caseId,
      description: action.description,
      dueOn: action.dueOn,
      status: action.status,
    })),
    auditEntries: audit.map(exportedAudit),
    ratings: ratings.map((rating) => ({
      issueNumber: rating.issueNumber,
      caseId: rating.caseId,
      rating: rating.rating,
      comment: rating.comment,
      ratedAt: rating.ratedAt.toISOString(),
    })),
    pollVotes: pollVotes.map((vote) => ({
      pollId: vote.pollId,
      optionId: vote.optionId,
      votedAt: vote.votedAt.toISOString(),
    })),
    onErasure: ON_ERASURE,
  };
  await store.audit.append({
    tenantId,
    actor: 'operator',
    action: 'person.exported',
    subject: objectId,
    detail: {
      replies: exported.replies.length,
      learningEntries: exported.learningRecord.length,
      subscriptionsSaved: exported.subscriptionsSaved.length,
      actionsAssigned: exported.actionsAssigned.length,
      auditEntries: exported.auditEntries.length,
      ratings: exported.ratings.length,
      pollVotes: exported.pollVotes.length,
    },
  });
  return exported;
}

/**
 * Erases a person in one tenant (only them, only there): deletes their replies and their
 * learning record, and replaces
 * their object id with a pseudonym in the settings they saved and the audit entries that name
 * them, so the trail keeps its shape without naming them. One pseudonym per erasure, kept
 * nowhere else; the `person.erased` entry records counts only. All of it, or none, in one
 * transaction.
 */
export async function erasePersonData(
  store: Store,
  tenantId: string,
  objectId: string,
): Promise<ErasureOutcome> {
  await requireTenant(store, tenantId);
  const ids = spellings(objectId);
  return store.transaction(async (tx) => {
    let deletedReplies = 0;
    for (const id of ids) deletedReplies += await tx.privacy.deleteRepliesBy(tenantId, id);
    const deletedLearningEntries = await tx.learningRecord.deleteBy(tenantId, objectId);
    const pseudonym = `erased-${randomUUID()}`;
    const pseudonymised = await tx.privacy.pseudonymise(tenantId, ids, pseudonym);
    const outcome: ErasureOutcome = {
      deletedReplies,
      deletedLearningEntries,
      pseudonymisedSubscriptions: pseudonymised.subscriptions,
      pseudonymisedAuditEntries: pseudonymised.auditEntries,
      pseudonymisedResponses: await tx.responses.pseudonymise(tenantId, ids, pseudonym),
      deletedRatings: await tx.feedback.deleteRatingsBy(tenantId, ids),
      deletedPollVotes: await tx.pollVotes.deleteVotesBy(tenantId, ids),
    };
    await tx.audit.append({
      tenantId,
      actor: 'operator',
      action: 'person.erased',
      subject: objectId,
      detail: { ...outcome },
    });
    return outcome;
  });
}

async function placeNames(
  store: Store,
  tenantId: string,
  replies: readonly Reply[],
): Promise<{ teams: Map<string, string | null>; channels: Map<string, string | null> }> {
  const teams = new Map<string, string | null>();
  const channels = new Map<string, string | null>();
  for (const teamId of new Set(replies.map((reply) => reply.teamId))) {
    teams.set(teamId, (await store.teams.get(tenantId, teamId))?.name ?? null);
    for (const channel of await store.teams.listChannels(tenantId, teamId)) {
      channels.set(channel.id, channel.name);
    }
  }
  return { teams, channels };
}

function exportedAudit(entry: AuditEntry): PersonDataExport['auditEntries'][number] {
  return {
    action: entry.action,
    subject: entry.subject,
    detail: entry.detail,
    at: entry.at.toISOString(),
  };
}
