import learningCy from '../../../src/i18n/catalogues/learning.cy';
import learningEn from '../../../src/i18n/catalogues/learning.en';
import { chunkText } from '../../i18n/chunkText';

/** A message of "My learning". */
export type LearningKey = keyof typeof learningEn.messages;

/** "My learning"'s messages in the reader's language (they travel in the view's own chunk). */
export const useLearningText = chunkText<LearningKey>(learningEn, learningCy);
