import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { ContentSnapshot } from '../../content';
import { AUDIENCES } from '../../content/model';
import { AppError, notFound, retryAfterOf, toProblem } from '../../errors';
import { caseIdSchema } from '../../ids';
import { LANGUAGES } from '../../i18n/language';
import type { Logger } from '../../logger';
import type { BriefingSheets } from '../../publication';
import type { RouteModule } from '../app';
import { sendBytes, sendHeaders, sendProblem, sendStream } from '../respond';

export interface PublicationRouteDeps {
  content: () => ContentSnapshot;
  sheets: BriefingSheets;
  logger: Logger;
}

const issueParams = z.object({ number: z.coerce.number().int().positive().max(9999) });
const caseParams = z.object({ id: caseIdSchema });
const audienceList = z
  .string()
  .max(200)
  .transform((value) =>
    value
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
  )
  .pipe(z.array(z.enum(AUDIENCES, { message: `each audience is one of ${AUDIENCES.join(', ')}` })));
const sheetQuery = z
  .object({
    audiences: audienceList.default([]),
    lang: z.enum(LANGUAGES, { message: `lang is one of ${LANGUAGES.join(', ')}` }).default('en'),
  })
  .strict();

const pdfType = 'application/pdf';

/** A byte range of a file, both ends included. */
interface ByteRange {
  start: number;
  end: number;
}

/**
 * `GET /api/issues/:number/pdf`: the issue as published, for the tab's page view (PDF.js asks
 * for the parts it needs with `Range`) and for download; `GET /api/cases/:id/sheet.pdf
 * ?audiences=<key>,<key>&lang=cy`: a case's briefing sheet. Both are sent as they are (never
 * compressed, so byte ranges mean the file's bytes), with an `ETag` to revalidate against.
 */
export function publicationRoutes(deps: PublicationRouteDeps): RouteModule {
  const issuePdf = pdfRoute(deps.logger, (req, res) => sendIssuePdf(deps, req, res));
  const sheet = pdfRoute(deps.logger, (req, res) => sendSheet(deps, req, res));
  return (server: Server) => {
    server.get('/api/issues/:number/pdf', issuePdf);
    server.head('/api/issues/:number/pdf', issuePdf);
    server.get('/api/cases/:id/sheet.pdf', sheet);
    server.head('/api/cases/:id/sheet.pdf', sheet);
  };
}

function pdfRoute(logger: Logger, send: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      await send(req, res);
    } catch (error) {
      if (res.headersSent) {
        logger.warn({ err: error }, 'a PDF stopped part way');
        res.destroy();
        return;
      }
      sendProblem(res, toProblem(error, logger), retryAfterOf(error));
    }
  };
}

async function sendIssuePdf(deps: PublicationRouteDeps, req: Request, res: Response) {
  const { number } = issueParams.parse(req.params);
  const published = deps.content().library.issue(number)?.publishedPdf;
  if (!published) throw notFound(`Issue ${number} has no PDF.`);
  const now = await stat(published.file).catch(() => undefined);
  if (now?.size !== published.bytes || now.mtimeMs !== published.modifiedMs) {
    throw new AppError('Unavailable', 'This issue’s PDF is being updated: try again shortly.', {
      retryAfterSeconds: 5,
    });
  }
  const headers = {
    'content-disposition': `inline; filename="learning-the-lessons-${number}.pdf"`,
    'accept-ranges': 'bytes',
    etag: published.etag,
    'cache-control': 'no-cache',
  };
  if (matches(req.header('if-none-match'), published.etag)) {
    sendHeaders(res, 304, { 'content-type': pdfType, ...headers });
    return;
  }
  const ifRange = req.header('if-range');
  const range =
    ifRange === undefined || ifRange === published.etag
      ? rangeOf(req.header('range'), published.bytes)
      : undefined;
  if (range === 'unsatisfiable') {
    sendHeaders(res, 416, {
      'content-type': pdfType,
      ...headers,
      'content-range': `bytes */${published.bytes}`,
    });
    return;
  }
  const { start, end } = range ?? { start: 0, end: published.bytes - 1 };
  await sendStream(
    res,
    range ? 206 : 200,
    pdfType,
    { length: end - start + 1, open: () => createReadStream(published.file, { start, end }) },
    {
      ...headers,
      ...(range ? { 'content-range': `bytes ${start}-${end}/${published.bytes}` } : {}),
    },
    { head: req.method === 'HEAD' },
  );
}

async function sendSheet(deps: PublicationRouteDeps, req: Request, res: Response) {
  const { id } = caseParams.parse(req.params);
  const { audiences, lang } = sheetQuery.parse(req.query ?? {});
  const sheet = await deps.sheets.sheet({ caseId: id, audiences, language: lang });
  if (!sheet) throw notFound(`There is no case study ${id}.`);
  const headers = {
    'content-disposition': `inline; filename="briefing-sheet-${id}.pdf"`,
    etag: sheet.etag,
    'cache-control': 'no-cache',
  };
  if (matches(req.header('if-none-match'), sheet.etag)) {
    sendHeaders(res, 304, { 'content-type': pdfType, ...headers });
    return;
  }
  sendBytes(res, 200, pdfType, sheet.pdf, headers, { head: req.method === 'HEAD' });
}

/** Whether an `If-None-Match` header names the ETag (or any, `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * The one byte range a `Range` header asks for (`bytes=0-499`, `bytes=500-`, `bytes=-500`),
 * clipped to the file; `unsatisfiable` when it starts past the end; undefined when there is
 * none, or it is not one plain byte range (the whole file is sent then, as HTTP allows).
 */
function rangeOf(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return undefined;
  return { start, end };
}
