import type { Request, Server } from 'restify';
import { z } from 'zod';
import { AUDIENCES } from '../../content/model';
import type { ContentSnapshot } from '../../content';
import { notFound } from '../../errors';
import { caseIdSchema } from '../../ids';
import { LANGUAGES, type Language } from '../../i18n/language';
import type { Logger } from '../../logger';
import { jsonRoute, type RouteModule } from '../app';

const issueNumber = z.object({
  number: z.coerce.number().int().positive().max(9999),
});
const caseId = z.object({ id: caseIdSchema });
const lang = z.enum(LANGUAGES, { message: `lang is one of ${LANGUAGES.join(', ')}` }).default('en');
const languageQuery = z.object({ lang }).strict();
const searchQuery = z
  .object({
    q: z.string().trim().max(200, 'the search is too long').default(''),
    theme: z.string().trim().min(1).max(100).optional(),
    factor: z.string().trim().min(1).max(100).optional(),
    audience: z
      .enum(AUDIENCES, { message: `audience is one of ${AUDIENCES.join(', ')}` })
      .optional(),
    lang,
  })
  .strict();

/** The language a request asks for (`?lang=cy`); English by default. */
function languageOf(req: Request): Language {
  return languageQuery.parse(req.query ?? {}).lang;
}

/**
 * `GET /api/issues`, `/api/issues/latest`, `/api/issues/:number`, `/api/cases/:id`, `/api/search`,
 * each in English or, with `?lang=cy`, in Welsh where the content has a translation.
 */
export function contentRoutes(content: () => ContentSnapshot, logger: Logger): RouteModule {
  return (server: Server) => {
    server.get(
      '/api/issues',
      jsonRoute(logger, (req) => content().views[languageOf(req)].issueList),
    );
    server.get(
      '/api/issues/latest',
      jsonRoute(logger, (req) => {
        const language = languageOf(req);
        const { library, views } = content();
        const latest = library.latest && views[language].issue(library.latest.number);
        if (!latest) throw notFound('The library has no issues yet.');
        return latest;
      }),
    );
    server.get(
      '/api/issues/:number',
      jsonRoute(logger, (req) => {
        const { number } = issueNumber.parse(req.params);
        const issue = content().views[languageOf(req)].issue(number);
        if (!issue) throw notFound(`There is no issue ${number}.`);
        return issue;
      }),
    );
    server.get(
      '/api/cases/:id',
      jsonRoute(logger, (req) => {
        const { id } = caseId.parse(req.params);
        const caseStudy = content().views[languageOf(req)].caseStudy(id);
        if (!caseStudy) throw notFound(`There is no case study ${id}.`);
        return caseStudy;
      }),
    );
    server.get(
      '/api/search',
      jsonRoute(logger, (req) => {
        const { q, lang: language, ...filters } = searchQuery.parse(req.query ?? {});
        return content().search.search({ text: q, language, ...filters });
      }),
    );
  };
}
