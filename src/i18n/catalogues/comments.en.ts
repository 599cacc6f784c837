/**
 * The IOPC's editors' screen of readers' comments, in English (the source). The screen loads on
 * demand, so these travel with it. ICU MessageFormat; write ’ for an apostrophe. Plain data: no
 * imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'comments.title': 'Readers’ comments',
    'comments.loading': 'Loading readers’ comments…',
    'comments.error': 'The readers’ comments could not be loaded',
    'comments.intro':
      'Every comment readers left with a rating, newest first. Comments reach you without the reader’s name, team or force. A hidden comment stays here but leaves the insights; you can show it again at any time.',
    'comments.forbidden':
      'This screen is for the IOPC’s editors. If you are one, ask the IOPC’s Microsoft 365 admin to give you the Editor role.',
    'comments.outsideTeams': 'Open the tab in Teams to see readers’ comments.',
    'comments.filter.state': 'Show',
    'comments.filter.all': 'All comments',
    'comments.filter.shown': 'Shown comments',
    'comments.filter.hidden': 'Hidden comments',
    'comments.filter.issue': 'Issue',
    'comments.filter.allIssues': 'All issues',
    'comments.issue': 'Issue {number}: {title}',
    'comments.issueNumber': 'Issue {number}',
    'comments.count':
      '{count, plural, =0 {No comments} one {# comment} other {# comments}} of {total}',
    'comments.listed': 'The newest {listed} are listed.',
    'comments.more': 'Show {count, plural, one {# more comment} other {# more comments}}',
    'comments.none': 'No comments yet.',
    'comments.noneMatch': 'No comments match these filters.',
    'comments.about': 'About',
    'comments.aboutIssue': 'the issue itself',
    'comments.rating': 'Rated {rating} out of 5',
    'comments.given': 'Given on {date}',
    'comments.state.shown': 'Shown',
    'comments.state.hidden': 'Hidden',
    'comments.hide': 'Hide',
    'comments.show': 'Show',
    'comments.hide.name': 'Hide the comment on {item}, given on {date}',
    'comments.show.name': 'Show the comment on {item}, given on {date}',
    'comments.hidden.done':
      'The comment on {item} is hidden: it no longer appears in the insights.',
    'comments.shown.done': 'The comment on {item} is shown again in the insights.',
    'comments.change.error':
      '{hidden, select, true {The comment on {item} could not be hidden, so it is still shown} other {The comment on {item} could not be shown, so it is still hidden}}',
  },
} as const;
