import { randomUUID } from 'node:crypto';
import type { LearningEntryView } from '../content/views';
import { caseText } from '../content/present';
import type { Library } from '../content/model';
import { AppError, notFound } from '../errors';
import type { Language } from '../i18n/language';
import type { LearningEntry, LearningEntrySource, LearningPeriod, Store } from '../store/types';
import type { LearningEntryChangeInput, NewLearningEntryInput } from './input';

/** The author of entries: a signed-in person in their own tenant. */
export interface LearningRecordOwner {
  tenantId: string;
  userObjectId: string;
}

export interface LearningRecordDeps {
  store: Store;
  /** The current library: an entry names one of its cases. */
  library: () => Library;
  clock?: () => Date;
}

const noSuchEntry = () => notFound('There is no such entry in your learning record.');

/** A case's title in a language (the English where not translated); null when not in the library. */
export function caseTitle(library: Library, caseId: string, language: Language): string | null {
  const caseStudy = library.caseStudy(caseId);
  return caseStudy ? caseText(caseStudy, language).title : null;
}

/** An entry as its author sees it, with the case's title in their language. */
export function learningEntryView(
  entry: LearningEntry,
  library: Library,
  language: Language,
): LearningEntryView {
  return {
    id: entry.id,
    caseId: entry.caseId,
    caseTitle: caseTitle(library, entry.caseId, language),
    reflection: entry.reflection,
    application: entry.application,
    minutes: entry.minutes,
    source: entry.source,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/**
 * Adds an entry to the caller's own learning record, about a case the library has, with its
 * audit entry (ids only: never the words) in the same transaction.
 */
export async function addLearningEntry(
  deps: LearningRecordDeps,
  owner: LearningRecordOwner,
  input: NewLearningEntryInput,
  source: LearningEntrySource,
): Promise<LearningEntry> {
  if (!deps.library().caseStudy(input.caseId)) {
    throw new AppError('BadRequest', `There is no case study ${input.caseId}.`);
  }
  const now = deps.clock?.() ?? new Date();
  return deps.store.transaction(async (tx) => {
    const entry = await tx.learningRecord.add({
      tenantId: owner.tenantId,
      id: randomUUID(),
      personId: owner.userObjectId,
      caseId: input.caseId,
      reflection: input.reflection,
      application: input.application,
      minutes: input.minutes,
      source,
      createdAt: now,
    });
    await audit(tx, owner, 'learning-record.added', entry.id, { source });
    return entry;
  });
}

/** The caller's own entries written in the period, newest first. */
export function listLearningEntries(
  store: Store,
  owner: LearningRecordOwner,
  period: LearningPeriod = {},
): Promise<LearningEntry[]> {
  return store.learningRecord.list(owner.tenantId, owner.userObjectId, period);
}

/** Changes one of the caller's own entries; anyone else's is not found. */
export async function changeLearningEntry(
  deps: LearningRecordDeps,
  owner: LearningRecordOwner,
  id: string,
  change: LearningEntryChangeInput,
): Promise<LearningEntry> {
  const now = deps.clock?.() ?? new Date();
  return deps.store.transaction(async (tx) => {
    const changed = await tx.learningRecord.update(
      owner.tenantId,
      owner.userObjectId,
      id,
      change,
      now,
    );
    if (!changed) throw noSuchEntry();
    await audit(tx, owner, 'learning-record.changed', id, { fields: Object.keys(change) });
    return changed;
  });
}

/** Deletes one of the caller's own entries; anyone else's is not found. */
export async function deleteLearningEntry(
  store: Store,
  owner: LearningRecordOwner,
  id: string,
): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.learningRecord.delete(owner.tenantId, owner.userObjectId, id))) {
      throw noSuchEntry();
    }
    await audit(tx, owner, 'learning-record.deleted', id, {});
  });
}

function audit(
  tx: Pick<Store, 'audit'>,
  owner: LearningRecordOwner,
  action: string,
  entryId: string,
  detail: Record<string, unknown>,
): Promise<unknown> {
  return tx.audit.append({
    tenantId: owner.tenantId,
    actor: owner.userObjectId.toLowerCase(),
    action,
    subject: entryId,
    detail,
  });
}
