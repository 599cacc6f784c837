import { randomUUID } from 'node:crypto';
import type { FeedbackRepository } from '../repositories';
import type { EditorComment, Rating, RatingCount } from '../types';
import { toBoolean, toDate, toText, toTextOrNull, type SqlExecutor, type SqlRow } from './engine';
import { tenantKey } from './rows';

/** An issue's own rating is stored with an empty case id, so the key has no null in it. */
const ISSUE_ITSELF = '';

const ratingColumns =
  'tenant_id, person_id, issue_number, case_id, rating, comment_id, comment, comment_hidden, rated_at';

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Readers' ratings of issues and cases, their comments, and each force's choice on comments. */
export function feedbackRepository(db: SqlExecutor): FeedbackRepository {
  const ratingOf: FeedbackRepository['ratingOf'] = async (tenantId, personId, item) => {
    const row = await db.get(
      `SELECT ${ratingColumns} FROM feedback_ratings
       WHERE tenant_id = ? AND person_id = ? AND issue_number = ? AND case_id = ?`,
      [tenantKey(tenantId), personId, item.issueNumber, item.caseId ?? ISSUE_ITSELF],
    );
    return row && toRating(row);
  };

  return {
    async saveRating(rating) {
      const before = await ratingOf(rating.tenantId, rating.personId, rating);
      const sameComment = before !== undefined && before.comment === rating.comment;
      const row = await db.get(
        `INSERT INTO feedback_ratings (${ratingColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, person_id, issue_number, case_id) DO UPDATE SET
           rating = excluded.rating, comment_id = excluded.comment_id, comment = excluded.comment,
           comment_hidden = excluded.comment_hidden, rated_at = excluded.rated_at
         RETURNING ${ratingColumns}`,
        [
          tenantKey(rating.tenantId),
          rating.personId,
          rating.issueNumber,
          rating.caseId ?? ISSUE_ITSELF,
          rating.rating,
          sameComment ? before.commentId : randomUUID(),
          rating.comment,
          sameComment ? before.commentHidden : false,
          rating.ratedAt,
        ],
      );
      return toRating(row!);
    },

    ratingOf,

    async countRatings(period, tenantId) {
      const rows = await db.all(
        `SELECT tenant_id, issue_number, case_id, rating, COUNT(*) AS people FROM feedback_ratings
         WHERE rated_at >= ? AND rated_at < ?${tenantId ? ' AND tenant_id = ?' : ''}
         GROUP BY tenant_id, issue_number, case_id, rating
         ORDER BY tenant_id, issue_number, case_id, rating`,
        [period.from, period.to, ...(tenantId ? [tenantKey(tenantId)] : [])],
      );
      return rows.map((row): RatingCount => ({
        tenantId: toText(row.tenant_id),
        issueNumber: Number(row.issue_number),
        caseId: caseIdOf(row),
        rating: Number(row.rating),
        people: Number(row.people),
      }));
    },

    async comments(period) {
      const rows = await db.all(
        `SELECT issue_number, case_id, rating, comment_id, comment, comment_hidden, rated_at
         FROM feedback_ratings
         WHERE rated_at >= ? AND rated_at < ? AND comment IS NOT NULL
         ORDER BY rated_at DESC, comment_id`,
        [period.from, period.to],
      );
      return rows.map((row): EditorComment => ({
        id: toText(row.comment_id),
        issueNumber: Number(row.issue_number),
        caseId: caseIdOf(row),
        rating: Number(row.rating),
        comment: toText(row.comment),
        hidden: toBoolean(row.comment_hidden),
        ratedAt: toDate(row.rated_at),
      }));
    },

    async setCommentHidden(commentId, hidden) {
      const changed = await db.run(
        'UPDATE feedback_ratings SET comment_hidden = ? WHERE comment_id = ? AND comment IS NOT NULL',
        [hidden, commentId],
      );
      return changed > 0;
    },

    async commentsAllowed(tenantId) {
      const row = await db.get('SELECT comments_off FROM feedback_settings WHERE tenant_id = ?', [
        tenantKey(tenantId),
      ]);
      return !(row && toBoolean(row.comments_off));
    },

    async setCommentsAllowed(tenantId, allowed) {
      const tenant = tenantKey(tenantId);
      await db.run(
        `INSERT INTO feedback_settings (tenant_id, comments_off, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET
           comments_off = excluded.comments_off, updated_at = excluded.updated_at`,
        [tenant, !allowed, new Date()],
      );
      if (allowed) return 0;
      return db.run(
        `UPDATE feedback_ratings SET comment = NULL, comment_hidden = ?
         WHERE tenant_id = ? AND comment IS NOT NULL`,
        [false, tenant],
      );
    },

    async ratingsBy(tenantId, personIds) {
      const rows = await db.all(
        `SELECT ${ratingColumns} FROM feedback_ratings
         WHERE tenant_id = ? AND person_id IN (${marks(personIds)})
         ORDER BY rated_at, issue_number, case_id`,
        [tenantKey(tenantId), ...personIds],
      );
      return rows.map(toRating);
    },

    deleteRatingsBy: (tenantId, personIds) =>
      db.run(
        `DELETE FROM feedback_ratings WHERE tenant_id = ? AND person_id IN (${marks(personIds)})`,
        [tenantKey(tenantId), ...personIds],
      ),

    anonymiseBefore: (tenantId, cutoff) =>
      db.run(
        `UPDATE feedback_ratings
         SET person_id = 'retained-' || comment_id, comment = NULL, comment_hidden = ?
         WHERE tenant_id = ? AND rated_at < ? AND person_id NOT LIKE 'retained-%'`,
        [false, tenantKey(tenantId), cutoff],
      ),
  };
}

function caseIdOf(row: SqlRow): string | null {
  const caseId = toText(row.case_id);
  return caseId === ISSUE_ITSELF ? null : caseId;
}

function toRating(row: SqlRow): Rating {
  return {
    tenantId: toText(row.tenant_id),
    personId: toText(row.person_id),
    issueNumber: Number(row.issue_number),
    caseId: caseIdOf(row),
    rating: Number(row.rating),
    commentId: toText(row.comment_id),
    comment: toTextOrNull(row.comment),
    commentHidden: toBoolean(row.comment_hidden),
    ratedAt: toDate(row.rated_at),
  };
}
