/**
 * The tab's page view of an issue as published, in English (the source). Its own catalogue
 * because the view loads on demand: these messages travel with it, not with the tab's first
 * script. ICU MessageFormat; write ’ for an apostrophe. Plain data: no imports.
 */
export default {
  language: 'en',
  needsReview: false,
  messages: {
    'viewer.loadingIssue': 'Loading issue {number} as published…',
    'viewer.issueError': 'Issue {number} as published could not be loaded.',
    'viewer.none': 'Issue {number} has no PDF',
    'viewer.noneText':
      'This issue is not available as published. Its case studies are on the issue’s page.',
    'viewer.title': 'Issue {number}: {title}, as published',
    'viewer.back': 'Back to issue {number}’s case studies',
    'viewer.download': 'Download the PDF (opens in a new window)',
    'viewer.controls': 'Pages and zoom',
    'viewer.previous': 'Previous page',
    'viewer.next': 'Next page',
    'viewer.pageNumber': 'Page number',
    'viewer.go': 'Go',
    'viewer.zoomOut': 'Zoom out',
    'viewer.zoomIn': 'Zoom in',
    'viewer.fit': 'Fit to width',
    'viewer.zoom': 'Zoom: {percent, number, percent}',
    'viewer.page': 'Page {page} of {count}',
    'viewer.keys':
      'On the page, the arrow keys, Page Up and Page Down turn the pages. Its text can be selected, found and read aloud.',
    'viewer.loading': 'Loading page {page}…',
    'viewer.failed':
      'The pages could not be shown. Try again, or download the PDF to read it in another app.',
    'viewer.noPage':
      'There is no page {page}: this issue has {count, plural, one {# page} other {# pages}}.',
    'viewer.firstPage': 'Go to the first page',
  },
};
