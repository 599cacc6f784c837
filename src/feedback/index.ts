export {
  parseCommentsCommand,
  runCommentsCommand,
  commentsUsage,
  type CommentsCommand,
} from './commands';
export { commentsForEditors, editorCommentView, requireEditor, setCommentHidden } from './editors';
export {
  feedbackItem,
  feedbackSchema,
  MAX_COMMENT_LENGTH,
  myFeedback,
  personKey,
  rate,
  rateFromCard,
  type FeedbackDeps,
  type FeedbackInput,
  type MyFeedback,
} from './rate';
export { ratingsSummary, type RatingSummary } from './summary';
