import feedbackCy from '../../../src/i18n/catalogues/feedback.cy';
import feedbackEn from '../../../src/i18n/catalogues/feedback.en';
import { chunkText } from '../../i18n/chunkText';

/** A message of the feedback form or the poll. */
export type FeedbackKey = keyof typeof feedbackEn.messages;

/** The feedback messages in the reader's language (they travel in the form's own chunk). */
export const useFeedbackText = chunkText<FeedbackKey>(feedbackEn, feedbackCy);
