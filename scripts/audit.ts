import { loadConfig } from '../src/config';
import { formatAuditTrail, listAuditTrail } from '../src/operations/index';
import { tenantIdSchema } from '../src/ids';
import { storeFor } from '../src/store/index';

/**
 * `npm run audit -- <tenant> [--json]`: the tenant's audit trail, newest first (`service` lists
 * the service-wide entries, such as removed tenants).
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const [target, ...extra] = args.filter((arg) => arg !== '--json');
  const parsed = target === 'service' ? undefined : tenantIdSchema.safeParse(target ?? '');
  if (extra.length > 0 || (parsed !== undefined && !parsed.success)) {
    console.error('usage: npm run audit -- <tenant id>|service [--json]');
    return 2;
  }
  const tenantId = parsed?.data ?? null;
  const store = storeFor(loadConfig());
  try {
    await store.migrate();
    const entries = await listAuditTrail(store, tenantId);
    console.log(json ? JSON.stringify(entries, null, 2) : formatAuditTrail(entries));
    return 0;
  } catch (error) {
    console.error('The audit trail could not be read.');
    console.error(error);
    return 1;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
