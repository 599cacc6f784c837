import type {
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  TaskModuleRequest,
  TaskModuleResponse,
  TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { caseText } from '../src/content/present';
import { plainText, threadOf } from '../src/discussion/ingest';
import { textFor } from '../src/i18n';
import type { Language } from '../src/i18n/language';
import { caseIdSchema } from '../src/ids';
import {
  addLearningEntry,
  MAX_ENTRY_MINUTES,
  MAX_ENTRY_TEXT,
  newLearningEntrySchema,
} from '../src/learning-record';
import type { LearningEntrySource } from '../src/store/types';
import type { BotDeps } from './deps';
import { ADAPTIVE_CARD_CONTENT_TYPE, type SubmitAction } from './cards/types';
import { languageOfTurn } from './text';
import { channelDataOf, tenantOf } from './turn';

/** The message action that adds one's own reply in a weekly post's thread to one's record. */
export const ADD_TO_LEARNING_RECORD_COMMAND_ID = 'addToLearningRecord';

/** What the weekly card's button sends with `task/fetch`: the case to write about. */
const fetchData = z.looseObject({ learningRecord: caseIdSchema });

/** What the dialog's form sends back. */
const submitData = z.looseObject({
  learningRecord: caseIdSchema,
  source: z.enum(['card', 'reply']),
  reflection: z.string().optional(),
  application: z.string().optional(),
  minutes: z.union([z.string(), z.number()]).optional(),
});

/** The weekly card's "Add to my learning record" button: opens the dialog for the case. */
export function learningRecordButton(caseId: string, languages: readonly Language[]): SubmitAction {
  return {
    type: 'Action.Submit',
    title: languages
      .map((language) => textFor('learning', language).text('learning.card.add'))
      .join(' · '),
    data: { msteams: { type: 'task/fetch' }, learningRecord: caseId },
  };
}

/** The dialog: the case, what I reflected on (prefilled with a reply), how I will apply it, time. */
function entryDialog(
  deps: BotDeps,
  language: Language,
  caseId: string,
  source: LearningEntrySource,
  prefill: string,
  problem?: string,
): TaskModuleResponse {
  const t = textFor('learning', language);
  const caseStudy = deps.library().caseStudy(caseId);
  const title = caseStudy ? caseText(caseStudy, language).title : caseId;
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      ...(problem ? [{ type: 'TextBlock', text: problem, wrap: true, color: 'attention' }] : []),
      {
        type: 'TextBlock',
        text: t.text('learning.dialog.case', { caseId, title }),
        wrap: true,
        weight: 'bolder',
        style: 'heading',
      },
      { type: 'TextBlock', text: t.text('learning.dialog.private'), wrap: true, isSubtle: true },
      {
        type: 'Input.Text',
        id: 'reflection',
        label: t.text('learning.reflection'),
        placeholder: t.text('learning.reflectionHint'),
        isMultiline: true,
        isRequired: true,
        errorMessage: t.text('learning.required'),
        maxLength: MAX_ENTRY_TEXT,
        value: prefill,
      },
      {
        type: 'Input.Text',
        id: 'application',
        label: t.text('learning.application'),
        placeholder: t.text('learning.applicationHint'),
        isMultiline: true,
        maxLength: MAX_ENTRY_TEXT,
      },
      {
        type: 'Input.Number',
        id: 'minutes',
        label: t.text('learning.minutesField'),
        min: 0,
        max: MAX_ENTRY_MINUTES,
        value: 15,
        errorMessage: t.text('learning.minutesInvalid'),
      },
    ],
    actions: [
      {
        type: 'Action.Submit',
        title: t.text('learning.save'),
        style: 'positive',
        data: { learningRecord: caseId, source },
      },
    ],
  };
  return {
    task: {
      type: 'continue',
      value: {
        title: t.text('learning.dialog.title'),
        width: 'medium',
        height: 'large',
        card: { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card },
      },
    },
  };
}

