export { caseCard, questionsFor, type CaseCardInput } from './case-card';
export { escapeMarkdown } from './markdown';
export {
  COMMON_TIME_ZONES,
  defaultChoices,
  savedCard,
  SETUP_VERBS,
  setupCard,
  WEEKDAYS,
  type SetupChoices,
} from './setup-card';
export { ADAPTIVE_CARD_CONTENT_TYPE, adaptiveCard, text, type AdaptiveCard } from './types';
