import type { Server } from 'restify';
import { z } from 'zod';
import { AUDIENCES } from '../../content/model';
import { LANGUAGES } from '../../i18n/language';
import type { Logger } from '../../logger';
import { caseIdSchema, isMeetingChatId } from '../../ids';
import { postCaseToMeetingChat, type MeetingChatDeps } from '../../meetings';
import { jsonBody, jsonRoute, type RouteModule } from '../app';
import type { SignIn } from '../signed-in';

/** Where the meeting routes live (signed-in: limited per person, not per address). */
export const MEETINGS_PATH = '/api/meetings/';

/** The largest body a post to a meeting chat may have, in bytes. */
const MAX_BODY_BYTES = 4 * 1024;

export interface MeetingRouteDeps {
  logger: Logger;
  /** The tab's SSO token; in local mode, the local person. */
  signIn: SignIn;
  meetingChats: MeetingChatDeps;
}

const chatPost = z
  .object({
    chatId: z
      .string()
      .max(512)
      .refine(isMeetingChatId, 'chatId is a meeting chat id, 19:meeting_…@thread.v2'),
    caseId: caseIdSchema,
    audiences: z
      .array(z.enum(AUDIENCES, { message: `an audience is one of ${AUDIENCES.join(', ')}` }))
      .max(AUDIENCES.length)
      .default([])
      .transform((audiences) => [...new Set(audiences)]),
    lang: z.enum(LANGUAGES, { message: `lang is one of ${LANGUAGES.join(', ')}` }).default('en'),
  })
  .strict();

/**
 * `POST /api/meetings/chat-posts` with `{chatId, caseId, audiences, lang}` and the tab's SSO
 * bearer token (in local mode, none: the local person): the bot posts the case card into that
 * meeting's chat. 200 `{messageId}`; 400 for a body that is not that, 401/403 for the caller,
 * 404 for an unknown case, 409 when the app is not in the chat, 429 and 503 when Teams says wait.
 */
export function meetingRoutes(deps: MeetingRouteDeps): RouteModule {
  return (server: Server) => {
    server.post(
      `${MEETINGS_PATH}chat-posts`,
      ...jsonBody(MAX_BODY_BYTES),
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { chatId, caseId, audiences, lang } = chatPost.parse(req.body ?? {});
          return postCaseToMeetingChat(deps.meetingChats, caller, {
            chatId,
            caseId,
            audiences,
            language: lang,
          });
        },
        { personal: true },
      ),
    );
  };
}
