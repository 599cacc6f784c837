import type { Store } from '../types';
import type { SqlEngine } from './engine';
import { tenantKey } from './rows';

/** Things that must happen once: a new-issue notice per team, an admin-consent state nonce. */
export function claimQueries(
  db: SqlEngine,
): Pick<Store, 'claimNewIssueNotice' | 'consumeConsentState'> {
  return {
    async claimNewIssueNotice(tenantId, teamId, issueNumber) {
      const inserted = await db.run(
        `INSERT INTO new_issue_notices (tenant_id, team_id, issue_number, claimed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id, team_id, issue_number) DO NOTHING`,
        [tenantKey(tenantId), teamId, issueNumber, new Date()],
      );
      return inserted === 1;
    },

    async consumeConsentState(nonce, expiresAt) {
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
  };
}
