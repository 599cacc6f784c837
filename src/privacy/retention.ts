import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { keepSettledWeeks } from '../insights/settle';
import { addWeeks, weekOf } from '../insights/weeks';
import type { Store, Tenant } from '../store/types';

/** How long a force keeps discussion replies: whole months, one to ten years. */
export const retentionMonthsSchema = z.coerce
  .number()
  .int('retention is a whole number of months')
  .min(1, 'retention is at least one month')
  .max(120, 'retention is at most 120 months');

/** What one run of the retention job removed from one tenant. */
export interface RetentionOutcome {
  tenantId: string;
  retentionMonths: number;
  /** Replies written before this instant were deleted; one written exactly at it is kept. */
  cutoff: Date;
  deletedReplies: number;
  /** The force's retention of learning-record entries, counted from their last change. */
  learningRecordRetentionMonths: number;
  /** Learning-record entries last changed before this instant were deleted. */
  learningRecordCutoff: Date;
  deletedLearningEntries: number;
  /** Ratings and poll votes older than the cutoff that no longer name their person. */
  anonymisedRatings: number;
  anonymisedPollVotes: number;
}

/**
 * The instant `months` calendar months before `now` (in UTC; a day missing from the shorter
 * month falls back to its last day, so 31 March less one month is 28 or 29 February).
 */
export function retentionCutoff(now: Date, months: number): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months }).toJSDate();
}

/**
 * Deletes, for every tenant, the discussion replies older than its retention period and the
 * learning-record entries last changed before its learning-record retention period, takes the
 * person out of ratings and poll votes older than the discussion's cutoff, and records an audit
 * entry per tenant with the counts (never content). The weekly figures of insights behind the
 * cutoff (counts only) are kept first, so past figures do not change.
 */
export async function applyRetention(
  store: Store,
  now: Date,
  logger: Logger,
): Promise<RetentionOutcome[]> {
  const outcomes: RetentionOutcome[] = [];
  for (const tenant of await store.tenants.list()) {
    const cutoff = retentionCutoff(now, tenant.retentionMonths);
    const learningRecordRetentionMonths = await store.learningRecord.retentionMonths(tenant.id);
    const learningRecordCutoff = retentionCutoff(now, learningRecordRetentionMonths);
    const deleted = await store.transaction(async (tx) => {
      await tx.insights.keepWeeks(tenant.id, addWeeks(weekOf(cutoff), 1));
      const deletedReplies = await tx.privacy.deleteRepliesBefore(tenant.id, cutoff);
      const deletedLearningEntries = await tx.learningRecord.deleteChangedBefore(
        tenant.id,
        learningRecordCutoff,
      );
      const anonymisedRatings = await tx.feedback.anonymiseBefore(tenant.id, cutoff);
      const anonymisedPollVotes = await tx.pollVotes.anonymiseBefore(tenant.id, cutoff);
      await tx.audit.append({
        tenantId: tenant.id,
        actor: 'system',
        action: 'retention.applied',
        subject: tenant.id,
        detail: {
          retentionMonths: tenant.retentionMonths,
          cutoff: cutoff.toISOString(),
          deletedReplies,
          learningRecordRetentionMonths,
          learningRecordCutoff: learningRecordCutoff.toISOString(),
          deletedLearningEntries,
          anonymisedRatings,
          anonymisedPollVotes,
        },
      });
      return { deletedReplies, deletedLearningEntries, anonymisedRatings, anonymisedPollVotes };
    });
    logger.info(
      { tenantId: tenant.id, retentionMonths: tenant.retentionMonths, ...deleted },
      'retention applied',
    );
    outcomes.push({
      tenantId: tenant.id,
      retentionMonths: tenant.retentionMonths,
      cutoff,
      learningRecordRetentionMonths,
      learningRecordCutoff,
      ...deleted,
    });
  }
  return outcomes;
}

export interface RetentionJobOptions {
  store: Store;
  logger: Logger;
  clock?: () => Date;
  /** How often it runs; daily unless a test says otherwise. */
  intervalMs?: number;
}

/** The running retention job. */
export interface RetentionJob {
  /** Resolves when the current run (if any) has finished. */
  stop(): Promise<void>;
}

const leaseName = 'privacy.retention';
const day = 24 * 60 * 60 * 1000;

/**
 * Applies retention now and then every `intervalMs` (its timer does not keep the process alive),
 * then keeps the counts of insights' settled weeks, so that no insights page has to.
 * A lease shared by all instances lets only one of them run it per interval.
 */
export function startRetentionJob(options: RetentionJobOptions): RetentionJob {
  const { store, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const intervalMs = options.intervalMs ?? day;
  const holder = randomUUID();
  let current: Promise<void> = Promise.resolve();
  let stopped = false;

  const run = async (): Promise<void> => {
    try {
      if (!(await store.claims.acquireLease(leaseName, holder, Math.floor(intervalMs * 0.9)))) {
        logger.debug('retention: another instance ran it this interval');
        return;
      }
      await applyRetention(store, clock(), logger);
      const tenantIds = (await store.tenants.list()).map((tenant) => tenant.id.toLowerCase());
      const forces = await keepSettledWeeks(store, tenantIds, clock());
      logger.info({ forces }, 'insights: settled weeks kept as counts');
    } catch (error) {
      logger.error({ err: error }, 'retention job failed; it runs again at the next interval');
    }
  };
  const tick = () => {
    if (!stopped) current = current.then(run);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}

/** Sets how many months a force keeps discussion replies, and audits the change. */
export async function setRetention(
  store: Store,
  tenantId: string,
  months: number,
  actor = 'operator',
): Promise<{ before: Tenant; after: Tenant }> {
  const parsed = retentionMonthsSchema.safeParse(months);
  if (!parsed.success) {
    throw new AppError('BadRequest', `Retention: ${parsed.error.issues[0]!.message}.`);
  }
  const before = await store.tenants.get(tenantId);
  if (!before) throw new AppError('NotFound', `No tenant ${tenantId}.`);
  const after = await store.transaction(async (tx) => {
    const changed = (await tx.tenants.setRetention(tenantId, parsed.data))!;
    await tx.audit.append({
      tenantId,
      actor,
      action: 'retention.set',
      subject: tenantId,
      detail: { from: before.retentionMonths, to: changed.retentionMonths },
    });
    return changed;
  });
  return { before, after };
}

/**
 * Sets how many months after their last change a force keeps its officers' learning-record
 * entries, and audits the change.
 */
export async function setLearningRecordRetention(
  store: Store,
  tenantId: string,
  months: number,
  actor = 'operator',
): Promise<{ before: number; after: number }> {
  const parsed = retentionMonthsSchema.safeParse(months);
  if (!parsed.success) {
    throw new AppError('BadRequest', `Retention: ${parsed.error.issues[0]!.message}.`);
  }
  if (!(await store.tenants.get(tenantId)))
    throw new AppError('NotFound', `No tenant ${tenantId}.`);
  const before = await store.learningRecord.retentionMonths(tenantId);
  await store.transaction(async (tx) => {
    await tx.learningRecord.setRetentionMonths(tenantId, parsed.data);
    await tx.audit.append({
      tenantId,
      actor,
      action: 'learning-record.retention-set',
      subject: tenantId,
      detail: { from: before, to: parsed.data },
    });
  });
  return { before, after: parsed.data };
}
