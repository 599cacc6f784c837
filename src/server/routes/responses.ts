import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Library } from '../../content/model';
import { retryAfterOf, toProblem, unauthorized } from '../../errors';
import { caseIdSchema, guidSchema } from '../../ids';
import { LANGUAGES, preferredLanguage, type Language } from '../../i18n/language';
import type { Logger } from '../../logger';
import {
  forceResponseInput,
  forceResponsesCsv,
  forceResponsesWorkbook,
  readForceResponses,
  readTeamResponse,
  saveForceResponse,
  saveTeamResponse,
  teamResponseInput,
  type ForceResponseDeps,
  type TeamResponseDeps,
} from '../../team-response';
import { jsonBody, jsonRoute, type RouteModule } from '../app';
import { sendBytes, sendJson, sendProblem } from '../respond';
import type { SignIn } from '../signed-in';

/** Where teams' responses live (signed-in: limited per person, not per address). */
export const TEAM_RESPONSES_PATH = '/api/teams/';
/** Where the learning lead's force view lives (signed-in). */
export const FORCE_RESPONSES_PATH = '/api/force/';

/** The largest response body, in bytes (50 actions and 30 conclusions of the longest fit). */
const MAX_BODY_BYTES = 256 * 1024;

export interface ResponseRouteDeps {
  logger: Logger;
  /**
   * Undefined where the service cannot tell who is in a team (an app identity without Graph):
   * the routes answer 401 saying sign-in is not configured.
   */
  responses: ({ signIn: SignIn } & TeamResponseDeps & ForceResponseDeps) | undefined;
  library: () => Library;
}

const teamParams = z.object({ group: guidSchema('a team'), caseId: caseIdSchema });
const forceParams = z.object({ caseId: caseIdSchema });
const exportQuery = z
  .object({
    format: z.enum(['json', 'xlsx', 'csv']).default('json'),
    lang: z.enum(LANGUAGES).optional(),
  })
  .strict();

const bodyParsers = jsonBody(MAX_BODY_BYTES);

const exportTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

function languageOf(req: Request, asked: Language | undefined): Language {
  return asked ?? preferredLanguage(req.header('accept-language')) ?? 'en';
}

/**
 * `GET/PUT /api/teams/<group>/responses/<caseId>` (members read, owners write),
 * `GET /api/force/responses?format=json|xlsx|csv` and `PUT /api/force/responses/<caseId>`
 * (the force's learning lead), each with the tab's SSO token (the local person in local mode).
 */
export function responseRoutes(deps: ResponseRouteDeps): RouteModule {
  const signedIn = () => {
    if (!deps.responses)
      throw unauthorized('Sign-in with Teams (SSO) is not configured on this service.');
    return deps.responses;
  };
  const personal = { personal: true };
  return (server: Server) => {
    const teamPath = `${TEAM_RESPONSES_PATH}:group/responses/:caseId`;
    server.get(
      teamPath,
      jsonRoute(
        deps.logger,
        async (req) => {
          const use = signedIn();
          const caller = await use.signIn.caller(req);
          const { group, caseId } = teamParams.parse(req.params);
          return readTeamResponse(use, caller, group, caseId);
        },
        personal,
      ),
    );
    server.put(
      teamPath,
      ...bodyParsers,
      jsonRoute(
        deps.logger,
        async (req) => {
          const use = signedIn();
          const caller = await use.signIn.caller(req);
          const { group, caseId } = teamParams.parse(req.params);
          const input = teamResponseInput.parse(req.body ?? {});
          return saveTeamResponse(use, caller, group, caseId, input);
        },
        personal,
      ),
    );
    server.get(`${FORCE_RESPONSES_PATH}responses`, async (req: Request, res: Response) => {
      try {
        const use = signedIn();
        const caller = await use.signIn.caller(req);
        const { format, lang } = exportQuery.parse(req.query ?? {});
        const language = languageOf(req, lang);
        const view = await readForceResponses(use, caller, language);
        if (format === 'json') {
          sendJson(res, 200, view, { 'cache-control': 'private, no-store' });
          return;
        }
        const bytes =
          format === 'xlsx'
            ? await forceResponsesWorkbook(view, deps.library(), language)
            : forceResponsesCsv(view, deps.library(), language);
        sendBytes(res, 200, exportTypes[format], bytes, {
          'cache-control': 'private, no-store',
          'content-disposition': `attachment; filename="force-responses.${format}"`,
        });
      } catch (error) {
        sendProblem(res, toProblem(error, deps.logger), retryAfterOf(error));
      }
    });
    server.put(
      `${FORCE_RESPONSES_PATH}responses/:caseId`,
      ...bodyParsers,
      jsonRoute(
        deps.logger,
        async (req) => {
          const use = signedIn();
          const caller = await use.signIn.caller(req);
          const { caseId } = forceParams.parse(req.params);
          return saveForceResponse(use, caller, caseId, forceResponseInput.parse(req.body ?? {}));
        },
        personal,
      ),
    );
  };
}
