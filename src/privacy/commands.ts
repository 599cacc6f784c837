import type { z } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Store } from '../store/types';
import { objectIdSchema, tenantIdSchema } from '../ids';
import { describeRemovedRows, offboardTenant } from './offboarding';
import { erasePersonData, exportPersonData } from './person';
import { retentionMonthsSchema, setLearningRecordRetention, setRetention } from './retention';

/** `npm run privacy -- …`: a person's data in one tenant. */
export type PrivacyCommand =
  | { name: 'export'; tenantId: string; objectId: string; out: string | undefined }
  | { name: 'erase'; tenantId: string; objectId: string };

/** The data-protection subcommands of `npm run tenants -- …`. */
export type TenantPrivacyCommand =
  | { name: 'set-retention'; tenantId: string; months: number }
  | { name: 'set-learning-retention'; tenantId: string; months: number }
  | { name: 'remove'; tenantId: string; confirmed: boolean };

export const privacyUsage = [
  'usage: npm run privacy -- export <tenant id> <entra object id> [--out file]',
  '       npm run privacy -- erase <tenant id> <entra object id>',
].join('\n');

export const tenantPrivacyUsage = [
  '       npm run tenants -- set-retention <tenant id> <months>',
  '       npm run tenants -- set-learning-retention <tenant id> <months>',
  '       npm run tenants -- remove <tenant id> [--yes]',
].join('\n');

function parsed<T>(schema: z.ZodType<T>, value: string | undefined, what: string): T {
  const result = schema.safeParse(value ?? '');
  if (!result.success) {
    throw new AppError(
      'BadRequest',
      `"${value ?? ''}" is not ${what}: ${result.error.issues[0]!.message}.`,
    );
  }
  return result.data;
}

/** Reads `export|erase <tenant> <object id> [--out file]`; throws a `BadRequest` if it cannot. */
export function parsePrivacyCommand(args: readonly string[]): PrivacyCommand {
  const rest = [...args];
  let out: string | undefined;
  const outAt = rest.indexOf('--out');
  if (outAt >= 0) {
    out = rest[outAt + 1];
    if (out === undefined || out === '')
      throw new AppError('BadRequest', '--out needs a file name.');
    rest.splice(outAt, 2);
  }
  const [name, tenant, person, ...extra] = rest;
  if ((name !== 'export' && name !== 'erase') || extra.length > 0) {
    throw new AppError('BadRequest', privacyUsage);
  }
  if (name === 'erase' && out !== undefined) throw new AppError('BadRequest', privacyUsage);
  const tenantId = parsed(tenantIdSchema, tenant, 'a tenant id');
  const objectId = parsed(objectIdSchema, person, 'an Entra object id');
  return name === 'export' ? { name, tenantId, objectId, out } : { name, tenantId, objectId };
}

/**
 * Reads `set-retention <tenant> <months>`, `set-learning-retention <tenant> <months>` or
 * `remove <tenant> [--yes]`; undefined when the
 * arguments are another tenants command.
 */
export function parseTenantPrivacyCommand(
  args: readonly string[],
): TenantPrivacyCommand | undefined {
  const [name, ...rest] = args;
  if (name === 'set-retention' || name === 'set-learning-retention') {
    if (rest.length !== 2) throw new AppError('BadRequest', tenantPrivacyUsage.trimStart());
    return {
      name,
      tenantId: parsed(tenantIdSchema, rest[0], 'a tenant id'),
      months: parsed(retentionMonthsSchema, rest[1], 'a number of months'),
    };
  }
  if (name === 'remove') {
    const confirmed = rest.includes('--yes');
    const ids = rest.filter((arg) => arg !== '--yes');
    if (ids.length !== 1) throw new AppError('BadRequest', tenantPrivacyUsage.trimStart());
    return { name, tenantId: parsed(tenantIdSchema, ids[0], 'a tenant id'), confirmed };
  }
  return undefined;
}

/** Runs a person command; returns the JSON export (for `export`) or a line for the operator. */
export async function runPrivacyCommand(store: Store, command: PrivacyCommand): Promise<string> {
  if (command.name === 'export') {
    const exported = await exportPersonData(store, command.tenantId, command.objectId);
    return `${JSON.stringify(exported, null, 2)}\n`;
  }
  const erased = await erasePersonData(store, command.tenantId, command.objectId);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    `Erased ${command.objectId} in ${command.tenantId}: ` +
    `${count(erased.deletedReplies, 'reply', 'replies')}, ` +
    `${count(erased.deletedLearningEntries, 'learning-record entry', 'learning-record entries')}, ` +
    `${count(erased.deletedRatings, 'rating', 'ratings')} and ` +
    `${count(erased.deletedPollVotes, 'poll vote', 'poll votes')} deleted; ` +
    `${count(erased.pseudonymisedSubscriptions, 'weekly-post setting', 'weekly-post settings')}, ` +
    `${count(erased.pseudonymisedAuditEntries, 'audit entry', 'audit entries')} and ` +
    `${count(erased.pseudonymisedResponses, 'team-response row', 'team-response rows')} no longer name them.\n`
  );
}

export interface TenantPrivacyIo {
  logger: Logger;
  /**
   * Asks the operator to type something and returns it; undefined when nobody can answer (not a
   * terminal), in which case removal needs `--yes`.
   */
  ask: ((question: string) => Promise<string>) | undefined;
}

/** Runs `set-retention`, `set-learning-retention` or `remove` (after confirmation); returns what to print. */
export async function runTenantPrivacyCommand(
  store: Store,
  command: TenantPrivacyCommand,
  io: TenantPrivacyIo,
): Promise<string> {
  if (command.name === 'set-retention') {
    const { before, after } = await setRetention(store, command.tenantId, command.months);
    return `Retention for ${after.id}: ${after.retentionMonths} months (was ${before.retentionMonths}).`;
  }
  if (command.name === 'set-learning-retention') {
    const { before, after } = await setLearningRecordRetention(
      store,
      command.tenantId,
      command.months,
    );
    return `Learning-record retention for ${command.tenantId}: ${after} months after an entry's last change (was ${before}).`;
  }
  const tenant = await store.tenants.get(command.tenantId);
  if (!tenant) throw new AppError('NotFound', `No tenant ${command.tenantId}.`);
  if (!command.confirmed) {
    if (!io.ask) {
      throw new AppError(
        'BadRequest',
        'Removing a tenant deletes all of its data: add --yes to confirm when not at a terminal.',
      );
    }
    const label = tenant.name ? ` (${tenant.name})` : '';
    const answer = await io.ask(
      `This deletes every row held for ${tenant.id}${label}. Type the tenant id to confirm: `,
    );
    if (answer.trim().toLowerCase() !== tenant.id) return 'Not confirmed: nothing was removed.';
  }
  const removed = await offboardTenant(store, tenant.id, io.logger);
  return `Removed ${tenant.id}:\n${describeRemovedRows(removed)}`;
}
