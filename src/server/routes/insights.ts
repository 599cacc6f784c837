import type { Server } from 'restify';
import { z } from 'zod';
import { AppError, notFound } from '../../errors';
import { LANGUAGES } from '../../i18n/language';
import { caseIdSchema } from '../../ids';
import {
  addMonths,
  addWeeks,
  insightsCsv,
  insightsWorkbook,
  MAX_WEEKS,
  monthOfWeek,
  readInsights,
  weekOf,
  weeksOfMonths,
  type InsightsDeps,
  type InsightsPeriod,
} from '../../insights';
import type { Logger } from '../../logger';
import type { Store } from '../../store/types';
import { jsonBody, jsonRoute, type RouteModule } from '../app';
import { sendBytes } from '../respond';
import type { SignIn } from '../signed-in';

/** Where insights live (signed-in: limited per person, not per address). */
export const INSIGHTS_PATH = '/api/insights';
/** Where the tab reports a signed-in read of a case page (signed-in). */
export const READS_PATH = '/api/reads';

/** The weeks shown when none are asked for: the last 13, this one included. */
const DEFAULT_WEEKS = 13;
/** The months shown when a period by month names none: the last 12, this one included. */
const DEFAULT_MONTHS = 12;
/** The widest period by month. */
const MAX_MONTHS = 24;

export interface InsightsRouteDeps extends Omit<InsightsDeps, 'store' | 'caseTitle' | 'now'> {
  logger: Logger;
  signIn: SignIn;
  store: Pick<Store, 'insights' | 'tenants' | 'transaction'>;
  /** A case's title in a language, if the library has it. */
  caseTitle(caseId: string, language: (typeof LANGUAGES)[number]): string | null;
  /** The service's clock. */
  now?: () => Date;
}

const MONDAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const isMonday = (value: string) =>
  MONDAY.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  weekOf(new Date(`${value}T12:00:00Z`)) === value;

/** By week, `from` and `to` name Mondays; by month, months (`YYYY-MM`). */
const periodFields = z.object({
  by: z.enum(['week', 'month'], { message: 'by is week or month' }).default('week'),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  lang: z.enum(LANGUAGES).default('en'),
});
type PeriodQuery = z.infer<typeof periodFields>;

function checkPeriod(query: PeriodQuery, context: z.RefinementCtx): void {
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value === undefined) continue;
    if (query.by === 'week' && !isMonday(value)) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: 'a week is named by its Monday, YYYY-MM-DD',
      });
    }
    if (query.by === 'month' && !MONTH.test(value)) {
      context.addIssue({ code: 'custom', path: [key], message: 'a month is named YYYY-MM' });
    }
  }
}

const insightsQuery = periodFields.strict().superRefine(checkPeriod);
const exportQuery = periodFields
  .extend({ format: z.enum(['xlsx', 'csv'], { message: 'format is xlsx or csv' }) })
  .strict()
  .superRefine(checkPeriod);

const readBody = z.object({ caseId: caseIdSchema }).strict();

/**
 * Whole weeks, from and to both included: by week at most `MAX_WEEKS` (by default the last 13),
 * by month at most 24 months (by default the last 12), each month its weeks.
 */
function periodOf(asked: PeriodQuery, now: Date): InsightsPeriod {
  if (asked.by === 'month') {
    const to =
      asked.to ??
      (asked.from ? addMonths(asked.from, DEFAULT_MONTHS - 1) : monthOfWeek(weekOf(now)));
    const from = asked.from ?? addMonths(to, -(DEFAULT_MONTHS - 1));
    if (from > to) throw new AppError('BadRequest', 'from is a month before to.');
    if (addMonths(from, MAX_MONTHS) <= to) {
      throw new AppError('BadRequest', `A period is at most ${MAX_MONTHS} months.`);
    }
    return { by: 'month', ...weeksOfMonths(from, to) };
  }
  const to = asked.to ?? (asked.from ? addWeeks(asked.from, DEFAULT_WEEKS - 1) : weekOf(now));
  const from = asked.from ?? addWeeks(to, -(DEFAULT_WEEKS - 1));
  if (from > to) throw new AppError('BadRequest', 'from is a week before to.');
  if (addWeeks(from, MAX_WEEKS) <= to) {
    throw new AppError('BadRequest', `A period is at most ${MAX_WEEKS} weeks.`);
  }
  return { by: 'week', from, to };
}

const exportTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * `GET /api/insights?by=week|month&from=&to=` (Mondays of whole weeks, or `YYYY-MM` months;
 * `LearningLead`: own force, `Editor`: every force), `GET /api/insights/export?format=xlsx|csv` (the same figures as a workbook or
 * CSV), and `POST /api/reads` `{caseId}` (the tab counts a signed-in read of a case page).
 */
export function insightsRoutes(deps: InsightsRouteDeps): RouteModule {
  const now = deps.now ?? (() => new Date());
  const read = async (caller: Awaited<ReturnType<SignIn['caller']>>, query: PeriodQuery) =>
    readInsights(caller, periodOf(query, now()), {
      store: deps.store,
      sources: deps.sources,
      now,
      caseTitle: (caseId) => deps.caseTitle(caseId, query.lang),
    });
  return (server: Server) => {
    server.get(
      INSIGHTS_PATH,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          return read(caller, insightsQuery.parse(req.query ?? {}));
        },
        { personal: true },
      ),
    );
    server.get(
      `${INSIGHTS_PATH}/export`,
      jsonRoute(deps.logger, async (req, res) => {
        const caller = await deps.signIn.caller(req);
        const query = exportQuery.parse(req.query ?? {});
        const view = await read(caller, query);
        const bytes =
          query.format === 'csv'
            ? Buffer.from(insightsCsv(view, query.lang), 'utf8')
            : await insightsWorkbook(view, query.lang);
        sendBytes(res, 200, exportTypes[query.format], bytes, {
          'content-disposition': `attachment; filename="insights-${view.from}-${view.to}.${query.format}"`,
          'cache-control': 'private, no-store',
        });
      }),
    );
    server.post(
      READS_PATH,
      ...jsonBody(1024),
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { caseId } = readBody.parse(req.body ?? {});
          if (deps.caseTitle(caseId, 'en') === null) throw notFound('There is no such case.');
          await deps.store.insights.recordRead(caller.tenantId, caseId, now());
          return { counted: true };
        },
        { personal: true },
      ),
    );
  };
}
