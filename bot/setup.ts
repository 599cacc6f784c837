import {
  TeamsInfo,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { glossaryOf } from '../src/content/glossary';
import { nextPostAt } from '../src/schedule';
import type { Store } from '../src/store/types';
import {
  choicesOf,
  defaultChoices,
  setUpSubscription,
  type SetupChoices,
} from '../src/subscriptions';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  savedCard,
  SETUP_VERBS,
  setupCard,
  type AdaptiveCard,
} from './cards';
import { subscriptionDepsOf, type BotDeps } from './deps';
import { readSetupForm } from './setup-form';
import { botText, languageOfTurn, momentIn, refusalText, type BotText } from './text';
import { actorOf, channelDataOf, teamPlaceOf, type TeamPlace } from './turn';

/**
 * Handles the set-up card's `Action.Execute` in the language of the person who pressed it: saves
 * through the set-up use case, or shows the form again with the problem.
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
  const choices = readSetupForm(value.action.data);
  if (!choices) {
    return form(defaultChoices(place.channelId, language), t.text('setup.problem.unreadable'));
  }
  const outcome = await setUpSubscription(subscriptionDepsOf(deps), {
    tenantId: place.tenantId,
    teamId: place.teamId,
    actor: actorOf(context),
    choices,
    themes: library.themes,
    graphGroupId: async () =>
      channelDataOf(context).team?.aadGroupId ??
      (await TeamsInfo.getTeamDetails(context, place.teamId)).aadGroupId,
  });
  if (outcome.kind === 'problem') return form(choices, t.text(`setup.problem.${outcome.problem}`));
  if (outcome.kind === 'refused') return form(choices, refusalText(t, outcome.refusal));
  const { subscription } = outcome;
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
