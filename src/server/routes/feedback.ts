import type { Server } from 'restify';
import { z } from 'zod';
import {
  commentsForEditors,
  editorCommentView,
  feedbackSchema,
  myFeedback,
  rate,
  setCommentHidden,
  type FeedbackDeps,
} from '../../feedback';
import { LANGUAGES } from '../../i18n/language';
import { caseIdSchema, guidSchema } from '../../ids';
import type { Logger } from '../../logger';
import type { Period } from '../../store/types';
import { jsonBody, jsonRoute, type RouteModule } from '../app';
import type { SignIn } from '../signed-in';

/** Where readers' feedback lives (signed-in: limited per person, not per address). */
export const FEEDBACK_PATH = '/api/feedback';

/** The largest body a rating may have, in bytes (a comment of 2,000 characters fits). */
const MAX_BODY_BYTES = 16 * 1024;

export interface FeedbackRouteDeps extends FeedbackDeps {
  logger: Logger;
  /** The tab's SSO token; in local mode, the local person. */
  signIn: SignIn;
  clock?: () => Date;
}

const itemQuery = z
  .object({ issue: z.coerce.number().int().min(1).max(9999), caseId: caseIdSchema.optional() })
  .strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both included); by default, everything until today. */
const periodQuery = z.object({ from: isoDay.optional(), to: isoDay.optional() });

/** The editors' list: a period, and the language of the items' titles. */
const commentsQuery = periodQuery.extend({ lang: z.enum(LANGUAGES).default('en') }).strict();

function periodOf(query: z.infer<typeof periodQuery>, now: Date): Period {
  const today = now.toISOString().slice(0, 10);
  return {
    from: new Date(`${query.from ?? '2000-01-01'}T00:00:00Z`),
    to: new Date(Date.parse(`${query.to ?? today}T00:00:00Z`) + DAY_MS),
  };
}

const hiddenBody = z.object({ hidden: z.boolean() }).strict();

/**
 * "Was this useful?": `GET /api/feedback?issue=&caseId=` (the caller's own rating and comment, and
 * whether their force takes comments), `POST /api/feedback` with `{issue, caseId?, rating 1–5,
 * comment?}` (one per person per item, changeable); for the IOPC's editors,
 * `GET /api/feedback/comments?from=&to=&lang=` (with the items' titles) and `PUT /api/feedback/comments/<id>/hidden` with
 * `{hidden}`. 400 for a body that is not that, 401/403 for the caller, 404 for an unknown item or
 * comment, 409 for a comment from a force that switched comments off.
 */
export function feedbackRoutes(deps: FeedbackRouteDeps): RouteModule {
  const now = () => deps.clock?.() ?? new Date();
  return (server: Server) => {
    server.get(
      FEEDBACK_PATH,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { issue, caseId } = itemQuery.parse(req.query ?? {});
          return myFeedback(deps, caller, issue, caseId);
        },
        { personal: true },
      ),
    );
    server.post(
      FEEDBACK_PATH,
      ...jsonBody(MAX_BODY_BYTES),
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          return rate(deps, caller, feedbackSchema.parse(req.body ?? {}), now());
        },
        { personal: true },
      ),
    );
    server.get(
      `${FEEDBACK_PATH}/comments`,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { lang, ...period } = commentsQuery.parse(req.query ?? {});
          const comments = await commentsForEditors(deps.store, caller, periodOf(period, now()));
          const library = deps.library();
          return {
            comments: comments.map((comment) => editorCommentView(library, comment, lang)),
          };
        },
        { personal: true },
      ),
    );
    server.put(
      `${FEEDBACK_PATH}/comments/:commentId/hidden`,
      ...jsonBody(1024),
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const commentId = guidSchema('a comment id').parse(req.params.commentId);
          const { hidden } = hiddenBody.parse(req.body ?? {});
          return setCommentHidden(deps.store, caller, commentId, hidden);
        },
        { personal: true },
      ),
    );
  };
}
