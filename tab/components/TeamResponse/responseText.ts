import responseCy from '../../../src/i18n/catalogues/response.cy';
import responseEn from '../../../src/i18n/catalogues/response.en';
import { chunkText } from '../../i18n/chunkText';

/** A message of the teams' and the force's responses. */
export type ResponseKey = keyof typeof responseEn.messages;

/** The responses' messages in the reader's language. */
export const useResponseText = chunkText<ResponseKey>(responseEn, responseCy);
