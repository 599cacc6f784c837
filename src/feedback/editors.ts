import type { Library } from '../content/model';
import type { EditorCommentView } from '../content/views';
import { forbidden, notFound } from '../errors';
import type { Language } from '../i18n/language';
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

/**
 * A comment as the editors' screen shows it: with the titles of its issue and case in `language`
 * (the Welsh where the library has a translation, else the English) and the day it was given.
 */
export function editorCommentView(
  library: Library,
  comment: EditorComment,
  language: Language,
): EditorCommentView {
  const { ratedAt, ...rest } = comment;
  const issue = library.issue(comment.issueNumber);
  const caseStudy = comment.caseId
    ? issue?.cases.find((candidate) => candidate.id === comment.caseId)
    : undefined;
  const inLanguage = (item: { title: string; welsh?: { title: string } } | undefined) =>
    item ? (language === 'cy' && item.welsh ? item.welsh.title : item.title) : null;
  return {
    ...rest,
    issueTitle: inLanguage(issue),
    caseTitle: inLanguage(caseStudy),
    ratedOn: ratedAt.toISOString().slice(0, 10),
  };
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
