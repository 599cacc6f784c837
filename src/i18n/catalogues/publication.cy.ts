/**
 * The PDFs the service makes, in Welsh. Keys and placeholders match publication.en.ts (the
 * catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'sheet.documentTitle': '{title}: taflen friffio',
    'sheet.header': 'Dysgu’r Gwersi · Rhifyn {number} · {theme} · Astudiaeth achos {id}',
    'sheet.noneForRoles':
      'Nid oes gan yr achos hwn gwestiynau ar gyfer {roles}, felly mae’r cwestiynau ar gyfer pob rôl yma.',
    'sheet.footer': 'Dysgu’r Gwersi · Astudiaeth achos {id} · Tudalen {page} o {count}',

    'issue.documentTitle': 'Dysgu’r Gwersi, rhifyn {number}: {title}',
    'issue.masthead': 'Dysgu’r Gwersi',
    'issue.meta': 'Thema: {theme}. Cyhoeddwyd {date}.',
    'issue.contents': 'Yn y rhifyn hwn',
    'issue.contentsLine': '{title}, tudalen {page}',
    'issue.foreword': 'Rhagair',
    'issue.caseNumber': 'Astudiaeth achos {order} o {count}',
    'issue.factors': 'Ffactorau: {factors}',
    'issue.audiences': 'Ar gyfer: {audiences}',
    'issue.articles': 'Erthyglau nodwedd',
    'issue.byline': 'Gan {author}, {organisation}',
    'issue.footer': 'Dysgu’r Gwersi · Rhifyn {number} · Tudalen {page} o {count}',
    'case.whatHappened': 'Beth ddigwyddodd',
    'case.forceResponse': 'Beth wnaeth yr heddlu',
    'case.outcomes': 'Canlyniadau i’r swyddogion a’r staff',
  },
};
