import { CardFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import { glossaryOf } from '../src/content/glossary';
import {
  defaultChoices,
  installTeam,
  recordChannel,
  removeChannel,
  removeTeam,
} from '../src/subscriptions';
import { setupCard } from './cards';
import { namedChannels } from './setup';
import { commandName } from './commands/help';
import type { BotDeps } from './deps';
import { botText, languageOfTurn } from './text';
import { channelDataOf, teamPlaceOf, tenantOf, type TeamPlace } from './turn';

/** The name Teams leaves empty for the General channel. */
export const GENERAL = 'General';

/** The greeting in a new personal chat, in the person's language, naming the commands. */
export function personalWelcome(context: TurnContext): string {
  const language = languageOfTurn(context);
  const name = (id: Parameters<typeof commandName>[0]) => commandName(id, language);
  return botText(language).text('welcome.personal', {
    latest: name('latest'),
    case: name('case'),
    search: name('search'),
    help: name('help'),
  });
}

/** The reply in a tenant the service does not serve, in the person's language. */
export function notEnabledText(context: TurnContext): string {
  return botText(languageOfTurn(context)).text('notEnabled');
}

/** When the bot is added to a team: records the team and its channels and posts the welcome card. */
export async function onAddedToTeam(
  deps: BotDeps,
  context: TurnContext,
  place: TeamPlace,
): Promise<void> {
  if (!(await deps.tenantAccess.isAllowed(place.tenantId))) {
    deps.logger.info({ tenantId: place.tenantId }, 'bot added in a tenant that is not allowed');
    await context.sendActivity(notEnabledText(context));
    return;
  }
  const details = await TeamsInfo.getTeamDetails(context, place.teamId);
  const channels = (await TeamsInfo.getTeamChannels(context, place.teamId)).flatMap((channel) =>
    channel.id ? [{ id: channel.id, name: channel.name ?? GENERAL }] : [],
  );
  await installTeam(deps.store, {
    tenantId: place.tenantId,
    id: place.teamId,
    graphGroupId: details.aadGroupId ?? null,
    name: details.name ?? channelDataOf(context).team?.name ?? null,
    serviceUrl: context.activity.serviceUrl,
    channels,
    actor: context.activity.from?.aadObjectId ?? 'system',
  });
  const language = languageOfTurn(context);
  const card = setupCard({
    channels: namedChannels(channels, place.teamId, botText(language)),
    themes: deps.library().themes,
    glossary: glossaryOf(deps.library()),
    language,
    choices: defaultChoices(place.teamId, language),
    welcome: true,
  });
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

/** Stops every subscription of a team and records why (bot removed, app uninstalled, team deleted). */
export async function onRemovedFromTeam(
  deps: BotDeps,
  place: TeamPlace,
  reason: string,
): Promise<void> {
  await removeTeam(deps.store, { tenantId: place.tenantId, teamId: place.teamId, reason });
  deps.logger.info({ tenantId: place.tenantId, teamId: place.teamId, reason }, 'team removed');
}

/** A channel was created, renamed or restored: keep its row current. */
export async function onChannelChanged(deps: BotDeps, context: TurnContext): Promise<void> {
  const place = teamPlaceOf(context);
  const channel = channelDataOf(context).channel;
  if (!place || !channel?.id) return;
  await recordChannel(deps.store, {
    tenantId: place.tenantId,
    teamId: place.teamId,
    id: channel.id,
    name: channel.name ?? null,
  });
}

/** A channel was deleted: its subscription stops and the reason is recorded. */
export async function onChannelDeleted(deps: BotDeps, context: TurnContext): Promise<void> {
  const tenantId = tenantOf(context);
  const channelId = channelDataOf(context).channel?.id;
  if (!tenantId || !channelId) return;
  await removeChannel(deps.store, { tenantId, channelId, reason: 'ChannelDeleted' });
}
