/**
 * Cofnod dysgu preifat y swyddog ("Fy nysgu"), in Welsh. Keys and placeholders match
 * learning.en.ts (the catalogue test checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'learning.title': 'Fy nysgu',
    'learning.private':
      'Dim ond chi sy’n gallu gweld eich cofnod dysgu: nid eich goruchwyliwr, nid eich heddlu, nid gweithredwr y gwasanaeth. Defnyddiwch ef ar gyfer eich DPP a’ch adolygiad datblygu.',
    'learning.loading': 'Yn llwytho eich cofnod dysgu…',
    'learning.filter': 'Dangos cofnodion a ysgrifennwyd',
    'learning.from': 'O',
    'learning.to': 'I',
    'learning.clearFilter': 'Dangos pob cofnod',
    'learning.count':
      '{count, plural, =0 {Dim cofnodion} zero {# cofnod} one {# cofnod} two {# gofnod} few {# chofnod} many {# chofnod} other {# cofnod}}, {minutes, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}} i gyd',
    'learning.empty':
      'Nid oes gennych unrhyw gofnodion eto. Agorwch astudiaeth achos a dewis “Ychwanegu at fy nghofnod dysgu”.',
    'learning.emptyFiltered': 'Ni wnaethoch ysgrifennu unrhyw gofnodion rhwng y dyddiadau hyn.',
    'learning.entries': 'Eich cofnodion, y diweddaraf yn gyntaf',
    'learning.written': 'Ysgrifennwyd {date}',
    'learning.changed': 'Ysgrifennwyd {date}, newidiwyd {changed}',
    'learning.minutes':
      'Amser a dreuliwyd: {minutes, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}}',
    'learning.reflection': 'Yr hyn y bûm yn myfyrio arno',
    'learning.application': 'Sut y byddaf yn ei gymhwyso',
    'learning.noApplication': 'Heb ei ysgrifennu eto.',
    'learning.unknownCase': 'Astudiaeth achos {caseId} (nid yw yn y llyfrgell mwyach)',
    'learning.source.tab': 'Ychwanegwyd yn y tab',
    'learning.source.card': 'Ychwanegwyd o’r neges wythnosol',
    'learning.source.reply': 'Ychwanegwyd o fy ateb yn yr edefyn',
    'learning.edit': 'Golygu',
    'learning.editLabel': 'Golygu’r cofnod am {title}',
    'learning.delete': 'Dileu',
    'learning.deleteLabel': 'Dileu’r cofnod am {title}',
    'learning.confirmDelete': 'Dileu’r cofnod hwn? Nid oes modd dadwneud hyn.',
    'learning.confirm': 'Ie, dileu',
    'learning.keep': 'Na, ei gadw',
    'learning.deleted': 'Dilëwyd y cofnod.',
    'learning.saved': 'Cadwyd y cofnod.',
    'learning.add': 'Ychwanegu at fy nghofnod dysgu: {title}',
    'learning.editing': 'Golygu’r cofnod: {title}',
    'learning.reflectionHint': 'Beth wnaeth yr achos i chi feddwl am eich ymarfer eich hun?',
    'learning.applicationHint': 'Beth fyddwch chi’n ei wneud yn wahanol, a phryd?',
    'learning.minutesField': 'Amser a dreuliwyd, mewn munudau',
    'learning.save': 'Cadw',
    'learning.cancel': 'Canslo',
    'learning.saving': 'Yn cadw…',
    'learning.required': 'Dywedwch beth y buoch yn myfyrio arno.',
    'learning.minutesInvalid': 'Rhowch nifer cyfan o funudau, o 0 i 1440.',
    'learning.saveFailed':
      'Nid oedd modd cadw’r cofnod. Ni chollwyd dim: rhowch gynnig arall arni.',
    'learning.deleteFailed': 'Nid oedd modd dileu’r cofnod. Rhowch gynnig arall arni.',
    'learning.export': 'Lawrlwytho fy nghofnod dysgu',
    'learning.export.pdf': 'PDF',
    'learning.export.docx': 'Word',
    'learning.export.csv': 'CSV (taenlen)',
    'learning.exportFailed': 'Nid oedd modd creu’r ddogfen. Rhowch gynnig arall arni.',
    'learning.document.title': 'Fy nghofnod dysgu',
    'learning.document.for': 'Ar gyfer {name}, crëwyd {date}',
    'learning.document.period': 'Cofnodion a ysgrifennwyd o {from} i {to}',
    'learning.document.total':
      '{count, plural, zero {# cofnod} one {# cofnod} two {# gofnod} few {# chofnod} many {# chofnod} other {# cofnod}}, {minutes, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}} i gyd',
    'learning.document.case': 'Astudiaeth achos {caseId}',
    'learning.document.date': 'Ysgrifennwyd',
    'learning.document.footer': 'Fy nghofnod dysgu · tudalen {page} o {count}',
    'learning.document.filename': 'fy-nghofnod-dysgu',
    'learning.csv.written': 'Ysgrifennwyd',
    'learning.csv.changed': 'Newidiwyd',
    'learning.csv.caseId': 'Rhif yr astudiaeth achos',
    'learning.csv.caseTitle': 'Astudiaeth achos',
    'learning.csv.minutes': 'Munudau',
    'learning.card.add': 'Ychwanegu at fy nghofnod dysgu',
    'learning.dialog.title': 'Ychwanegu at fy nghofnod dysgu',
    'learning.dialog.case': 'Astudiaeth achos {caseId}: {title}',
    'learning.dialog.private': 'Dim ond chi sy’n gallu gweld eich cofnod dysgu.',
    'learning.dialog.saved':
      'Ychwanegwyd at eich cofnod dysgu. Fe’i gwelwch o dan “Fy nysgu” yn nhab Dysgu’r Gwersi.',
    'learning.dialog.notOwnReply':
      'Dim ond eich atebion eich hun y gallwch eu hychwanegu at eich cofnod dysgu.',
    'learning.dialog.notOurThread':
      'Nid yw’r neges hon yn ateb i un o negeseuon wythnosol Dysgu’r Gwersi.',
    'learning.dialog.notServed': 'Nid yw Dysgu’r Gwersi wedi’i alluogi ar gyfer eich sefydliad.',
    'learning.dialog.failed': 'Nid oedd modd cadw’r cofnod. Rhowch gynnig arall arni mewn munud.',
    'learning.dialog.invalid':
      'Ni chadwyd y cofnod: dywedwch beth y buoch yn myfyrio arno, a rhowch yr amser a dreuliwyd fel nifer cyfan o funudau.',
    'learning.document.source':
      'Dysgu’r Gwersi, Swyddfa Annibynnol Ymddygiad yr Heddlu. Mae’r cofnod hwn yn breifat i chi.',
  },
};
