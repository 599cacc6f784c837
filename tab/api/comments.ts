import type { EditorCommentView } from '../../src/content/views';
import type { Language } from '../../src/i18n/language';
import { getSignedIn, putSignedIn } from './client';

/** Readers' comments for the IOPC's editors, newest first, hidden ones included (403 for others). */
export const getEditorComments = (language: Language, inTeams: boolean, signal?: AbortSignal) =>
  getSignedIn<{ comments: EditorCommentView[] }>(
    `/api/feedback/comments?lang=${language}`,
    inTeams,
    signal,
  );

/** An editor hides a comment from the insights, or shows it again. */
export const setCommentHidden = (commentId: string, hidden: boolean, inTeams: boolean) =>
  putSignedIn<{ id: string; hidden: boolean }>(
    `/api/feedback/comments/${encodeURIComponent(commentId)}/hidden`,
    { hidden },
    inTeams,
  );
