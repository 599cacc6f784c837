/**
 * Readers' feedback and the votes on future themes, in English (the source): the tab's "Was this
 * useful?" and poll, and the weekly card's. The tab loads these with the form, not with its first
 * script. ICU MessageFormat; write ’ for an apostrophe. Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'feedback.title': 'Was this useful?',
    'feedback.caseQuestion': 'Was this case study useful to you?',
    'feedback.issueQuestion': 'Was this issue useful to you?',
    'feedback.rating.1': '1, not useful',
    'feedback.rating.2': '2',
    'feedback.rating.3': '3',
    'feedback.rating.4': '4',
    'feedback.rating.5': '5, very useful',
    'feedback.comment': 'Comment (optional)',
    'feedback.commentHint':
      'Your comment goes to the IOPC’s editors without your name or your team. Keep out anything that could identify you or anyone else.',
    'feedback.commentsOff': 'Your force has switched comments off: you can still give a rating.',
    'feedback.send': 'Send',
    'feedback.change': 'Change my rating',
    'feedback.sending': 'Sending…',
    'feedback.thanks':
      'Thank you: you rated this {rating} out of 5. You can change it at any time.',
    'feedback.yours': 'You rated this {rating} out of 5.',
    'feedback.chooseRating': 'Choose a rating from 1 to 5 first.',
    'feedback.loading': 'Loading your rating…',
    'feedback.outsideTeams': 'Open this in Teams to say whether it was useful.',
    'feedback.failed': 'Your rating could not be sent. Try again in a moment.',
    'feedback.unavailable': 'Rating is not available just now.',
    'poll.title': 'Vote on future themes',
    'poll.closes': 'Open until {date}. One vote each; you can change yours until then.',
    'poll.vote': 'Vote',
    'poll.change': 'Change my vote',
    'poll.voted': 'Your vote: {option}.',
    'poll.chooseOption': 'Choose an option first.',
    'poll.failed': 'Your vote could not be sent. Try again in a moment.',
    'poll.closed': 'This poll has closed.',
    'feedback.card.commentNote':
      'A comment is optional. It reaches the IOPC’s editors without your name or your team; if your force has switched comments off, only your rating is kept.',
    'feedback.card.commentDropped':
      'Your force has switched comments off, so your comment was not kept: your rating was.',
    'feedback.card.noIdentity':
      'Teams did not say who you are, so nothing was saved. Open the case in the tab to rate it, or try again later.',
    'feedback.card.notServed':
      'This service is not enabled for your organisation, so nothing was saved.',
    'feedback.card.gone': 'This case is no longer in the library, so it cannot be rated.',
  },
};
