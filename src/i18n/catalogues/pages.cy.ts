/**
 * The service's own pages in Welsh. Keys and placeholders match pages.en.ts (the catalogue test
 * checks). Plain data: no imports.
 */
export default {
  language: 'cy',
  /** True until a Welsh translator has reviewed every message here (README "Cymraeg"). */
  needsReview: true,
  messages: {
    'privacy.title': 'Dysgu’r Gwersi ar gyfer Teams: hysbysiad preifatrwydd',
    'privacy.intro':
      'Mae’r hysbysiad hwn yn dweud yn glir beth mae ap Dysgu’r Gwersi yn ei ddarllen yn Microsoft Teams eich heddlu, beth mae’n ei gadw, am ba hyd, ble, a sut i ofyn am gopi neu am ei ddileu.',
    'privacy.onErasure':
      'Mae dileu yn dileu’r atebion hyn a’r cofnod dysgu hwn. Yn y gosodiadau postio wythnosol a’r cofnodion archwilio uchod, caiff ID gwrthrych Microsoft Entra y person hwn ei ddisodli gan ffugenw nad yw’n ei adnabod mwyach; mae’r cofnodion yn aros, felly mae’r trywydd archwilio yn dal i ddangos beth a wnaed a phryd. Mae camau gweithredu yn ymateb tîm yn aros gyda’r tîm ond nid ydynt yn enwi’r person hwn mwyach. Dim ond yng nghofnod y dileu ei hun y cedwir yr ID gwrthrych, fel na chaiff ei atebion cynharach eu casglu eto o Teams. Caiff ei sgoriau, ei sylwadau a’i bleidleisiau eu dileu.',
    'privacy.reads': 'Beth mae’r ap yn ei ddarllen',
    'privacy.reads.1':
      'Pan fydd perchennog tîm yn ychwanegu’r ap at dîm, mae Teams yn gadael iddo dderbyn pob neges a bostir yn sianeli safonol y tîm hwnnw. Dim ond i weld a yw neges yn ateb i un o bostiadau astudiaeth achos wythnosol yr ap ei hun y mae’r ap yn edrych arni. Caiff unrhyw neges arall ei gollwng ar unwaith: nid yw’n cael ei darllen ymhellach, ei chadw na’i chofnodi.',
    'privacy.reads.2':
      'Mae’r ap hefyd yn darllen enw’r tîm, ei sianeli a phwy yw ei berchnogion, fel mai dim ond perchnogion tîm all newid y postiad wythnosol.',
    'privacy.reads.meetings':
      'Mewn cyfarfod yr ychwanegir yr ap ato, nid yw’n darllen sgwrs y cyfarfod: dim ond postio astudiaeth achos yno y mae pan fydd rhywun yn y cyfarfod yn gofyn iddo, ac ni chaiff atebion yn sgwrs cyfarfod eu casglu. Pan fyddwch yn chwilio am astudiaeth achos o’r blwch ysgrifennu neges, neu’n gludo dolen i un, dim ond i ateb ar unwaith y mae’r ap yn defnyddio’ch geiriau neu’r ddolen, ac nid yw’n eu cadw.',
    'privacy.keeps': 'Beth mae’r ap yn ei gadw',
    'privacy.keeps.1':
      'Ar gyfer pob ateb i un o’i bostiadau wythnosol: testun yr ateb, enw’r awdur a’i ID Microsoft Entra, y tîm, y sianel a’r astudiaeth achos y mae’n perthyn iddynt, a phryd y cafodd ei ysgrifennu neu ei olygu. Caiff golygiadau a dileadau yn Teams eu cymhwyso i’r copi y mae’r ap yn ei gadw.',
    'privacy.keeps.2':
      'Ar gyfer pob tîm: y tîm, y sianel a ddewiswyd ar gyfer y postiad wythnosol a’r gosodiadau a gadwodd perchennog tîm, gyda chofnod o bwy a’u newidiodd a phryd.',
    'privacy.keeps.meetings':
      'Ar gyfer pob cyfarfod yr ychwanegir yr ap ato: rhif adnabod sgwrs y cyfarfod a chyfeiriad Teams ar ei chyfer, nes i’r ap gael ei dynnu o’r cyfarfod, a chofnod o bwy a bostiodd pa astudiaeth achos yno a phryd.',
    'privacy.keeps.learning':
      'Ar gyfer pob cofnod y mae swyddog yn ei ychwanegu at ei gofnod dysgu ei hun (“Fy nysgu”): yr astudiaeth achos, yr hyn y bu’n myfyrio arno, sut y bydd yn ei gymhwyso, yr amser a dreuliwyd, ei ID Microsoft Entra, a phryd y’i hysgrifennodd neu y’i newidiodd ddiwethaf.',
    'privacy.keeps.responses':
      'Ar gyfer ymateb pob tîm i astudiaeth achos: beth a gasglodd y tîm, ei gamau gweithredu gydag enw ac ID Microsoft Entra yr aelod y mae pob un wedi’i neilltuo iddo, erbyn pryd a ph’un a yw wedi’i wneud, a phwy a gadwodd yr ymateb ddiwethaf; ac ymateb eich heddlu ei hun i astudiaeth achos, a ysgrifennwyd gan ei arweinydd dysgu. Mae aelodau’r tîm yn darllen ymateb eu tîm a’i berchnogion yn ei newid; mae arweinydd dysgu eich heddlu yn darllen ymateb pob tîm yn eich heddlu (byth gofnod dysgu preifat unrhyw un), ac ni all unrhyw heddlu arall. Cedwir ymatebion nes bydd y tîm neu’r arweinydd dysgu yn eu newid, neu nes bydd eich heddlu’n rhoi’r gorau i ddefnyddio’r ap. Pan gaiff eich data ei ddileu, mae’r camau gweithredu a neilltuwyd i chi yn aros gyda’r tîm ond nid ydynt yn eich enwi mwyach.',
    'privacy.keeps.feedback':
      'Pan fyddwch yn sgorio rhifyn neu astudiaeth achos (“Oedd hyn yn ddefnyddiol?”) neu’n pleidleisio mewn arolwg ar themâu’r dyfodol: eich sgôr, unrhyw sylw, eich pleidlais a phryd, gyda’ch ID Microsoft Entra, fel bod gennych un sgôr ac un bleidlais yr un ac y gallwch eu newid.',

    'privacy.keeps.insights':
      'Cyfrifon ar gyfer mewnwelediadau, heb enw na ID neb: sawl gwaith y darllenwyd pob astudiaeth achos yn nhab yr ap yn Teams yn eich heddlu bob dydd (byth pwy a’i darllenodd), a nifer y negeseuon, yr atebion a’r cydweithwyr a atebodd bob wythnos. Mae arweinydd dysgu eich heddlu yn gweld cyfrifon eich heddlu a golygyddion yr IOPC yn gweld rhai pob heddlu; mae unrhyw gyfrif a dynnwyd o lai na 5 o bobl yn dangos fel “llai na 5”. Mae cyfrifon wythnosol yn aros pan fydd yr atebion y tu ôl iddynt yn cael eu dileu, ac yn mynd pan fydd eich heddlu’n rhoi’r gorau i ddefnyddio’r ap.',

    'privacy.keeps.3':
      'Nid yw’r ap yn cadw unrhyw negeseuon, ffeiliau, sgyrsiau na chyfarfodydd eraill.',
    'privacy.keeps.4':
      'Dim ond rhifau adnabod a chyfrifon sydd yng nghofnodion y gwasanaeth, byth testun neges.',
    'privacy.why': 'Pam, a phwy sy’n gallu ei weld',
    'privacy.why.1':
      'Caiff atebion eu cadw fel y gall cydweithwyr yn yr un tîm ddarllen y drafodaeth am astudiaeth achos yn nhab yr ap, ac fel y gall y postiad nesaf ddweud faint o gydweithwyr a ymunodd. Dim ond aelodau’r tîm hwnnw yn eich heddlu chi sy’n gallu ei weld. Ni all unrhyw heddlu arall, na neb yn yr IOPC, weld trafodaeth eich heddlu.',
    'privacy.why.learning':
      'Caiff cofnod dysgu ei gadw ar gyfer datblygiad proffesiynol ac adolygiad datblygu’r swyddog ei hun. Dim ond y swyddog hwnnw sy’n gallu gweld ei gofnodion: nid ei oruchwyliwr, nid ei dîm, nid arweinydd dysgu ei heddlu, nid gweithredwr y gwasanaeth ac nid yr IOPC. Mae ffigurau am yr ap yn cyfrif cofnodion ond byth yn eu dangos. Yr unig eithriad yw cais diogelu data’r swyddog ei hun (copi neu ddileu), y mae’r gweithredwr yn ei gyflawni a’i gofnodi.',
    'privacy.howLong': 'Am ba hyd',
    'privacy.howLong.1':
      'Caiff atebion eu dileu’n awtomatig {months, plural, zero {# mis} one {# mis} two {# fis} few {# mis} many {# mis} other {# mis}} ar ôl iddynt gael eu hysgrifennu, oni bai bod eich heddlu wedi dewis cyfnod gwahanol. Pan fydd eich heddlu’n rhoi’r gorau i ddefnyddio’r ap, caiff popeth sydd gan yr ap ar gyfer eich heddlu ei ddileu.',
    'privacy.howLong.learning':
      'Caiff cofnod dysgu ei gadw nes i’r swyddog ei ddileu, neu nes {learningMonths, plural, zero {# mis} one {# mis} two {# fis} few {# mis} many {# mis} other {# mis}} ar ôl iddo gael ei newid ddiwethaf oni bai bod eich heddlu wedi dewis cyfnod gwahanol, neu nes i’ch heddlu roi’r gorau i ddefnyddio’r ap, pa un bynnag sy’n dod gyntaf.',
    'privacy.why.feedback':
      'Mae golygyddion yr IOPC yn darllen sylwadau gyda’u sgôr a’r rhifyn neu’r astudiaeth achos, ond byth eich enw, eich tîm na’ch heddlu, a gall golygydd guddio sylw. Gall eich heddlu ddiffodd sylwadau, sy’n dileu’r sylwadau a adawodd ei bobl; mae’r sgoriau’n aros. Dim ond fel cyfansymiau y dangosir sgoriau a phleidleisiau.',
    'privacy.howLong.feedback':
      'Ar ôl yr un cyfnod, nid yw sgôr na phleidlais yn eich enwi mwyach a chaiff ei sylw ei ddileu; mae’n dal i gyfrif yn y cyfansymiau. Pan gaiff eich data ei ddileu, caiff eich sgoriau, eich sylwadau a’ch pleidleisiau eu dileu.',

    'privacy.where': 'Ble',
    'privacy.where.1':
      'Caiff y gwasanaeth a’i ddata eu cynnal yng nghanolfannau data Microsoft Azure yn y Deyrnas Unedig.',
    'privacy.rights': 'Eich hawliau',
    'privacy.rights.1':
      'Gallwch ofyn am gopi o bopeth sydd gan yr ap amdanoch chi, neu iddo gael ei ddileu, drwy swyddog diogelu data eich heddlu. Gallant ofyn i weithredwr y gwasanaeth, a fydd yn allforio neu’n dileu eich data ac yn cofnodi iddo gael ei wneud.',
    'privacy.rights.2':
      'Pan gaiff eich data ei ddileu, caiff eich atebion eu dileu. Lle mae’r gosodiadau tîm a gadwoch chi a llwybr archwilio’r ap yn eich enwi drwy eich ID Microsoft Entra, caiff yr ID hwnnw ei ddisodli gan god nad yw’n eich adnabod mwyach: mae’r cofnodion yn aros, felly mae’r llwybr yn dal i ddangos beth a wnaed a phryd, ond nid gan bwy. Dim ond yn y cofnod bod y dileu wedi’i wneud y mae’r ap yn cadw eich ID Entra, fel na chaiff eich atebion cynharach eu casglu eto.',
    'privacy.rights.learning':
      'Mae copi o’ch data yn cynnwys eich cofnod dysgu; mae dileu yn ei ddileu. Gallwch hefyd olygu, lawrlwytho neu ddileu unrhyw gofnod eich hun yn “Fy nysgu” ar unrhyw adeg.',
    'privacy.otherLanguage': 'Read this notice in English',

    'terms.title': 'Dysgu’r Gwersi ar gyfer Teams: telerau defnyddio',
    'terms.intro':
      'Mae Dysgu’r Gwersi ar gyfer Teams yn dod â chylchgrawn Dysgu’r Gwersi yr IOPC i Microsoft Teams ar gyfer heddluoedd a’r cyrff eraill y mae’r IOPC yn eu goruchwylio.',
    'terms.use': 'Defnyddio’r ap',
    'terms.use.1':
      'Defnyddiwch yr ap ar gyfer dysgu a datblygiad proffesiynol: darllen astudiaethau achos, trafod eu cwestiynau myfyriol gyda chydweithwyr, a chofnodi eich myfyrdodau eich hun yn y ffordd arferol yn eich heddlu.',
    'terms.use.2':
      'Mae polisi defnydd derbyniol eich heddlu yn berthnasol i’r hyn rydych chi’n ei ysgrifennu yn Teams, gan gynnwys atebion i bostiadau wythnosol yr ap.',
    'terms.cases': 'Yr astudiaethau achos',
    'terms.cases.1':
      'Mae astudiaethau achos yn adroddiadau dienw o ymchwiliadau ac adolygiadau’r IOPC, wedi’u cyhoeddi er mwyn dysgu. Nid ydynt yn ganllawiau ar eu pennau eu hunain; dilynwch bolisïau eich heddlu ac Arferion Proffesiynol Awdurdodedig y Coleg Plismona.',
    'terms.data': 'Eich data',
    'terms.data.1':
      'Mae’r <privacy>hysbysiad preifatrwydd</privacy> yn dweud beth mae’r ap yn ei ddarllen a’i gadw, am ba hyd, a sut i ofyn am gopi neu am ei ddileu.',
    'terms.otherLanguage': 'Read these terms in English',

    'accessibility.title': 'Datganiad hygyrchedd Dysgu’r Gwersi ar gyfer Teams',
    'accessibility.intro.1':
      'Mae’r datganiad hwn yn berthnasol i Dysgu’r Gwersi ar gyfer Teams: ei dab yn Microsoft Teams (ac yn Outlook, SharePoint, ap Microsoft 365 a phorwr gwe), y cardiau a’r negeseuon y mae ei fot yn eu postio yn Teams, a’r tudalennau hyn. Mae’n dod â chylchgrawn Dysgu’r Gwersi Swyddfa Annibynnol Ymddygiad yr Heddlu (IOPC) i heddluoedd.',
    'accessibility.intro.2':
      'Rydym am i gynifer o bobl â phosibl allu ei ddefnyddio. Er enghraifft, mae hynny’n golygu y dylech allu:',
    'accessibility.can.1':
      'ei ddarllen yn Gymraeg neu’n Saesneg, a newid rhyngddynt ar unrhyw dudalen',
    'accessibility.can.2':
      'ei ddefnyddio yn themâu golau, tywyll a chyferbyniad uchel Teams, y mae’n eu dilyn',
    'accessibility.can.3':
      'chwyddo hyd at 400% heb i’r testun ddiflannu oddi ar y sgrin, a’i ddefnyddio ar sgrin 320 picsel o led',
    'accessibility.can.4':
      'cyrraedd a defnyddio popeth gyda bysellfwrdd yn unig, gan weld ble mae’r ffocws, gyda’r ffocws yn symud i bennawd pob golwg newydd',
    'accessibility.can.5':
      'ei ddefnyddio gyda darllenydd sgrin: mae gan bob golwg un prif bennawd, mae pob adran, astudiaeth achos ac erthygl wedi’i henwi yn ôl ei phennawd, ac mae testun mewn iaith arall wedi’i farcio felly',
    'accessibility.intro.3': 'Rydym hefyd wedi gwneud y testun mor syml ag y gallwn.',
    'accessibility.known': 'Pa mor hygyrch yw’r gwasanaeth hwn',
    'accessibility.known.1': 'Rydym yn gwybod nad yw rhai rhannau’n gwbl hygyrch:',
    'accessibility.known.cards':
      'mae’r postiadau astudiaeth achos wythnosol, y cardiau achos a rennir o flwch ysgrifennu neges neu a bostir yn sgwrs cyfarfod, a chardiau gosod y bot yn Gardiau Addasol (Adaptive Cards), y mae Microsoft Teams (neu Outlook) yn eu llunio: ni allwn reoli sut mae pob ap Teams yn eu cyflwyno i ddarllenydd sgrin neu wrth chwyddo’n fawr',
    'accessibility.known.pdf':
      'mae PDF pob rhifyn yn cael ei gyhoeddi gan yr IOPC ac efallai na fydd yn gwbl hygyrch: mae’r tab yn dangos ei dudalennau gyda’u testun ar gyfer darllenwyr sgrin, ond trefn ddarllen a phenawdau’r PDF yw eu rhai nhw; mae pob astudiaeth achos ac erthygl ynddo hefyd yn y tab fel tudalen we',
    'accessibility.known.english':
      'mae’r rhan fwyaf o’r hen rifynnau yn Saesneg yn unig; lle nad oes cyfieithiad Cymraeg, mae’r tab yn dweud hynny yn Gymraeg ac yn marcio’r testun Saesneg ar gyfer darllenwyr sgrin',
    'accessibility.known.review':
      'nid yw testun Cymraeg y gwasanaeth a’i rifyn sampl wedi cael ei wirio gan gyfieithydd Cymraeg eto',
    'accessibility.contact': 'Adborth a gwybodaeth gyswllt',
    'accessibility.contact.1':
      'Os byddwch yn dod o hyd i broblem nad yw wedi’i rhestru yma, neu os oes arnoch angen gwybodaeth mewn fformat gwahanol, rhowch wybod i ddesg gwasanaeth TG eich heddlu, a fydd yn ei throsglwyddo i’r tîm sy’n rhedeg y gwasanaeth, neu defnyddiwch y ddolen adborth mewn unrhyw rifyn o’r cylchgrawn. Ein nod yw ateb o fewn 10 diwrnod gwaith.',
    'accessibility.enforcement': 'Y drefn orfodi',
    'accessibility.enforcement.1':
      'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018 (y “rheoliadau hygyrchedd”). Os nad ydych yn fodlon â’r ffordd yr ydym yn ymateb i’ch cwyn, cysylltwch â’r <eass>Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)</eass>.',
    'accessibility.technical': 'Gwybodaeth dechnegol am hygyrchedd y gwasanaeth hwn',
    'accessibility.status': 'Statws cydymffurfio',
    'accessibility.status.1':
      'Mae’r gwasanaeth hwn yn cydymffurfio’n rhannol â safon AA <wcag>Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</wcag>, oherwydd y rhannau a restrir uchod a’r profion sydd heb eu gwneud eto, a restrir isod.',
    'accessibility.tested': 'Sut y gwnaethom brofi’r gwasanaeth hwn',
    'accessibility.tested.1': 'Caiff pob newid i’r gwasanaeth ei brofi’n awtomatig cyn ei ryddhau:',
    'accessibility.tested.axe':
      'caiff pob golwg yn y tab ei gwirio gydag axe yn erbyn rheolau A ac AA WCAG 2.0, 2.1 a 2.2, yn y themâu golau, tywyll a chyferbyniad uchel, yn Saesneg ac yn Gymraeg',
    'accessibility.tested.keyboard':
      'caiff y chwiliad, y cardiau astudiaeth achos, y dolenni a phanel ochr a llwyfan cyfarfod eu defnyddio gyda bysellfwrdd yn unig, gan wirio bod modd gweld y ffocws a’i fod yn symud i bennawd pob golwg newydd',
    'accessibility.tested.layout':
      'caiff pob golwg ei gwirio am un prif bennawd a phenawdau mewn trefn, am ddim sgrolio i’r ochr ar 320 picsel o led, ac am farcio iaith ei thestun',
    'accessibility.tested.cards': 'caiff cardiau’r bot eu gwirio yn erbyn sgema’r Cardiau Addasol',
    'accessibility.tested.pdf':
      'caiff y taflenni briffio eu darllen yn ôl i wirio eu bod yn PDFs wedi’u tagio gyda theitl, iaith, penawdau a rhestrau, yn iaith y darllenydd',
    'accessibility.untested': 'Beth sydd heb ei brofi eto',
    'accessibility.untested.1':
      'Nid yw’r gwasanaeth wedi cael ei brofi eto gan bobl anabl na chan arbenigwr hygyrchedd, nac â llaw gyda darllenwyr sgrin, meddalwedd adnabod lleferydd na chwyddwyr sgrin, nac yn apiau symudol Teams. Dim ond rhai problemau hygyrchedd y mae gwiriadau awtomatig yn eu canfod.',
    'accessibility.improving': 'Beth rydym yn ei wneud i wella hygyrchedd',
    'accessibility.improving.1':
      'Byddwn yn cael pobl anabl ac arbenigwr hygyrchedd i brofi’r gwasanaeth, yn cael cyfieithydd Cymraeg i adolygu’r testun Cymraeg, ac yn trwsio’r hyn y maen nhw’n ei ganfod.',
    'accessibility.prepared': 'Paratoi’r datganiad hygyrchedd hwn',
    'accessibility.prepared.1':
      'Paratowyd y datganiad hwn ar {date}. Caiff ei adolygu pryd bynnag y bydd y gwasanaeth yn newid mewn ffordd sy’n effeithio ar hygyrchedd, ac o leiaf unwaith y flwyddyn.',
    'accessibility.otherLanguage': 'Read this statement in English',
  },
};
