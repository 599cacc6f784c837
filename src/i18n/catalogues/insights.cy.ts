/**
 * Insights for a force's learning lead and the IOPC's editors, in Welsh. Keys and placeholders
 * match insights.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'insights.title': 'Mewnwelediadau',
    'insights.loading': 'Yn llwytho’r mewnwelediadau…',
    'insights.error': 'y mewnwelediadau',
    'insights.intro.force':
      'Ffigurau eich heddlu, wythnos wrth wythnos (mae wythnosau’n rhedeg o ddydd Llun i ddydd Sul). Mae ffigur a dynnwyd o lai na 5 o bobl yn dangos fel “llai na 5” ac yn cael ei adael allan o bob cyfanswm, fel na ellir adnabod neb.',
    'insights.intro.all':
      'Ffigurau pob heddlu, heddlu wrth heddlu ac yn gyfan (mae wythnosau’n rhedeg o ddydd Llun i ddydd Sul). Mae ffigur a dynnwyd o lai na 5 o bobl yn dangos fel “llai na 5” ac yn cael ei adael allan o bob cyfanswm, fel na ellir adnabod neb.',
    'insights.forbidden':
      'Mae mewnwelediadau ar gyfer arweinydd dysgu heddlu a golygyddion yr IOPC. Gofynnwch i weinyddwr Microsoft 365 eich heddlu a ddylech gael mynediad.',
    'insights.period': 'Cyfnod',
    'insights.period.weeks':
      '{count, plural, zero {Yr # wythnos diwethaf} one {Yr wythnos diwethaf} two {Y pythefnos diwethaf} few {Yr # wythnos diwethaf} many {Yr # wythnos diwethaf} other {Yr # wythnos diwethaf}}',
    'insights.period.dates': 'Wythnosau {from} i {to}',
    'insights.period.months':
      '{count, plural, zero {Y # mis diwethaf} one {Y mis diwethaf} two {Y # fis diwethaf} few {Y # mis diwethaf} many {Y # mis diwethaf} other {Y # mis diwethaf}}',
    'insights.period.monthDates':
      '{from} i {to}: wythnosau {firstWeek} i {lastWeek} (mae mis yn cyfrif yr wythnosau y mae eu dydd Iau yn disgyn ynddo, felly mae misoedd yn wythnosau cyfan hefyd)',
    'insights.export.xlsx': 'Lawrlwytho fel llyfr gwaith Excel',
    'insights.export.csv':
      '{by, select, month {Lawrlwytho mis wrth fis fel CSV} other {Lawrlwytho wythnos wrth wythnos fel CSV}}',
    'insights.summary': 'Crynodeb',
    'insights.byWeek': 'Wythnos wrth wythnos',
    'insights.byMonth': 'Mis wrth fis',
    'insights.forces': 'Heddlu wrth heddlu',
    'insights.cases': 'Yr achosion a drafodwyd fwyaf',
    'insights.ratings': 'Sgoriau (“Oedd hyn yn ddefnyddiol?”)',
    'insights.comments': 'Sylwadau darllenwyr (heb enwau)',
    'insights.comments.manage': 'Cuddio neu ddangos sylwadau darllenwyr',
    'insights.polls': 'Pleidleisiau ar themâu’r dyfodol',
    'insights.none': 'Dim ffigurau ar gyfer y cyfnod hwn.',
    'insights.fewerThanFive': 'llai na 5',
    'insights.partial': '{value} (gadawyd allan ffigurau gan lai na 5 o bobl)',
    'insights.figure': 'Ffigur',
    'insights.value': 'Gwerth',
    'insights.allForces': 'Pob heddlu',
    'insights.unnamedForce': 'Heddlu {id}',
    'insights.chart.title':
      '{by, select, month {Atebion a darlleniadau fesul mis} other {Atebion a darlleniadau fesul wythnos}}',
    'insights.chart.loading': 'Yn llwytho’r siart…',
    'insights.chart.unavailable':
      'Nid oedd modd llwytho’r siart. Mae gan y tabl wrth ei ymyl yr un ffigurau.',
    'insights.chart.note':
      '{by, select, month {Mae’r siart yn dangos ffigurau’r tabl “Mis wrth fis”.} other {Mae’r siart yn dangos ffigurau’r tabl “Wythnos wrth wythnos”.}}',
    'insights.column.week': 'Wythnos yn dechrau',
    'insights.column.month': 'Mis',
    'insights.column.firstWeek': 'Wythnos gyntaf',
    'insights.column.lastWeek': 'Wythnos olaf',
    'insights.column.force': 'Heddlu',
    'insights.column.case': 'Achos',
    'insights.column.item': 'Rhifyn neu achos',
    'insights.column.teams': 'Timau sydd wedi tanysgrifio',
    'insights.column.channels': 'Sianeli sydd wedi tanysgrifio',
    'insights.column.postsDelivered': 'Negeseuon a anfonwyd',
    'insights.column.postsFailed': 'Negeseuon a fethodd',
    'insights.column.postsDiscussed': 'Negeseuon a drafodwyd',
    'insights.column.repliesPerPost': 'Atebion fesul neges',
    'insights.column.replies': 'Atebion',
    'insights.column.participants': 'Cydweithwyr a atebodd',
    'insights.column.reads': 'Darlleniadau yn y tab',
    'insights.column.learningRecordEntries': 'Cofnodion dysgu',
    'insights.column.teamResponses': 'Ymatebion timau',
    'insights.column.openActions': 'Camau agored',
    'insights.column.closedActions': 'Camau wedi’u cau',
    'insights.column.ratings': 'Sgoriau',
    'insights.column.average': 'Cyfartaledd (1 i 5)',
    'insights.column.poll': 'Pôl',
    'insights.column.option': 'Dewis',
    'insights.column.votes': 'Pleidleisiau',
    'insights.column.comment': 'Sylw',
  },
} as const;
