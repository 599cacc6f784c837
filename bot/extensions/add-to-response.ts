import {
  CardFactory,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { plainText, threadOf } from '../../src/discussion/ingest';
import { AppError } from '../../src/errors';
import { textFor } from '../../src/i18n';
import { createOwnerCheck } from '../../src/identity/team-owners';
import { addConclusion, RESPONSE_LIMITS } from '../../src/team-response';
import type { BotDeps } from '../deps';
import { languageOfTurn } from '../text';
import { channelDataOf, tenantOf } from '../turn';

/** The message action's id in the manifest. */
export const ADD_TO_RESPONSE_COMMAND_ID = 'addToResponse';

type ResponseText = ReturnType<typeof textFor<'response'>>;

/** Where the reply is: the force, the team's Graph group, the case its thread is about. */
interface ReplyPlace {
  tenantId: string;
  graphGroupId: string;
  caseId: string;
  actor: string;
}

const submitted = z.object({
  caseId: z.string().max(20),
  graphGroupId: z.string().max(100),
  question: z.string().max(3),
  text: z.string().trim().min(1).max(RESPONSE_LIMITS.conclusionChars),
});

const message = (text: string): MessagingExtensionActionResponse => ({
  task: { type: 'message', value: text },
});

/**
 * The reply's thread, as one of the bot's weekly posts in a team of a served force, and the
 * owner check; else the sentence that says why not.
 */
async function placeOf(
  deps: BotDeps,
  context: TurnContext,
  action: MessagingExtensionAction,
  t: ResponseText,
): Promise<ReplyPlace | string> {
  const tenantId = tenantOf(context);
  if (!tenantId || !(await deps.tenantAccess.isAllowed(tenantId)))
    return t.text('dialog.notThread');
  const data = channelDataOf(context);
  const teamId = data.team?.id;
  const fromThread = threadOf(context.activity.conversation.id);
  const channelId = data.channel?.id ?? fromThread?.channelId;
  const rootMessageId = action.messagePayload?.replyToId ?? fromThread?.rootMessageId;
  if (!teamId || !channelId || !rootMessageId) return t.text('dialog.notThread');
  const thread = await deps.store.discussion.findThread(tenantId, channelId, rootMessageId);
  const team = thread && (await deps.store.teams.get(tenantId, thread.teamId));
  if (!thread || !team?.graphGroupId) return t.text('dialog.notThread');
  const actor = context.activity.from.aadObjectId ?? '';
  const owners = createOwnerCheck({
    graph: deps.graph,
    teams: deps.store.teams,
    localMode: deps.config.localMode,
    logger: deps.logger,
  });
  if (!actor || (await owners.refusal(tenantId, team.id, actor)))
    return t.text('dialog.ownersOnly');
  return { tenantId, graphGroupId: team.graphGroupId, caseId: thread.caseId, actor };
}

/**
 * `composeExtension/fetchTask` for "Add to our response" on a reply in a weekly post's thread:
 * a dialog prefilled with the reply's text, to choose the reflective question (or the case as a
 * whole) and edit the words before they join the team's response. Team owners only.
 */
export async function openAddToResponse(
  deps: BotDeps,
  context: TurnContext,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  const t = textFor('response', languageOfTurn(context));
  const place = await placeOf(deps, context, action, t);
  if (typeof place === 'string') return message(place);
  const caseStudy = deps.library().caseStudy(place.caseId);
  if (!caseStudy) return message(t.text('dialog.notThread'));
  const reply = plainText(action.messagePayload?.body?.content ?? '').slice(
    0,
    RESPONSE_LIMITS.conclusionChars,
  );
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        wrap: true,
        text: t.text('dialog.intro', { caseId: caseStudy.id, title: caseStudy.title }),
      },
      {
        type: 'Input.ChoiceSet',
        id: 'question',
        label: t.text('dialog.question'),
        value: '',
        choices: [
          { title: t.text('response.wholeCase'), value: '' },
          ...caseStudy.questions.map((question, index) => ({
            title: question.text,
            value: String(index),
          })),
        ],
      },
      {
        type: 'Input.Text',
        id: 'text',
        label: t.text('dialog.text'),
        isMultiline: true,
        isRequired: true,
        errorMessage: t.text('dialog.textRequired'),
        maxLength: RESPONSE_LIMITS.conclusionChars,
        value: reply,
      },
    ],
    actions: [
      {
        type: 'Action.Submit',
        title: t.text('dialog.submit'),
        data: { caseId: caseStudy.id, graphGroupId: place.graphGroupId },
      },
    ],
  };
  return {
    task: {
      type: 'continue',
      value: {
        title: t.text('dialog.title'),
        height: 'medium',
        width: 'medium',
        card: CardFactory.adaptiveCard(card),
      },
    },
  };
}

/**
 * `composeExtension/submitAction` from that dialog: checked again (the same thread, an owner),
 * then the words join the team's response as a conclusion, with its audit entry.
 */
export async function submitAddToResponse(
  deps: BotDeps,
  context: TurnContext,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  const t = textFor('response', languageOfTurn(context));
  const place = await placeOf(deps, context, action, t);
  if (typeof place === 'string') return message(place);
  const data = submitted.safeParse(action.data);
  if (!data.success || data.data.caseId !== place.caseId)
    return message(t.text('dialog.textRequired'));
  const question = data.data.question === '' ? null : Number(data.data.question);
  try {
    await addConclusion(
      { store: deps.store, library: deps.library },
      { ...place, question: Number.isInteger(question) ? question : null, text: data.data.text },
    );
  } catch (error) {
    if (error instanceof AppError && error.name === 'Conflict')
      return message(t.text('dialog.full'));
    deps.logger.error({ err: error }, 'a reply could not be added to a team response');
    return message(t.text('dialog.failed'));
  }
  return message(t.text('dialog.added', { caseId: place.caseId }));
}
