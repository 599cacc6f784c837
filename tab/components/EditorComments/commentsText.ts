import commentsCy from '../../../src/i18n/catalogues/comments.cy';
import commentsEn from '../../../src/i18n/catalogues/comments.en';
import { chunkText } from '../../i18n/chunkText';

/** A message of the editors' screen of readers' comments. */
export type CommentsKey = keyof typeof commentsEn.messages;

/** The editors' screen's messages in the reader's language (they travel in the screen's own chunk). */
export const useCommentsText = chunkText<CommentsKey>(commentsEn, commentsCy);
