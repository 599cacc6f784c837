/**
 * The bot's replies and cards in Welsh. Keys and placeholders match bot.en.ts (the catalogue test
 * checks); the Welsh command names are understood as well as the English. Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'command.help.name': 'cymorth',
    'command.help.description': 'Dangos beth alla i ei wneud',
    'command.status.name': 'statws',
    'command.status.description':
      'Dangos astudiaeth achos wythnosol y sianel hon, y postiad nesaf a’r drafodaeth ddiwethaf',
    'command.pause.name': 'oedi',
    'command.pause.description': 'Oedi’r astudiaeth achos wythnosol yn y sianel hon',
    'command.resume.name': 'ailddechrau',
    'command.resume.description': 'Ailddechrau’r astudiaeth achos wythnosol yn y sianel hon',
    'command.postNow.name': 'postio nawr',
    'command.postNow.description': 'Postio astudiaeth achos nesaf y sianel hon nawr',
    'command.unsubscribe.name': 'dad-danysgrifio',
    'command.unsubscribe.description': 'Atal yr astudiaeth achos wythnosol yn y sianel hon',
    'command.actions.name': 'camau',
    'command.actions.description':
      'Camau gweithredu agored y tîm hwn o’i ymatebion i astudiaethau achos',
    'command.latest.name': 'diweddaraf',
    'command.latest.description': 'Y rhifyn diweddaraf a’i astudiaethau achos',
    'command.case.name': 'achos',
    'command.case.description': 'Dangos astudiaeth achos yn ôl ei rhif, er enghraifft “achos 44-3”',
    'command.search.name': 'chwilio',
    'command.search.description':
      'Chwilio am astudiaethau achos ar bwnc, er enghraifft “chwilio iechyd meddwl”',

    'help.team': 'Crybwyllwch fi gydag un o’r rhain mewn sianel:',
    'help.personal': 'Dyma beth alla i ei wneud yn y sgwrs hon:',
    'help.line': '- **{name}**: {description}',
    'help.otherLanguage': 'In English: say **{command}**.',

    'welcome.personal':
      'Helo, Dysgu’r Gwersi ydw i. Rwy’n dod ag astudiaethau achos a chwestiynau myfyriol yr IOPC i Teams. Gofynnwch i mi am y rhifyn **{latest}**, am **{case}** yn ôl ei rif (er enghraifft `{case} 44-3`), neu **{search}** am bwnc. Dywedwch **{help}** unrhyw bryd.',
    notEnabled:
      'Nid yw Dysgu’r Gwersi wedi’i alluogi ar gyfer eich sefydliad eto. Gofynnwch i’ch tîm TG ei gymeradwyo.',
    turnFailed:
      'Mae’n ddrwg gennym, aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni yn nes ymlaen.',

    'latest.none': 'Nid oes rhifyn wedi’i gyhoeddi eto.',
    'latest.heading': '**Rhifyn {number}: {title}** ({date})',
    'latest.case': '- {id}: {title}',
    'latest.hint': 'Dywedwch **{command}** a rhif, er enghraifft `{command} {id}`, i ddarllen un.',
    'case.notFound':
      'Ni alla i ddod o hyd i’r achos hwnnw. Mae rhifau achos yn edrych fel `44-3`; dywedwch **{latest}** i weld rhai.',
    'search.empty':
      'Dywedwch **{command}** ac ychydig eiriau, er enghraifft `{command} iechyd meddwl`.',
    'search.none': 'Does dim astudiaethau achos yn cyfateb i’r geiriau hynny.',
    'search.heading': '**Astudiaethau achos sy’n cyfateb**',
    'search.hint': 'Dywedwch **{command}** a rhif i ddarllen un.',

    'status.heading':
      '**Astudiaeth achos wythnosol yn y sianel hon: {status, select, active {ymlaen} other {wedi’i hoedi}}**',
    'status.when': '- Pryd: {when}',
    'status.audiences': '- Cwestiynau ar gyfer: {audiences}',
    'status.themes': '- Themâu: {themes}',
    'status.everyTheme': 'pob thema',
    'status.language': '- Iaith: {language}',
    'status.next': '- Y postiad nesaf: {next}',
    'status.last': '- Yr achos diwethaf: {title}, postiwyd {date}',
    'status.replies':
      '- Atebion: {count, plural, zero {Dim atebion eto} one {# cydweithiwr} two {# gydweithiwr} few {# chydweithiwr} many {# chydweithiwr} other {# cydweithiwr}}',
    'status.noPost': '- Nid oes achos wedi’i bostio yma eto.',
    'status.setUp':
      'Nid oes astudiaeth achos wythnosol yn y sianel hon eto. Dewiswch pryd i bostio un:',
    'schedule.when': '{weekday} am {time} ({timeZone})',
    'schedule.at': '{date} am {time}',
    'weekday.1': 'Dydd Llun',
    'weekday.2': 'Dydd Mawrth',
    'weekday.3': 'Dydd Mercher',
    'weekday.4': 'Dydd Iau',
    'weekday.5': 'Dydd Gwener',
    'weekday.6': 'Dydd Sadwrn',
    'weekday.7': 'Dydd Sul',
    'postLanguage.en': 'English',
    'postLanguage.cy': 'Cymraeg',
    'postLanguage.bilingual': 'Y ddwy: Cymraeg yn gyntaf, yna Saesneg',

    'change.noSubscription':
      'Nid oes astudiaeth achos wythnosol yn y sianel hon. Dywedwch **{status}** wrtha i i weld y cerdyn gosod.',
    'change.ownersOnly': 'Dim ond perchnogion y tîm all newid yr astudiaeth achos wythnosol.',
    'change.ownersUnknown':
      'Ni ellir newid yr astudiaeth achos wythnosol ar hyn o bryd: ni all y gwasanaeth hwn wirio pwy yw perchnogion y tîm. Rhowch wybod i’ch tîm TG.',
    'change.paused':
      'Wedi oedi. Ni fydd astudiaeth achos yn cael ei phostio yma nes i rywun ddweud **{resume}**.',
    'change.resumed':
      'Wedi ailddechrau. Bydd yr astudiaeth achos wythnosol yn cael ei phostio yma eto.',
    'change.unsubscribed':
      'Wedi dad-danysgrifio. Ni fydd rhagor o astudiaethau achos yn cael eu postio yma. Mae’r atebion a gasglwyd eisoes yn aros gyda’ch heddlu.',
    'postNow.sent': 'Wedi postio **{title}** fel edefyn newydd yn y sianel hon.',
    'postNow.pending': 'Mae **{title}** ar ei ffordd i’r sianel hon.',
    'postNow.skipped': 'Nid oes astudiaeth achos i’w phostio yma ar hyn o bryd.',
    'postNow.gone':
      'Ni all yr ap bostio yn y sianel hon mwyach, felly mae’r astudiaeth achos wythnosol yma wedi dod i ben.',
    'postNow.disabled':
      'Mae eich sefydliad wedi diffodd yr ap hwn, felly ni ellir postio astudiaeth achos nes iddo gael ei droi ymlaen eto.',
    'postNow.failed':
      'Nid oedd modd postio’r astudiaeth achos ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
    'postNow.restarting': 'Mae’r gwasanaeth yn ailgychwyn. Rhowch gynnig arall arni ymhen munud.',

    'setup.welcome.title': 'Croeso i Ddysgu’r Gwersi',
    'setup.welcome.1':
      'Mae Dysgu’r Gwersi yn dod ag astudiaethau achos a chwestiynau myfyriol yr IOPC i’ch tîm. Unwaith yr wythnos, ar yr amser a ddewiswch, mae’n postio un astudiaeth achos mewn sianel i gydweithwyr ei thrafod yn yr edefyn.',
    'setup.welcome.2':
      'Beth mae’n ei ddarllen a’i gadw: mae’n darllen negeseuon sianeli’r tîm hwn dim ond i ddod o hyd i atebion i’w bostiadau ei hun. Mae’n cadw’r atebion hynny (awdur, testun ac amser) ar gyfer eich heddlu chi yn unig, a dim byd arall.',
    'setup.title': 'Astudiaeth achos wythnosol',
    /** The name Teams gives every team's first channel. */
    'channel.general': 'Cyffredinol',
    'setup.channel': 'Sianel',
    'setup.channel.error': 'Dewiswch sianel.',
    'setup.day': 'Diwrnod',
    'setup.day.error': 'Dewiswch ddiwrnod.',
    'setup.time': 'Amser',
    'setup.time.error': 'Dewiswch amser.',
    'setup.timeZone': 'Cylchfa amser',
    'setup.timeZone.error': 'Dewiswch gylchfa amser.',
    'setup.audiences': 'Cynnwys y cwestiynau myfyriol ar gyfer',
    'setup.audiences.error': 'Dewiswch o leiaf un grŵp.',
    'setup.language': 'Iaith y postiad wythnosol',
    'setup.language.error': 'Dewiswch iaith.',
    'setup.themes': 'Themâu (os na ddewiswch yr un, pob thema)',
    'setup.notify': 'Dweud wrth y tîm pan fydd rhifyn newydd yn cael ei gyhoeddi',
    'setup.save': 'Cadw',
    'setup.problem.unreadable': 'Nid oedd modd darllen rhai dewisiadau. Dewiswch eto.',
    'setup.problem.channel': 'Dewiswch un o sianeli’r tîm.',
    'setup.problem.day': 'Dewiswch ddiwrnod o’r wythnos.',
    'setup.problem.time': 'Dewiswch amser fel oriau a munudau, er enghraifft 07:30.',
    'setup.problem.timeZone': 'Dewiswch gylchfa amser o’r rhestr.',
    'setup.problem.noAudience': 'Dewiswch o leiaf un grŵp y dylid cynnwys ei gwestiynau.',
    'setup.problem.audiences': 'Dewiswch grwpiau o’r rhestr.',
    'setup.problem.language': 'Dewiswch iaith y postiad wythnosol o’r rhestr.',
    'setup.problem.themes': 'Dewiswch themâu o’r rhestr.',
    'setup.error.notInTeam': 'Mae’r cerdyn gosod yn gweithio mewn tîm lle mae’r ap wedi’i alluogi.',
    'setup.error.unknownAction': 'Nid yw’r weithred hon ar y cerdyn yn hysbys.',
    'setup.error.unreadable': 'Nid oedd modd darllen y weithred ar y cerdyn.',
    'setup.error.failed':
      'Nid oedd modd cadw eich dewisiadau ar hyn o bryd. Rhowch gynnig arall arni.',
    'saved.title': 'Astudiaeth achos wythnosol wedi’i chadw',
    'saved.channel': 'Sianel',
    'saved.when': 'Pryd',
    'saved.audiences': 'Cwestiynau ar gyfer',
    'saved.language': 'Iaith',
    'saved.themes': 'Themâu',
    'saved.everyTheme': 'Pob thema',
    'saved.notices': 'Hysbysiadau rhifyn newydd',
    'saved.on': 'Ymlaen',
    'saved.off': 'I ffwrdd',
    'saved.next': 'Y postiad nesaf',
    'saved.change': 'Newid',

    'card.header': 'Dysgu’r Gwersi · Rhifyn {number} · {theme}',
    'card.reply':
      'Atebwch yn yr edefyn hwn gyda’ch syniadau. Mae atebion yma’n aros o fewn eich heddlu, a gellir eu darllen eto o dudalen yr achos.',
    'card.lastDiscussion':
      '{count, plural, zero {Ni ymunodd neb yn y drafodaeth ddiwethaf.} one {Ymunodd # cydweithiwr yn y drafodaeth ddiwethaf.} two {Ymunodd # gydweithiwr yn y drafodaeth ddiwethaf.} few {Ymunodd # chydweithiwr yn y drafodaeth ddiwethaf.} many {Ymunodd # chydweithiwr yn y drafodaeth ddiwethaf.} other {Ymunodd # cydweithiwr yn y drafodaeth ddiwethaf.}}',
    'card.read': 'Darllen yr achos llawn',
    'card.keepSafe':
      'Peidiwch â rhoi manylion gweithredol, nac unrhyw beth a allai ddangos pwy yw rhywun, yn eich ateb.',
    'card.otherRoles':
      'Nid oes gan yr achos hwn gwestiynau ar gyfer {chosen}. Mae ei gwestiynau ar gyfer {roles}.',
    'card.sheet': 'Taflen friffio (PDF)',
    'card.meetingChat':
      'Trafodwch yr achos yma yn sgwrs y cyfarfod. Nid yw’r ap yn darllen nac yn cadw negeseuon y sgwrs hon.',

    'meeting.welcome':
      'Mae Dysgu’r Gwersi yn y cyfarfod hwn. Gall cyflwynydd ddangos astudiaeth achos ar lwyfan y cyfarfod o banel ochr yr ap, a’i phostio yma i’w thrafod. Nid yw’r ap yn darllen nac yn cadw negeseuon y sgwrs hon.',

    'extension.preview': 'Rhifyn {number} · {theme}',
    'extension.none':
      'Does dim astudiaethau achos yn cyfateb. Rhowch gynnig ar lai o eiriau, neu ffactor neu rôl arall.',
    'extension.problem.tooLong': 'Chwiliwch gyda {max} nod ar y mwyaf.',
    'extension.problem.characters': 'Chwiliwch gyda llythrennau, rhifau ac atalnodi yn unig.',
    'extension.problem.unreadable': 'Nid oedd modd darllen y chwiliad. Rhowch gynnig arall arni.',
  },
};
