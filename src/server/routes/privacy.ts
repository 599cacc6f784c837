import type { Request, Response, Server } from 'restify';
import type { RouteModule } from '../app';

type Language = 'en' | 'cy';

interface PrivacyText {
  lang: string;
  title: string;
  intro: string;
  sections: { heading: string; paragraphs: string[] }[];
  switchTo: { href: string; label: string; lang: string };
}

const english = (retentionMonths: number): PrivacyText => ({
  lang: 'en-GB',
  title: 'Learning the Lessons for Teams: privacy notice',
  intro:
    'This notice says plainly what the Learning the Lessons app reads in your force’s Microsoft Teams, what it keeps, for how long, where, and how to ask for a copy or removal.',
  sections: [
    {
      heading: 'What the app reads',
      paragraphs: [
        'When a team owner adds the app to a team, Teams lets it receive every message posted in that team’s standard channels. The app looks at each message only to see whether it is a reply to one of the app’s own weekly case-study posts. Any other message is dropped at once: it is not read further, stored or logged.',
        'The app also reads the team’s name, its channels and who its owners are, so that only team owners can change the weekly post.',
      ],
    },
    {
      heading: 'What the app keeps',
      paragraphs: [
        'For each reply to one of its weekly posts: the text of the reply, the author’s name and Microsoft Entra ID, the team, channel and case study it belongs to, and when it was written or edited. Edits and deletions in Teams are applied to the copy the app keeps.',
        'For each team: the team, the channel chosen for the weekly post and the settings a team owner saved, with a record of who changed them and when.',
        'The app does not keep any other messages, files, chats or meetings.',
        'The service’s logs hold only ids and counts, never the text of a message.',
      ],
    },
    {
      heading: 'Why, and who can see it',
      paragraphs: [
        'Replies are kept so that colleagues in the same team can read the discussion of a case study in the app’s tab, and so that the next post can say how many colleagues joined in. Only members of that team in your force can see it. No other force, and no one at the IOPC, can see your force’s discussion.',
      ],
    },
    {
      heading: 'How long',
      paragraphs: [
        `Replies are deleted automatically ${retentionMonths} months after they were written, unless your force has chosen a different period. When your force stops using the app, everything the app holds for your force is deleted.`,
      ],
    },
    {
      heading: 'Where',
      paragraphs: [
        'The service and its data are hosted in Microsoft Azure data centres in the United Kingdom.',
      ],
    },
    {
      heading: 'Your rights',
      paragraphs: [
        'You can ask for a copy of everything the app holds about you, or for it to be removed, through your force’s data protection officer. They can ask the service’s operator, who will export or erase your data and record that it was done.',
        'When your data is erased, your replies are deleted. Where the team settings you saved and the app’s audit trail name you by your Microsoft Entra ID, that ID is replaced by a code that no longer identifies you: the records stay, so the trail still shows what was done and when, but not by whom. The app keeps your Entra ID only in the record that the erasure was done, so that your earlier replies are not collected again.',
      ],
    },
  ],
  switchTo: {
    href: '/privacy?lang=cy',
    label: 'Darllenwch yr hysbysiad hwn yn Gymraeg',
    lang: 'cy',
  },
});

