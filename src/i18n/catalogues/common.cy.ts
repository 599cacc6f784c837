/**
 * Messages shared by the tab, the bot and the service's pages, in Welsh. Keys and placeholders
 * match common.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'product.name': 'Dysgu’r Gwersi',
    'audience.officers-and-staff': 'Swyddogion a staff rheng flaen',
    'audience.call-handlers': 'Trinwyr galwadau',
    'audience.custody-staff': 'Staff y ddalfa',
    'audience.supervisors-and-managers': 'Goruchwylwyr a rheolwyr',
    'audience.policy-makers': 'Llunwyr polisi',
    'audience.trainers': 'Hyfforddwyr',
    'issue.heading': 'Rhifyn {number}: {title}',
    /** Wherever an item of a sample issue (written for this product) appears. */
    'sample.label': 'Cynnwys sampl, nid deunydd yr IOPC',
    'contentWarning.title': 'Rhybudd cynnwys',
    'case.keyLearning': 'Prif wersi',
    'questions.title': 'Cwestiynau myfyriol',
    'issue.untranslated':
      'Nid yw’r rhifyn hwn wedi’i gyfieithu i’r Gymraeg eto, felly mae’n cael ei ddangos yn Saesneg.',
    'case.untranslated':
      'Nid yw’r astudiaeth achos hon wedi’i chyfieithu i’r Gymraeg eto, felly mae’n cael ei dangos yn Saesneg.',
    /** Dates, where the reader's browser cannot write them in this language itself. */
    'date.months':
      'Ionawr, Chwefror, Mawrth, Ebrill, Mai, Mehefin, Gorffennaf, Awst, Medi, Hydref, Tachwedd, Rhagfyr',
    'date.monthsShort': 'Ion, Chwef, Maw, Ebr, Mai, Meh, Gorff, Awst, Medi, Hyd, Tach, Rhag',
    'date.long': '{day} {month} {year}',
    'date.medium': '{day} {month} {year}, {time}',
    'content.englishOnly': 'Yn Saesneg yn unig',
  },
};
