import type { Request, Response, Server } from 'restify';
import { LANGUAGES, type Language } from '../../i18n/language';
import type { RouteModule } from '../app';
import { accessibilityStatement, privacyNotice, termsOfUse } from '../pages/outlines';
import { pageLanguage, renderPage, sendPage, type PageOutline } from '../pages/page';

/**
 * `GET /privacy`, `/terms` and `/accessibility`, each in English or Welsh (`?lang=cy`, or the
 * browser's language): the pages the app manifest and every page of the tab link to.
 */
export function pageRoutes(defaultRetentionMonths: number): RouteModule {
  const outlines = [privacyNotice(defaultRetentionMonths), termsOfUse, accessibilityStatement];
  return (server: Server) => {
    for (const outline of outlines) {
      const rendered = renderAll(outline);
      server.get(outline.path, async (req: Request, res: Response) => {
        const language = pageLanguage(req);
        sendPage(res, rendered[language], language);
      });
    }
  };
}

function renderAll(outline: PageOutline): Record<Language, string> {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, renderPage(outline, language)]),
  ) as Record<Language, string>;
}
