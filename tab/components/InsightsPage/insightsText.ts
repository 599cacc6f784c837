import insightsCy from '../../../src/i18n/catalogues/insights.cy';
import insightsEn from '../../../src/i18n/catalogues/insights.en';
import type { Translator } from '../../../src/i18n/translator';
import type { Figure } from '../../../src/insights/view';
import { chunkText } from '../../i18n/chunkText';

/** A message of the insights view. */
export type InsightsKey = keyof typeof insightsEn.messages;

/** The insights view's messages in the reader's language (they travel in the view's own chunk). */
export const useInsightsText = chunkText<InsightsKey>(insightsEn, insightsCy);

/** A figure as the reader sees it: its number, "fewer than 5", or its number with the note that some are left out. */
export function figureText(figure: Figure, text: Translator<InsightsKey>): string {
  if (figure.value === null) return text.text('insights.fewerThanFive');
  const value = new Intl.NumberFormat(text.locale).format(figure.value);
  return figure.partial ? text.text('insights.partial', { value }) : value;
}
