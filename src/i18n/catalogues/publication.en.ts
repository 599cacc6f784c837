/**
 * The PDFs the service makes, in English (the source): a case's briefing sheet, and the issue as
 * published for a sample issue (`npm run content:pdf`). ICU MessageFormat; write ’ for an
 * apostrophe. Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'sheet.documentTitle': '{title}: briefing sheet',
    'sheet.header': 'Learning the Lessons · Issue {number} · {theme} · Case study {id}',
    'sheet.noneForRoles':
      'This case has no questions for {roles}, so the questions for every role are here.',
    'sheet.footer': 'Learning the Lessons · Case study {id} · Page {page} of {count}',

    'issue.documentTitle': 'Learning the Lessons, issue {number}: {title}',
    'issue.masthead': 'Learning the Lessons',
    'issue.meta': 'Theme: {theme}. Published {date}.',
    'issue.contents': 'In this issue',
    'issue.contentsLine': '{title}, page {page}',
    'issue.foreword': 'Foreword',
    'issue.caseNumber': 'Case study {order} of {count}',
    'issue.factors': 'Factors: {factors}',
    'issue.audiences': 'For: {audiences}',
    'issue.articles': 'Feature articles',
    'issue.byline': 'By {author}, {organisation}',
    'issue.footer': 'Learning the Lessons · Issue {number} · Page {page} of {count}',
    'case.whatHappened': 'What happened',
    'case.forceResponse': 'What the force did',
    'case.outcomes': 'Outcomes for the officers and staff',
  },
};
