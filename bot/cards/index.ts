export { caseCard, caseCardContent, type CaseCardInput } from './case-card';
export { escapeMarkdown } from './markdown';
export { defaultChoices, savedCard, SETUP_VERBS, setupCard, type SetupChoices } from './setup-card';
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  type CardElement,
  type CardVersion,
} from './types';
