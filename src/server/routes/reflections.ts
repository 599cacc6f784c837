import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { ContentSnapshot } from '../../content';
import { guidSchema } from '../../ids';
import { retryAfterOf, toProblem } from '../../errors';
import { LANGUAGES, type Language } from '../../i18n/language';
import {
  addLearningEntry,
  changeLearningEntry,
  daySchema,
  deleteLearningEntry,
  learningEntryChangeSchema,
  LEARNING_RECORD_FORMATS,
  learningEntryView,
  learningRecordDocument,
  listLearningEntries,
  newLearningEntrySchema,
  periodOf,
} from '../../learning-record';
import type { Logger } from '../../logger';
import type { Store } from '../../store';
import { jsonBody, jsonRoute, type RouteModule } from '../app';
import { sendBytes, sendProblem } from '../respond';
import type { SignIn } from '../signed-in';

/** Where the caller's learning record lives (signed-in: limited per person, not per address). */
export const REFLECTIONS_PATH = '/api/me/reflections';

/** The largest body an entry may have, in bytes (two texts of 4,000 characters, in UTF-8). */
const MAX_BODY_BYTES = 32 * 1024;

export interface ReflectionRouteDeps {
  store: Store;
  content: () => ContentSnapshot;
  /** The tab's SSO token; in local mode, the local person. */
  signIn: SignIn;
  logger: Logger;
  clock?: () => Date;
}

const lang = z.enum(LANGUAGES, { message: `lang is one of ${LANGUAGES.join(', ')}` }).default('en');
const listQuery = z.object({ from: daySchema.optional(), to: daySchema.optional(), lang }).strict();
const languageQuery = z.object({ lang }).strict();
const exportQuery = z
  .object({
    format: z.enum(LEARNING_RECORD_FORMATS, {
      message: `format is one of ${LEARNING_RECORD_FORMATS.join(', ')}`,
    }),
    from: daySchema.optional(),
    to: daySchema.optional(),
    lang,
  })
  .strict();
const entryParams = z.object({ id: guidSchema('an entry id') });

function languageOf(req: Request): Language {
  return languageQuery.parse(req.query ?? {}).lang;
}

/**
 * The caller's own learning record (design contract): `GET /api/me/reflections?from=&to=`,
 * `POST` an entry `{caseId, reflection, application, minutes}`, `PATCH` and `DELETE
 * /api/me/reflections/<id>`. Nobody reaches another person's entries: each is found by the
 * caller's tenant and object id, so another's id is simply not found (404).
 * `GET /api/me/reflections/export?format=pdf|docx|csv&from=&to=&lang=` downloads them as a
 * document for a development review.
 */
export function reflectionRoutes(deps: ReflectionRouteDeps): RouteModule {
  const body = jsonBody(MAX_BODY_BYTES);
  const personal = { personal: true };
  return (server: Server) => {
    server.get(
      REFLECTIONS_PATH,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const query = listQuery.parse(req.query ?? {});
          const entries = await listLearningEntries(
            deps.store,
            caller,
            periodOf(query.from, query.to),
          );
          const content = deps.content();
          return {
            entries: entries.map((entry) => learningEntryView(entry, content.library, query.lang)),
          };
        },
        personal,
      ),
    );
    server.get(`${REFLECTIONS_PATH}/export`, async (req: Request, res: Response) => {
      try {
        const caller = await deps.signIn.caller(req);
        const query = exportQuery.parse(req.query ?? {});
        const entries = await listLearningEntries(
          deps.store,
          caller,
          periodOf(query.from, query.to),
        );
        const document = await learningRecordDocument(query.format, entries, deps.content(), {
          language: query.lang,
          name: caller.name,
          madeAt: deps.clock?.() ?? new Date(),
          from: query.from,
          to: query.to,
        });
        sendBytes(res, 200, document.type, document.bytes, {
          'content-disposition': `attachment; filename="${document.fileName}"`,
          'cache-control': 'private, no-store',
        });
      } catch (error) {
        sendProblem(res, toProblem(error, deps.logger), retryAfterOf(error));
      }
    });
    server.post(
      REFLECTIONS_PATH,
      ...body,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const input = newLearningEntrySchema.parse(req.body ?? {});
          const entry = await addLearningEntry(
            { ...deps, library: () => deps.content().library },
            caller,
            input,
            'tab',
          );
          return learningEntryView(entry, deps.content().library, languageOf(req));
        },
        personal,
      ),
    );
    server.patch(
      `${REFLECTIONS_PATH}/:id`,
      ...body,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { id } = entryParams.parse(req.params);
          const change = learningEntryChangeSchema.parse(req.body ?? {});
          const entry = await changeLearningEntry(
            { ...deps, library: () => deps.content().library },
            caller,
            id,
            change,
          );
          return learningEntryView(entry, deps.content().library, languageOf(req));
        },
        personal,
      ),
    );
    server.del(
      `${REFLECTIONS_PATH}/:id`,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { id } = entryParams.parse(req.params);
          await deleteLearningEntry(deps.store, caller, id);
          return { deleted: id };
        },
        personal,
      ),
    );
  };
}
