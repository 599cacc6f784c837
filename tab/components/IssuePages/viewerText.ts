import viewerCy from '../../../src/i18n/catalogues/viewer.cy';
import viewerEn from '../../../src/i18n/catalogues/viewer.en';
import { chunkText } from '../../i18n/chunkText';

/** A message of the page view. */
export type ViewerKey = keyof typeof viewerEn.messages;

/** The page view's messages in the reader's language (they travel in the view's own chunk). */
export const useViewerText = chunkText<ViewerKey>(viewerEn, viewerCy);
