/**
 * The tab's page view of an issue as published, in Welsh. Keys and placeholders match
 * viewer.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'viewer.loadingIssue': 'Yn llwytho rhifyn {number} fel y’i cyhoeddwyd…',
    'viewer.issueError': 'Nid oedd modd llwytho rhifyn {number} fel y’i cyhoeddwyd.',
    'viewer.none': 'Nid oes PDF o rifyn {number}',
    'viewer.noneText':
      'Nid yw’r rhifyn hwn ar gael fel y’i cyhoeddwyd. Mae ei astudiaethau achos ar dudalen y rhifyn.',
    'viewer.title': 'Rhifyn {number}: {title}, fel y’i cyhoeddwyd',
    'viewer.back': 'Yn ôl at astudiaethau achos rhifyn {number}',
    'viewer.download': 'Lawrlwytho’r PDF (yn agor mewn ffenestr newydd)',
    'viewer.controls': 'Tudalennau a chwyddo',
    'viewer.previous': 'Y dudalen flaenorol',
    'viewer.next': 'Y dudalen nesaf',
    'viewer.pageNumber': 'Rhif y dudalen',
    'viewer.go': 'Mynd',
    'viewer.zoomOut': 'Chwyddo allan',
    'viewer.zoomIn': 'Chwyddo i mewn',
    'viewer.fit': 'Ffitio i’r lled',
    'viewer.zoom': 'Chwyddo: {percent, number, percent}',
    'viewer.page': 'Tudalen {page} o {count}',
    'viewer.keys':
      'Ar y dudalen, mae’r bysellau saeth, Page Up a Page Down yn troi’r tudalennau. Gellir dewis, chwilio a darllen ei thestun yn uchel.',
    'viewer.loading': 'Yn llwytho tudalen {page}…',
    'viewer.failed':
      'Nid oedd modd dangos y tudalennau. Rhowch gynnig arall arni, neu lawrlwythwch y PDF i’w ddarllen mewn ap arall.',
    'viewer.noPage':
      'Nid oes tudalen {page}: mae gan y rhifyn hwn {count, plural, zero {# tudalen} one {# dudalen} two {# dudalen} few {# tudalen} many {# tudalen} other {# tudalen}}.',
    'viewer.firstPage': 'Mynd i’r dudalen gyntaf',
  },
};
