import botCy from './bot.cy';
import botEn from './bot.en';
import commonCy from './common.cy';
import commonEn from './common.en';
import commentsCy from './comments.cy';
import commentsEn from './comments.en';
import learningCy from './learning.cy';
import learningEn from './learning.en';
import feedbackCy from './feedback.cy';
import feedbackEn from './feedback.en';
import insightsCy from './insights.cy';
import insightsEn from './insights.en';
import pagesCy from './pages.cy';
import pagesEn from './pages.en';
import publicationCy from './publication.cy';
import publicationEn from './publication.en';
import responseCy from './response.cy';
import responseEn from './response.en';
import tabCy from './tab.cy';
import tabEn from './tab.en';
import viewerCy from './viewer.cy';
import viewerEn from './viewer.en';

/** One language's messages for one part of the product, as each catalogue file exports it. */
export interface Catalogue<K extends string = string> {
  language: string;
  /** True until a Welsh translator has reviewed every message (always false for English). */
  needsReview: boolean;
  messages: Readonly<Record<K, string>>;
}

/** A part's English catalogue with a Welsh one that has every key (checked when compiling). */
function pair<E extends Catalogue>(en: E, cy: Catalogue<Extract<keyof E['messages'], string>>) {
  return { en, cy };
}

/**
 * Every message catalogue, by part of the product and language. A part's messages are merged
 * with `common` when used, so no key may be in both. Add a part by adding its `<part>.en.ts` and
 * `<part>.cy.ts` here; the catalogue test then checks it.
 */
export const catalogues = {
  common: pair(commonEn, commonCy),
  tab: pair(tabEn, tabCy),
  pages: pair(pagesEn, pagesCy),
  bot: pair(botEn, botCy),
  publication: pair(publicationEn, publicationCy),
  viewer: pair(viewerEn, viewerCy),
  learning: pair(learningEn, learningCy),
  response: pair(responseEn, responseCy),
  feedback: pair(feedbackEn, feedbackCy),
  insights: pair(insightsEn, insightsCy),
  comments: pair(commentsEn, commentsCy),
};

/** A part of the product with its own messages. */
export type CataloguePart = keyof typeof catalogues;

/** The keys of a part's messages (English is the source), with the common ones. */
export type MessageKey<P extends CataloguePart> = Extract<
  | keyof (typeof catalogues)['common']['en']['messages']
  | keyof (typeof catalogues)[P]['en']['messages'],
  string
>;