function message(value: string): TaskModuleResponse {
  return { task: { type: 'message', value } };
}

/** The caller, if their force is served: tenant and Entra object id. */
async function ownerOf(
  deps: BotDeps,
  context: TurnContext,
): Promise<{ tenantId: string; userObjectId: string } | undefined> {
  const tenantId = tenantOf(context);
  const userObjectId = context.activity.from?.aadObjectId;
  if (!tenantId || !userObjectId || !(await deps.tenantAccess.isAllowed(tenantId)))
    return undefined;
  return { tenantId, userObjectId };
}

/** `task/fetch` from the weekly card's button: the dialog for its case. */
export async function fetchLearningRecordDialog(
  deps: BotDeps,
  context: TurnContext,
  request: TaskModuleRequest,
): Promise<TaskModuleResponse | undefined> {
  const data = fetchData.safeParse(request.data);
  if (!data.success) return undefined;
  const t = textFor('learning', languageOfTurn(context));
  if (!(await ownerOf(deps, context))) return message(t.text('learning.dialog.notServed'));
  return entryDialog(deps, languageOfTurn(context), data.data.learningRecord, 'card', '');
}

/**
 * The dialog's answer (`task/submit` or `composeExtension/submitAction`): the entry goes into the
 * caller's own record. Input it cannot keep shows the dialog again, with what was wrong.
 */
export async function submitLearningRecordDialog(
  deps: BotDeps,
  context: TurnContext,
  data: unknown,
): Promise<TaskModuleResponse | undefined> {
  const submitted = submitData.safeParse(data);
  if (!submitted.success) return undefined;
  const language = languageOfTurn(context);
  const t = textFor('learning', language);
  const owner = await ownerOf(deps, context);
  if (!owner) return message(t.text('learning.dialog.notServed'));
  const { learningRecord: caseId, source, reflection, application, minutes } = submitted.data;
  const input = newLearningEntrySchema.safeParse({
    caseId,
    reflection: reflection ?? '',
    application: application ?? '',
    minutes: typeof minutes === 'string' ? Number(minutes.trim() || 'NaN') : minutes,
  });
  if (!input.success) {
    return entryDialog(
      deps,
      language,
      caseId,
      source,
      reflection ?? '',
      t.text('learning.dialog.invalid'),
    );
  }
  try {
    await addLearningEntry(deps, owner, input.data, source);
  } catch (error) {
    deps.logger.error({ err: error }, 'a learning-record entry could not be saved');
    return message(t.text('learning.dialog.failed'));
  }
  return message(t.text('learning.dialog.saved'));
}

/**
 * The message action on a reply in a weekly post's thread: the dialog, prefilled with the reply,
 * for its case; only the reply's own author may add it to their record.
 */
export async function fetchReplyToLearningRecord(
  deps: BotDeps,
  context: TurnContext,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  const language = languageOfTurn(context);
  const t = textFor('learning', language);
  const owner = await ownerOf(deps, context);
  if (!owner) return message(t.text('learning.dialog.notServed'));
  const payload = action.messagePayload;
  const author = payload?.from?.user?.id;
  if (!author || author.toLowerCase() !== owner.userObjectId.toLowerCase()) {
    return message(t.text('learning.dialog.notOwnReply'));
  }
  const thread = threadOf(context.activity.conversation.id);
  const channelId = thread?.channelId ?? channelDataOf(context).channel?.id;
  const rootMessageId = thread?.rootMessageId ?? payload?.replyToId;
  const posted =
    channelId && rootMessageId
      ? await deps.store.discussion.findThread(owner.tenantId, channelId, rootMessageId)
      : undefined;
  if (!posted || payload?.id === posted.rootMessageId) {
    return message(t.text('learning.dialog.notOurThread'));
  }
  return entryDialog(
    deps,
    language,
    posted.caseId,
    'reply',
    plainText(payload?.body?.content ?? ''),
  );
}