const welsh = (retentionMonths: number): PrivacyText => ({
  lang: 'cy',
  title: 'Dysgu’r Gwersi ar gyfer Teams: hysbysiad preifatrwydd',
  intro:
    'Mae’r hysbysiad hwn yn dweud yn glir beth mae ap Dysgu’r Gwersi yn ei ddarllen yn Microsoft Teams eich heddlu, beth mae’n ei gadw, am ba hyd, ble, a sut i ofyn am gopi neu am ei ddileu.',
  sections: [
    {
      heading: 'Beth mae’r ap yn ei ddarllen',
      paragraphs: [
        'Pan fydd perchennog tîm yn ychwanegu’r ap at dîm, mae Teams yn gadael iddo dderbyn pob neges a bostir yn sianeli safonol y tîm hwnnw. Dim ond i weld a yw neges yn ateb i un o bostiadau astudiaeth achos wythnosol yr ap ei hun y mae’r ap yn edrych arni. Caiff unrhyw neges arall ei gollwng ar unwaith: nid yw’n cael ei darllen ymhellach, ei chadw na’i chofnodi.',
        'Mae’r ap hefyd yn darllen enw’r tîm, ei sianeli a phwy yw ei berchnogion, fel mai dim ond perchnogion tîm all newid y postiad wythnosol.',
      ],
    },
    {
      heading: 'Beth mae’r ap yn ei gadw',
      paragraphs: [
        'Ar gyfer pob ateb i un o’i bostiadau wythnosol: testun yr ateb, enw’r awdur a’i ID Microsoft Entra, y tîm, y sianel a’r astudiaeth achos y mae’n perthyn iddynt, a phryd y cafodd ei ysgrifennu neu ei olygu. Caiff golygiadau a dileadau yn Teams eu cymhwyso i’r copi y mae’r ap yn ei gadw.',
        'Ar gyfer pob tîm: y tîm, y sianel a ddewiswyd ar gyfer y postiad wythnosol a’r gosodiadau a gadwodd perchennog tîm, gyda chofnod o bwy a’u newidiodd a phryd.',
        'Nid yw’r ap yn cadw unrhyw negeseuon, ffeiliau, sgyrsiau na chyfarfodydd eraill.',
        'Dim ond rhifau adnabod a chyfrifon sydd yng nghofnodion y gwasanaeth, byth testun neges.',
      ],
    },
    {
      heading: 'Pam, a phwy sy’n gallu ei weld',
      paragraphs: [
        'Caiff atebion eu cadw fel y gall cydweithwyr yn yr un tîm ddarllen y drafodaeth am astudiaeth achos yn nhab yr ap, ac fel y gall y postiad nesaf ddweud faint o gydweithwyr a ymunodd. Dim ond aelodau’r tîm hwnnw yn eich heddlu chi sy’n gallu ei weld. Ni all unrhyw heddlu arall, na neb yn yr IOPC, weld trafodaeth eich heddlu.',
      ],
    },
    {
      heading: 'Am ba hyd',
      paragraphs: [
        `Caiff atebion eu dileu’n awtomatig ${retentionMonths} mis ar ôl iddynt gael eu hysgrifennu, oni bai bod eich heddlu wedi dewis cyfnod gwahanol. Pan fydd eich heddlu’n rhoi’r gorau i ddefnyddio’r ap, caiff popeth sydd gan yr ap ar gyfer eich heddlu ei ddileu.`,
      ],
    },
    {
      heading: 'Ble',
      paragraphs: [
        'Caiff y gwasanaeth a’i ddata eu cynnal yng nghanolfannau data Microsoft Azure yn y Deyrnas Unedig.',
      ],
    },
    {
      heading: 'Eich hawliau',
      paragraphs: [
        'Gallwch ofyn am gopi o bopeth sydd gan yr ap amdanoch chi, neu iddo gael ei ddileu, drwy swyddog diogelu data eich heddlu. Gallant ofyn i weithredwr y gwasanaeth, a fydd yn allforio neu’n dileu eich data ac yn cofnodi iddo gael ei wneud.',
        'Pan gaiff eich data ei ddileu, caiff eich atebion eu dileu. Lle mae’r gosodiadau tîm a gadwoch chi a llwybr archwilio’r ap yn eich enwi drwy eich ID Microsoft Entra, caiff yr ID hwnnw ei ddisodli gan god nad yw’n eich adnabod mwyach: mae’r cofnodion yn aros, felly mae’r llwybr yn dal i ddangos beth a wnaed a phryd, ond nid gan bwy. Dim ond yn y cofnod bod y dileu wedi’i wneud y mae’r ap yn cadw eich ID Entra, fel na chaiff eich atebion cynharach eu casglu eto.',
      ],
    },
  ],
  switchTo: { href: '/privacy?lang=en', label: 'Read this notice in English', lang: 'en-GB' },
});

const termsEnglish: PrivacyText = {
  lang: 'en-GB',
  title: 'Learning the Lessons for Teams: terms of use',
  intro:
    'Learning the Lessons for Teams brings the IOPC’s Learning the Lessons magazine into Microsoft Teams for police forces and the other bodies the IOPC oversees.',
  sections: [
    {
      heading: 'Using the app',
      paragraphs: [
        'Use the app for learning and professional development: reading case studies, discussing their reflective questions with colleagues, and recording your own reflections in your force’s usual way.',
        'Your force’s acceptable use policy applies to what you write in Teams, including replies to the app’s weekly posts.',
      ],
    },
    {
      heading: 'The case studies',
      paragraphs: [
        'Case studies are anonymised accounts of IOPC investigations and reviews, published for learning. They are not guidance on their own; follow your force’s policies and the College of Policing’s Authorised Professional Practice.',
      ],
    },
    {
      heading: 'Your data',
      paragraphs: [
        'The privacy notice says what the app reads and keeps, for how long, and how to ask for a copy or removal.',
      ],
    },
  ],
  switchTo: { href: '/privacy', label: 'Read the privacy notice', lang: 'en-GB' },
};

function render(text: PrivacyText): string {
  const sections = text.sections
    .map(
      (section) =>
        `<section><h2>${section.heading}</h2>${section.paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${text.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:44rem;margin:0 auto;padding:1rem;color:#242424;background:#fff}
a{color:#0f548c}a:focus-visible{outline:2px solid #000;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${text.title}</h1>
<p>${text.intro}</p>
${sections}
<p><a href="${text.switchTo.href}" lang="${text.switchTo.lang}" hreflang="${text.switchTo.lang}">${text.switchTo.label}</a></p>
</main>
</body>
</html>`;
}

function language(req: Request): Language {
  const asked = typeof req.query?.lang === 'string' ? req.query.lang : undefined;
  if (asked === 'cy' || asked === 'en') return asked;
  return /^cy\b/i.test(req.header('accept-language') ?? '') ? 'cy' : 'en';
}

function sendPage(res: Response, page: string, lang: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page),
    'content-language': lang,
    vary: 'accept-language',
  });
  res.end(page);
}

/**
 * `GET /privacy` in English or Welsh (`?lang=cy`, or the browser's language), and `GET /terms`:
 * the pages the app manifest links to.
 */
export function privacyRoutes(defaultRetentionMonths: number): RouteModule {
  const pages: Record<Language, string> = {
    en: render(english(defaultRetentionMonths)),
    cy: render(welsh(defaultRetentionMonths)),
  };
  const terms = render(termsEnglish);
  return (server: Server) => {
    server.get('/privacy', async (req: Request, res: Response) => {
      const lang = language(req);
      sendPage(res, pages[lang], lang === 'cy' ? 'cy' : 'en-GB');
    });
    server.get('/terms', async (_req: Request, res: Response) => sendPage(res, terms, 'en-GB'));
  };
}
