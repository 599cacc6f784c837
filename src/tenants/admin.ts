import { AppError } from '../errors';
import { tenantIdSchema } from '../ids';
import type { Store, Tenant } from '../store/types';

/** The operator's tenant commands (`npm run tenants -- …`), each audited. */
export type TenantCommand =
  | { name: 'list' }
  | { name: 'add'; tenantId: string; displayName: string | null }
  | { name: 'suspend'; tenantId: string; reason: string }
  | { name: 'resume'; tenantId: string };

export const tenantsUsage = [
  'usage: npm run tenants -- list',
  '       npm run tenants -- add <tenant id> [name]',
  '       npm run tenants -- suspend <tenant id> [reason]',
  '       npm run tenants -- resume <tenant id>',
].join('\n');

/** Reads a command from the script's arguments; throws a `BadRequest` naming the problem. */
export function parseTenantCommand(args: readonly string[]): TenantCommand {
  const [name, id, ...rest] = args;
  const parseId = () => {
    const parsed = tenantIdSchema.safeParse(id ?? '');
    if (!parsed.success)
      throw new AppError('BadRequest', `"${id ?? ''}" is not a tenant id (a GUID).`);
    return parsed.data;
  };
  const text = rest.join(' ').trim();
  switch (name) {
    case 'list':
      return { name };
    case 'add':
      return { name, tenantId: parseId(), displayName: text === '' ? null : text.slice(0, 200) };
    case 'suspend':
      return { name, tenantId: parseId(), reason: text === '' ? 'operator' : text.slice(0, 200) };
    case 'resume':
      return { name, tenantId: parseId() };
    default:
      throw new AppError('BadRequest', tenantsUsage);
  }
}

/**
 * Runs a command against the store and returns what to print; a change and its audit entry are
 * written in one transaction.
 */
export async function runTenantCommand(store: Store, command: TenantCommand): Promise<string> {
  if (command.name === 'list') {
    const tenants = await store.tenants.list();
    if (tenants.length === 0) return 'No tenants.';
    return tenants.map(describe).join('\n');
  }
  return store.transaction(async (tx) => {
    const audit = (action: string, detail: Record<string, unknown>) =>
      tx.audit.append({
        tenantId: command.tenantId,
        actor: 'operator',
        action,
        subject: command.tenantId,
        detail,
      });
    if (command.name === 'add') {
      const existing = await tx.tenants.get(command.tenantId);
      const tenant = await tx.tenants.ensure(command.tenantId, 'invited', command.displayName);
      await audit('tenant.added', { status: tenant.status, existed: existing !== undefined });
      return existing
        ? `Already known, unchanged: ${describe(tenant)}`
        : `Added: ${describe(tenant)}`;
    }
    const known = await tx.tenants.get(command.tenantId);
    if (!known) throw new AppError('NotFound', `No tenant ${command.tenantId}: add it first.`);
    if (command.name === 'suspend') {
      const tenant = await tx.tenants.setStatus(command.tenantId, 'suspended', command.reason);
      await audit('tenant.suspended', { from: known.status, reason: command.reason });
      return `Suspended: ${describe(tenant!)}`;
    }
    if (known.status !== 'suspended') return `Not suspended, unchanged: ${describe(known)}`;
    const consented = (await tx.audit.list(command.tenantId)).some(
      (entry) => entry.action === 'tenant.consented',
    );
    const tenant = await tx.tenants.setStatus(
      command.tenantId,
      consented ? 'consented' : 'invited',
      null,
    );
    await audit('tenant.resumed', { to: tenant!.status });
    return `Resumed: ${describe(tenant!)}`;
  });
}

function describe(tenant: Tenant): string {
  const reason = tenant.statusReason ? ` (${tenant.statusReason})` : '';
  return `${tenant.id}  ${tenant.status}${reason}  ${tenant.name ?? ''}`.trimEnd();
}
