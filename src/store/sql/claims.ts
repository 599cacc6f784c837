import type { ClaimRepository } from '../repositories';
import type { SqlExecutor } from './engine';
import { tenantKey } from './rows';

/**
 * Things that must happen once (a new-issue notice per team, an admin-consent state nonce) or on
 * one instance at a time (a lease, such as a tenant's deliveries).
 */
export function claimRepository(db: SqlExecutor): ClaimRepository {
  return {
    async newIssueNotice(tenantId, teamId, issueNumber) {
      const inserted = await db.run(
        `INSERT INTO new_issue_notices (tenant_id, team_id, issue_number, claimed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id, team_id, issue_number) DO NOTHING`,
        [tenantKey(tenantId), teamId, issueNumber, new Date()],
      );
      return inserted === 1;
    },

    async consentState(nonce, expiresAt) {
      const now = new Date();
      if (expiresAt.getTime() <= now.getTime()) return false;
      await db.run('DELETE FROM consent_states WHERE expires_at < ?', [now]);
      const inserted = await db.run(
        `INSERT INTO consent_states (nonce, expires_at, consumed_at) VALUES (?, ?, ?)
         ON CONFLICT (nonce) DO NOTHING`,
        [nonce, expiresAt, now],
      );
      return inserted === 1;
    },

    async acquireLease(name, holder, ttlMs) {
      const now = new Date();
      const row = await db.get(
        `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= ?
         RETURNING holder`,
        [name, holder, new Date(now.getTime() + ttlMs), now],
      );
      return row !== undefined;
    },

    async releaseLease(name, holder) {
      await db.run('DELETE FROM leases WHERE name = ? AND holder = ?', [name, holder]);
    },
  };
}
