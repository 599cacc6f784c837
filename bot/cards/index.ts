export { caseCard, caseCardContent, type CaseCardInput } from './case-card';
export {
  FEEDBACK_FIELDS,
  FEEDBACK_VERBS,
  feedbackTexts,
  inEachLanguage,
  readCardAction,
  type CardAction,
  type CardAnswer,
  type CardFeedback,
  type CardNote,
  type CardPost,
} from './feedback-card';
export { escapeMarkdown } from './markdown';
export { savedCard, SETUP_VERBS, setupCard } from './setup-card';
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  type CardElement,
  type CardVersion,
} from './types';
