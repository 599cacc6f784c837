import type { Store } from '../store/types';

/**
 * When each erased person's data was last erased (`person.erased` in the tenant's audit trail),
 * by lower-case Entra object id: their replies from before then must not come back.
 */
export async function erasureTimes(store: Store, tenantId: string): Promise<Map<string, Date>> {
  const erased = new Map<string, Date>();
  for (const entry of await store.listAudit(tenantId)) {
    if (entry.action !== 'person.erased') continue;
    const id = entry.subject.toLowerCase();
    const previous = erased.get(id);
    if (!previous || entry.at > previous) erased.set(id, entry.at);
  }
  return erased;
}
