import { randomUUID } from 'node:crypto';
import type { PollVoteRepository } from '../repositories';
import type { PollVote } from '../types';
import { toDate, toText, type SqlExecutor, type SqlRow } from './engine';
import { tenantKey } from './rows';

const voteColumns = 'tenant_id, person_id, poll_id, option_id, voted_at';

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Votes in the polls on future themes. */
export function pollVoteRepository(db: SqlExecutor): PollVoteRepository {
  return {
    async vote(vote) {
      const row = await db.get(
        `INSERT INTO poll_votes (${voteColumns}) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, poll_id, person_id) DO UPDATE SET
           option_id = excluded.option_id, voted_at = excluded.voted_at
         RETURNING ${voteColumns}`,
        [tenantKey(vote.tenantId), vote.personId, vote.pollId, vote.optionId, vote.votedAt],
      );
      return toVote(row!);
    },

    async voteOf(tenantId, personId, pollId) {
      const row = await db.get(
        `SELECT ${voteColumns} FROM poll_votes WHERE tenant_id = ? AND poll_id = ? AND person_id = ?`,
        [tenantKey(tenantId), pollId, personId],
      );
      return row && toVote(row);
    },

    async countVotes(pollId, tenantId) {
      const rows = await db.all(
        `SELECT tenant_id, option_id, COUNT(*) AS people FROM poll_votes
         WHERE poll_id = ?${tenantId ? ' AND tenant_id = ?' : ''}
         GROUP BY tenant_id, option_id ORDER BY tenant_id, option_id`,
        [pollId, ...(tenantId ? [tenantKey(tenantId)] : [])],
      );
      return rows.map((row) => ({
        tenantId: toText(row.tenant_id),
        optionId: toText(row.option_id),
        people: Number(row.people),
      }));
    },

    async votesBy(tenantId, personIds) {
      const rows = await db.all(
        `SELECT ${voteColumns} FROM poll_votes
         WHERE tenant_id = ? AND person_id IN (${marks(personIds)}) ORDER BY voted_at, poll_id`,
        [tenantKey(tenantId), ...personIds],
      );
      return rows.map(toVote);
    },

    deleteVotesBy: (tenantId, personIds) =>
      db.run(`DELETE FROM poll_votes WHERE tenant_id = ? AND person_id IN (${marks(personIds)})`, [
        tenantKey(tenantId),
        ...personIds,
      ]),

    async anonymiseBefore(tenantId, cutoff) {
      const tenant = tenantKey(tenantId);
      const rows = await db.all(
        `SELECT poll_id, person_id FROM poll_votes
         WHERE tenant_id = ? AND voted_at < ? AND person_id NOT LIKE 'retained-%'`,
        [tenant, cutoff],
      );
      for (const row of rows) {
        await db.run(
          'UPDATE poll_votes SET person_id = ? WHERE tenant_id = ? AND poll_id = ? AND person_id = ?',
          [`retained-${randomUUID()}`, tenant, toText(row.poll_id), toText(row.person_id)],
        );
      }
      return rows.length;
    },
  };
}

function toVote(row: SqlRow): PollVote {
  return {
    tenantId: toText(row.tenant_id),
    personId: toText(row.person_id),
    pollId: toText(row.poll_id),
    optionId: toText(row.option_id),
    votedAt: toDate(row.voted_at),
  };
}
