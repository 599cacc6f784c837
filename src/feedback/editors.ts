import { forbidden, notFound } from '../errors';
import type { TabIdentity } from '../identity/tab-token';
import type { EditorComment, Period, Store } from '../store/types';

/** Only the IOPC's editors (app role `Editor`, honoured in the publisher's tenant only). */
export function requireEditor(caller: TabIdentity): void {
  if (!caller.roles.includes('Editor')) {
    throw forbidden('Only the IOPC’s editors can see and hide readers’ comments.');
  }
}

/**
 * Readers' comments given in `period`, newest first, for an editor: the item, the rating and the
 * words, never the person, their team or their force. Hidden comments come marked as such.
 */
export async function commentsForEditors(
  store: Store,
  caller: TabIdentity,
  period: Period,
): Promise<EditorComment[]> {
  requireEditor(caller);
  return store.feedback.comments(period);
}

/** An editor hides (or shows again) a comment; audited in the service's own trail. */
export async function setCommentHidden(
  store: Store,
  caller: TabIdentity,
  commentId: string,
  hidden: boolean,
): Promise<{ id: string; hidden: boolean }> {
  requireEditor(caller);
  return store.transaction(async (tx) => {
    if (!(await tx.feedback.setCommentHidden(commentId, hidden))) {
      throw notFound('There is no such comment.');
    }
    await tx.audit.append({
      tenantId: null,
      actor: caller.userObjectId.toLowerCase(),
      action: hidden ? 'feedback.comment.hidden' : 'feedback.comment.shown',
      subject: commentId,
      detail: {},
    });
    return { id: commentId, hidden };
  });
}
