/**
 * Messages shared by the tab, the bot and the service's pages, in English (the source).
 * ICU MessageFormat (plurals as `{count, plural, one {…} other {…}}`); write ’ for an apostrophe,
 * as a straight ' quotes in ICU. Plain data: no imports. README "Cymraeg" says how to add one.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'product.name': 'Learning the Lessons',
    'audience.officers-and-staff': 'Frontline officers and staff',
    'audience.call-handlers': 'Call handlers',
    'audience.custody-staff': 'Custody staff',
    'audience.supervisors-and-managers': 'Supervisors and managers',
    'audience.policy-makers': 'Policy makers',
    'audience.trainers': 'Trainers',
    'issue.heading': 'Issue {number}: {title}',
    /** Wherever an item of a sample issue (written for this product) appears. */
    'sample.label': 'Sample content, not IOPC material',
    'contentWarning.title': 'Content warning',
    'case.keyLearning': 'Key learning',
    'questions.title': 'Reflective questions',
    'issue.untranslated':
      'This issue has not been translated into Welsh yet, so it is shown in English.',
    'case.untranslated':
      'This case study has not been translated into Welsh yet, so it is shown in English.',
    /** Dates, where the reader's browser cannot write them in this language itself. */
    'date.months':
      'January, February, March, April, May, June, July, August, September, October, November, December',
    'date.monthsShort': 'Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec',
    'date.long': '{day} {month} {year}',
    'date.medium': '{day} {month} {year}, {time}',
    'content.englishOnly': 'In English only',
  },
};
