import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { glossaryOf } from '../src/content/glossary';
import { AUDIENCES, isAudience } from '../src/content/model';
import { isPostLanguage } from '../src/i18n/language';
import { ISO_WEEKDAY, isTimeOfDay } from '../src/ids';
import { isTimeZone, nextPostAt } from '../src/schedule';
import type { Store, Subscription } from '../src/store/types';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  defaultChoices,
  savedCard,
  SETUP_VERBS,
  setupCard,
  type AdaptiveCard,
  type SetupChoices,
} from './cards';
import type { BotDeps } from './deps';
import { learnGraphGroupId } from './install';
import { settingsRefusal } from './permissions';
import { botText, languageOfTurn, momentIn, type BotText } from './text';
import { actorOf, teamPlaceOf, type TeamPlace } from './turn';

const list = z
  .string()
  .max(4000)
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

/** What a set-up submission may carry, as text (Adaptive Cards submit strings). */
const submissionSchema = z.looseObject({
  channelId: z.string().max(1024).optional(),
  weekday: z.string().max(8).optional(),
  time: z.string().max(16).optional(),
  timeZone: z.string().max(64).optional(),
  audiences: list,
  themes: list,
  notifyNewIssues: z.string().max(8).optional(),
  postLanguage: z.string().max(16).optional(),
});

/**
 * Handles the set-up card's `Action.Execute` in the language of the person who pressed it: saves,
 * or shows the form again with the problem.
 */
export async function onSetupAction(
  deps: BotDeps,
  context: TurnContext,
  value: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  const language = languageOfTurn(context);
  const t = botText(language);
  const place = teamPlaceOf(context);
  if (!place || !(await deps.tenantAccess.isAllowed(place.tenantId))) {
    return errorResponse(400, 'BadRequest', t.text('setup.error.notInTeam'));
  }
  const channels = await setupChannels(deps.store, place, t);
  const library = deps.library();
  const glossary = glossaryOf(library);
  const form = (choices: SetupChoices, problem?: string) =>
    cardResponse(
      setupCard({
        channels,
        themes: library.themes,
        glossary,
        language,
        choices,
        ...(problem ? { problem } : {}),
      }),
    );

  if (value.action.verb === SETUP_VERBS.edit) {
    const data: Record<string, unknown> = value.action.data ?? {};
    const channelId =
      channels.find((channel) => channel.id === data.channelId)?.id ?? place.channelId;
    const existing = await deps.store.subscriptions.findByChannel(place.tenantId, channelId);
    return form(existing ? choicesOf(existing) : defaultChoices(channelId, language));
  }
  if (value.action.verb !== SETUP_VERBS.save) {
    return errorResponse(400, 'BadRequest', t.text('setup.error.unknownAction'));
  }
  const parsed = submissionSchema.safeParse(value.action.data ?? {});
  if (!parsed.success)
    return form(defaultChoices(place.channelId, language), t.text('setup.problem.unreadable'));
  const submitted = parsed.data;
  const choices: SetupChoices = {
    channelId: submitted.channelId ?? '',
    weekday: submitted.weekday ?? '',
    time: submitted.time ?? '',
    timeZone: submitted.timeZone ?? '',
    audiences: submitted.audiences,
    themes: submitted.themes,
    notifyNewIssues: submitted.notifyNewIssues === 'true',
    postLanguage: submitted.postLanguage ?? 'en',
  };
  const problem = problemWith(t, choices, channels, library.themes);
  if (problem) return form(choices, problem);
  const refusal = await settingsRefusal(deps, context, place);
  if (refusal) return form(choices, t.text(refusal));

  await learnGraphGroupId(deps, context, place);
  const subscription = await save(deps, place, choices, actorOf(context));
  return cardResponse(
    savedCard({
      channelName:
        channels.find((channel) => channel.id === choices.channelId)?.name ??
        t.text('channel.general'),
      choices,
      nextPost: momentIn(t, nextPostAt(subscription, new Date()), subscription.timeZone, true),
      glossary,
      language,
    }),
  );
}

function problemWith(
  t: BotText,
  choices: SetupChoices,
  channels: { id: string }[],
  themes: readonly string[],
): string | undefined {
  if (!channels.some((channel) => channel.id === choices.channelId))
    return t.text('setup.problem.channel');
  if (!ISO_WEEKDAY.test(choices.weekday)) return t.text('setup.problem.day');
  if (!isTimeOfDay(choices.time)) return t.text('setup.problem.time');
  if (!isTimeZone(choices.timeZone)) return t.text('setup.problem.timeZone');
  if (choices.audiences.length === 0) return t.text('setup.problem.noAudience');
  if (!choices.audiences.every(isAudience)) return t.text('setup.problem.audiences');
  if (!isPostLanguage(choices.postLanguage)) return t.text('setup.problem.language');
  if (!choices.themes.every((theme) => themes.includes(theme)))
    return t.text('setup.problem.themes');
  return undefined;
}

async function save(
  deps: BotDeps,
  place: TeamPlace,
  choices: SetupChoices,
  actor: string,
): Promise<Subscription> {
  const subscription = await deps.store.subscriptions.save({
    tenantId: place.tenantId,
    teamId: place.teamId,
    channelId: choices.channelId,
    weekday: Number(choices.weekday),
    time: choices.time,
    timeZone: choices.timeZone,
    audiences: AUDIENCES.filter((audience) => choices.audiences.includes(audience)),
    themes: choices.themes,
    notifyNewIssues: choices.notifyNewIssues,
    postLanguage: isPostLanguage(choices.postLanguage) ? choices.postLanguage : 'en',
    status: 'active',
    statusReason: null,
    updatedBy: actor,
  });
  await deps.store.audit.append({
    tenantId: place.tenantId,
    actor,
    action: 'subscription.saved',
    subject: subscription.id,
    detail: {
      channelId: subscription.channelId,
      weekday: subscription.weekday,
      time: subscription.time,
      timeZone: subscription.timeZone,
      audiences: subscription.audiences,
      themes: subscription.themes,
      postLanguage: subscription.postLanguage,
    },
  });
  return subscription;
}

/** A saved subscription as form choices. */
export function choicesOf(subscription: Subscription): SetupChoices {
  return {
    channelId: subscription.channelId,
    weekday: String(subscription.weekday),
    time: subscription.time,
    timeZone: subscription.timeZone,
    audiences: [...subscription.audiences],
    themes: [...subscription.themes],
    notifyNewIssues: subscription.notifyNewIssues,
    postLanguage: subscription.postLanguage,
  };
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

/** An Universal Actions error answer with a plain message. */
export function errorResponse(
  statusCode: number,
  code: string,
  message: string,
): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

/** The team's channels the weekly post can go to, named for the set-up card in its language. */
export async function setupChannels(
  store: Store,
  place: Pick<TeamPlace, 'tenantId' | 'teamId'>,
  t: BotText,
): Promise<{ id: string; name: string }[]> {
  return namedChannels(
    (await store.teams.listChannels(place.tenantId, place.teamId)).filter(
      (channel) => channel.removedAt === null,
    ),
    place.teamId,
    t,
  );
}

/** Channels as the set-up card names them: the General channel (the team's id) in the card's language. */
export function namedChannels(
  channels: readonly { id: string; name: string | null }[],
  teamId: string,
  t: BotText,
): { id: string; name: string }[] {
  return channels.map((channel) => ({
    id: channel.id,
    name: channel.id === teamId || !channel.name ? t.text('channel.general') : channel.name,
  }));
}
