/**
 * The tab's messages in Welsh. Keys and placeholders match tab.en.ts (the catalogue test checks).
 * Plain data: no imports. The tab loads it on demand, when the reader's language is Welsh.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'page.documentTitle': '{title} – Dysgu’r Gwersi',
    'page.noScript': 'Mae angen JavaScript ar Ddysgu’r Gwersi i ddangos y cylchgrawn.',
    'shell.opening': 'Yn agor Dysgu’r Gwersi…',
    'shell.loading': 'Yn llwytho…',
    'shell.nav': 'Prif ddewislen',
    'shell.nav.latest': 'Y rhifyn diweddaraf',
    'shell.nav.library': 'Llyfrgell a chwilio',
    'shell.nav.learning': 'Fy nysgu',
    'shell.nav.insights': 'Mewnwelediadau',
    'insightsView.unavailable': 'Nid yw’r mewnwelediadau ar gael',
    'insightsView.error': 'y mewnwelediadau',
    'shell.nav.comments': 'Sylwadau darllenwyr',
    'commentsView.unavailable': 'Nid yw sylwadau darllenwyr ar gael',
    'commentsView.error': 'sylwadau’r darllenwyr',

    'shell.otherLanguage': 'English',
    'shell.footer': 'Am y gwasanaeth hwn',
    'shell.footer.accessibility': 'Datganiad hygyrchedd (yn agor mewn ffenestr newydd)',
    'shell.footer.privacy': 'Hysbysiad preifatrwydd (yn agor mewn ffenestr newydd)',

    'error.unreachable':
      'Nid oedd modd cysylltu â’r gwasanaeth. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    'error.notFound': 'Efallai ei fod wedi symud, neu fod y ddolen yn anghywir.',
    'error.server':
      'Roedd problem gyda’r gwasanaeth. Rhowch gynnig arall arni ymhen ychydig funudau.',
    'error.other':
      'Nid oedd modd ei ddangos. Rhowch gynnig arall arni, neu caewch y tab a’i ailagor.',

    'latest.loading': 'Yn llwytho’r rhifyn diweddaraf…',
    'latest.none.title': 'Dim rhifyn eto',
    'latest.none.text':
      'Nid oes rhifyn wedi’i gyhoeddi eto. Bydd rhifynnau newydd yn ymddangos yma pan fyddant yn barod.',
    'latest.unavailable': 'Nid yw’r rhifyn diweddaraf ar gael',
    'latest.error': 'Nid oedd modd llwytho’r rhifyn diweddaraf.',

    'issue.loading': 'Yn llwytho rhifyn {number}…',
    'issue.notFound': 'Heb ddod o hyd i’r rhifyn',
    'issue.unavailable': 'Nid yw’r rhifyn ar gael',
    'issue.error': 'Nid oedd modd llwytho rhifyn {number}.',
    'issue.eyebrow': 'Y rhifyn diweddaraf',
    'issue.meta': 'Thema: {theme}. Cyhoeddwyd {date}.',
    'issue.foreword': 'Rhagair',
    'issue.cases': 'Astudiaethau achos ({count})',
    'issue.articles': 'Erthyglau nodwedd',
    'issue.byline': 'Gan {author}, {organisation}',
    'issue.more': 'Rhagor o’r rhifyn hwn',
    'issue.pdf': 'Darllen rhifyn {number} fel PDF (yn agor mewn ffenestr newydd)',
    'issue.feedback':
      'Dywedwch wrthym beth yw eich barn am rifyn {number} (yn agor mewn ffenestr newydd)',
    'issue.readAsPublished': 'Darllen rhifyn {number} fel y’i cyhoeddwyd, fesul tudalen',
    'contentWarning.hide': 'Cuddio’r rhybudd hwn',

    'case.loading': 'Yn llwytho’r astudiaeth achos…',
    'case.notFound': 'Heb ddod o hyd i’r astudiaeth achos',
    'case.unavailable': 'Nid yw’r astudiaeth achos ar gael',
    'case.error': 'Nid oedd modd llwytho astudiaeth achos {id}.',
    'case.factors': 'Ffactorau:',
    'case.audiences': 'Ar gyfer:',
    'case.whatHappened': 'Beth ddigwyddodd',
    'case.forceResponse': 'Beth wnaeth yr heddlu',
    'case.outcomes': 'Canlyniadau i’r swyddogion a’r staff',
    'case.pager': 'Astudiaethau achos eraill yn y rhifyn hwn',
    'case.previous': 'Yr astudiaeth achos flaenorol',
    'case.next': 'Yr astudiaeth achos nesaf',
    'case.seeInIssue': 'Ei gweld yn y rhifyn fel y’i cyhoeddwyd (tudalen {page})',
    'case.sheetForRole':
      'Taflen friffio gyda’r cwestiynau ar gyfer {role} (PDF, yn agor mewn ffenestr newydd)',
    'case.sheetEveryRole':
      'Taflen friffio gyda chwestiynau pob rôl (PDF, yn agor mewn ffenestr newydd)',
    'questions.role': 'Fy rôl …',
    'questions.chooseRole': 'Dewiswch eich rôl',
    'questions.noneForRole':
      'Nid oes cwestiynau ar gyfer {role} yn yr achos hwn; dyma’r cwestiynau eraill.',
    'questions.yourRole': '{role} (eich rôl chi)',

    'discussion.title': 'Trafodaeth eich tîm',
    'discussion.loading': 'Yn llwytho trafodaeth eich tîm…',
    'discussion.noToken':
      'Nid oedd Teams yn gallu cadarnhau pwy ydych chi, felly mae trafodaeth eich tîm wedi’i chuddio.',
    'discussion.refused':
      'Ni dderbyniodd y gwasanaeth eich mewngofnodi i Teams, felly mae trafodaeth eich tîm wedi’i chuddio. Caewch y tab a’i ailagor i roi cynnig arall arni.',
    'discussion.forbidden':
      'Mae’r drafodaeth hon yn perthyn i dîm nad ydych yn aelod ohono, felly mae wedi’i chuddio.',
    'discussion.notFound':
      'Nid oedd modd dod o hyd i’r drafodaeth hon. Efallai bod y neges wedi’i dileu.',
    'discussion.failed':
      'Nid oedd modd llwytho’r drafodaeth ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.',
    'discussion.empty': 'Does neb yn eich tîm wedi ateb eto.',
    'discussion.edited': '{time} (wedi’i olygu)',
    'discussion.reply': 'Ateb yn Teams (yn agor yr edefyn)',
    'discussion.outsideTeams':
      'Dim ond yn Microsoft Teams y mae’r drafodaeth yn cael ei dangos, lle gall Teams gadarnhau pwy ydych chi a’ch bod yn perthyn i’r tîm. Agorwch yr achos hwn o’r neges yn eich sianel i’w gweld.',

    'pages.viewerError': 'Nid oedd modd dangos tudalennau’r rhifyn.',

    'library.loading': 'Yn llwytho’r llyfrgell…',
    'library.notFound': 'Heb ddod o hyd i’r llyfrgell',
    'library.unavailable': 'Nid yw’r llyfrgell ar gael',
    'library.error': 'Nid oedd modd llwytho’r llyfrgell.',
    'case.addToLearning': 'Ychwanegu at fy nghofnod dysgu',
    'learning.unavailable': 'Nid yw Fy nysgu ar gael',
    'learning.error': 'Nid oedd modd llwytho eich cofnod dysgu.',
    'forceView.unavailable': 'Nid yw ymatebion yr heddlu ar gael',
    'forceView.error': 'Nid oedd modd llwytho ymatebion yr heddlu.',
    'library.title': 'Llyfrgell',
    'library.everyIssue': 'Pob rhifyn',
    'library.empty':
      'Does dim rhifynnau yn y llyfrgell eto. Bydd rhifynnau newydd yn ymddangos yma pan fyddant yn cael eu cyhoeddi.',
    'library.theme': 'Thema',
    'library.allThemes': 'Pob thema',
    'library.issueMeta':
      'Thema: {theme}. Cyhoeddwyd {date}. {count, plural, zero {Dim astudiaethau achos} one {# astudiaeth achos} two {# astudiaeth achos} few {# astudiaeth achos} many {# astudiaeth achos} other {# astudiaeth achos}}.',
    'library.hasWarning': 'Mae rhybudd cynnwys.',

    'search.title': 'Chwilio’r astudiaethau achos',
    'search.words': 'Geiriau chwilio',
    'search.factor': 'Ffactor',
    'search.allFactors': 'Pob ffactor',
    'search.role': 'Rôl',
    'search.allRoles': 'Pob rôl',
    'search.idle':
      'Teipiwch eiriau, neu dewiswch ffactor neu rôl, i ddod o hyd i astudiaethau achos.',
    'search.error': 'Nid oedd modd cwblhau’r chwiliad. Rhowch gynnig arall arni mewn munud.',
    'search.none':
      'Does dim astudiaethau achos yn cyfateb. Rhowch gynnig ar lai o eiriau neu ar hidlwyr eraill.',
    'search.count':
      '{count, plural, zero {Does dim astudiaethau achos yn cyfateb.} one {Mae # astudiaeth achos yn cyfateb.} two {Mae # astudiaeth achos yn cyfateb.} few {Mae # astudiaeth achos yn cyfateb.} many {Mae # astudiaeth achos yn cyfateb.} other {Mae # astudiaeth achos yn cyfateb.}}',
    'search.hitIssue': 'Rhifyn {number}: {theme}',

    'config.loading': 'Yn llwytho’r rhifynnau…',
    'config.notFound': 'Heb ddod o hyd i’r dudalen gosod sianel',
    'config.unavailable': 'Nid yw’r dudalen gosod sianel ar gael',
    'config.error': 'Nid oedd modd llwytho’r rhifynnau.',
    'config.title': 'Ychwanegu Dysgu’r Gwersi at y sianel hon',
    'config.outsideTeams.title': 'Agorwch y dudalen hon o Teams',
    'config.outsideTeams':
      'Mae’r dudalen hon yn gosod y tab yn Microsoft Teams. Agorwch hi drwy “Ychwanegu tab” mewn sianel i gadw eich dewis.',
    'config.question': 'Beth ddylai’r tab ei ddangos?',
    'config.latest': 'Y rhifyn diweddaraf bob amser',
    'config.chosen': 'Un rhifyn o’ch dewis',
    'config.issue': 'Rhifyn',
    'config.hint': 'Yna dewiswch Cadw i ychwanegu’r tab.',
    'config.saveFailed': 'Nid oedd modd cadw’r tab. Rhowch gynnig arall arni.',
    'config.tabName': 'Dysgu’r Gwersi',
    'config.tabNameIssue': 'Dysgu’r Gwersi {number}',
    'config.meeting.title': 'Ychwanegu Dysgu’r Gwersi at y cyfarfod hwn',
    'config.meeting.text':
      'Yn y cyfarfod, agorwch banel ochr yr ap i ddewis astudiaeth achos, ei dangos ar lwyfan y cyfarfod a’i phostio yn sgwrs y cyfarfod.',
    'config.meeting.tabName': 'Dysgu’r Gwersi',

    'meeting.unavailable': 'Nid yw golwg y cyfarfod ar gael',
    'meeting.title': 'Briffio’r cyfarfod',
    'meeting.intro':
      'Dewiswch astudiaeth achos a’r rolau sy’n bresennol, yna dangoswch hi ar lwyfan y cyfarfod neu postiwch hi yn sgwrs y cyfarfod.',
    'meeting.outside.title': 'Agorwch hwn mewn cyfarfod Teams',
    'meeting.outside':
      'Mae dangos achos ar lwyfan y cyfarfod a’i bostio yn sgwrs y cyfarfod yn gweithio mewn cyfarfod Teams. Yma gallwch agor golwg y llwyfan mewn ffenestr newydd.',
    'meeting.search': 'Dod o hyd i astudiaeth achos',
    'meeting.cases': 'Astudiaeth achos',
    'meeting.cases.latest': 'O’r rhifyn diweddaraf. Teipiwch uchod i chwilio pob rhifyn.',
    'meeting.loading': 'Yn llwytho astudiaethau achos…',
    'meeting.error':
      'Nid oedd modd llwytho’r astudiaethau achos. Rhowch gynnig arall arni mewn munud.',
    'meeting.roles': 'Cwestiynau ar gyfer y rolau sy’n bresennol',
    'meeting.roles.hint': 'Dim wedi’u dewis: cwestiynau pob rôl.',
    'meeting.chosen': 'Wedi’i dewis: {title}',
    'meeting.chooseFirst': 'Dewiswch astudiaeth achos yn gyntaf.',
    'meeting.share': 'Dangos ar lwyfan y cyfarfod',
    'meeting.share.sharing': 'Yn rhannu i lwyfan y cyfarfod…',
    'meeting.share.done':
      'Wedi’i dangos ar lwyfan y cyfarfod. Symudwch ymlaen gyda’r bysellau saeth neu’r botymau ar y llwyfan.',
    'meeting.share.notAllowed':
      'Ni wnaeth Teams adael i’r ap rannu i’r llwyfan. Dim ond cyflwynwyr y cyfarfod all rannu.',
    'meeting.share.failed': 'Nid oedd modd dangos yr achos ar y llwyfan. Rhowch gynnig arall arni.',
    'meeting.openStage': 'Agor golwg y llwyfan (yn agor mewn ffenestr newydd)',
    'meeting.post': 'Postio yn sgwrs y cyfarfod',
    'meeting.post.posting': 'Yn postio yn sgwrs y cyfarfod…',
    'meeting.post.done': 'Wedi’i phostio yn sgwrs y cyfarfod.',
    'meeting.post.signIn':
      'Nid oedd Teams yn gallu cadarnhau pwy ydych chi, felly ni chafodd yr achos ei bostio. Caewch y panel ochr a’i agor eto i roi cynnig arall arni.',
    'meeting.post.forbidden':
      'Ni chafodd yr achos ei bostio: dim ond pobl yn sgwrs y cyfarfod hwn all bostio iddi, mewn heddlu sydd wedi galluogi’r ap.',
    'meeting.post.notInChat':
      'Nid yw Dysgu’r Gwersi yn sgwrs y cyfarfod hwn eto. Ychwanegwch yr ap at y cyfarfod, yna rhowch gynnig arall arni.',
    'meeting.post.busy': 'Mae Teams yn brysur ar hyn o bryd. Rhowch gynnig arall arni mewn munud.',
    'meeting.post.failed':
      'Nid oedd modd postio’r achos ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.',

    'stage.waiting.title': 'Dim byd ar y llwyfan eto',
    'stage.waiting':
      'Mae’r cyflwynydd yn dewis astudiaeth achos ym mhanel ochr yr ap ac yn ei dangos yma.',
    'stage.parts': 'Rhannau’r astudiaeth achos',
    'stage.part': 'Rhan {number} o {count}',
    'stage.announce': 'Rhan {number} o {count}: {section}',
    'stage.previous': 'Y rhan flaenorol',
    'stage.next': 'Y rhan nesaf',
    'stage.keys': 'Symudwch rhwng y rhannau gyda’r bysellau saeth neu’r botymau hyn.',
  },
};
