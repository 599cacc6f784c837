import { CardFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import { glossaryOf } from '../src/content/glossary';
import { defaultChoices, setupCard } from './cards';
import { namedChannels } from './setup';
import { changeSubscriptionStatus } from '../src/subscriptions/status';
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
  const channels = await refreshTeam(deps, context, place);
  await deps.store.audit.append({
    tenantId: place.tenantId,
    actor: context.activity.from?.aadObjectId ?? 'system',
    action: 'team.installed',
    subject: place.teamId,
    detail: { channels: channels.length },
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

/** Stores the team (with its Graph group id) and its channels from the bot protocol. */
async function refreshTeam(
  deps: BotDeps,
  context: TurnContext,
  place: TeamPlace,
): Promise<{ id: string; name: string }[]> {
  const details = await TeamsInfo.getTeamDetails(context, place.teamId);
  await deps.store.teams.upsert({
    tenantId: place.tenantId,
    id: place.teamId,
    graphGroupId: details.aadGroupId ?? null,
    name: details.name ?? channelDataOf(context).team?.name ?? null,
    serviceUrl: context.activity.serviceUrl,
    installedAt: new Date(),
  });
  const channels = (await TeamsInfo.getTeamChannels(context, place.teamId)).flatMap((channel) =>
    channel.id ? [{ id: channel.id, name: channel.name ?? GENERAL }] : [],
  );
  for (const channel of channels) {
    await deps.store.teams.upsertChannel({
      tenantId: place.tenantId,
      teamId: place.teamId,
      ...channel,
    });
  }
  return channels;
}

/**
 * The team's Graph group id is learned at install; a team installed before that was kept, or
 * whose install turn lacked it, learns it when an owner sets up a weekly post: from the channel
 * data (`team.aadGroupId`) or the team details call. Never at post time.
 */
export async function learnGraphGroupId(
  deps: BotDeps,
  context: TurnContext,
  place: TeamPlace,
): Promise<void> {
  const team = await deps.store.teams.get(place.tenantId, place.teamId);
  if (team?.graphGroupId) return;
  const graphGroupId =
    channelDataOf(context).team?.aadGroupId ??
    (await TeamsInfo.getTeamDetails(context, place.teamId)).aadGroupId;
  if (!graphGroupId) return;
  await deps.store.teams.upsert({
    tenantId: place.tenantId,
    id: place.teamId,
    graphGroupId,
    name: team?.name ?? null,
    serviceUrl: team?.serviceUrl ?? context.activity.serviceUrl,
    installedAt: team?.installedAt ?? new Date(),
  });
}

/** Stops every subscription of a team and records why (bot removed, app uninstalled, team deleted). */
export async function onRemovedFromTeam(
  deps: BotDeps,
  place: TeamPlace,
  reason: string,
): Promise<void> {
  await deps.store.teams.markRemoved(place.tenantId, place.teamId, reason);
  const subscriptions = await deps.store.subscriptions.list({
    tenantId: place.tenantId,
    teamId: place.teamId,
  });
  for (const subscription of subscriptions) {
    if (subscription.status === 'stopped') continue;
    await changeSubscriptionStatus(deps.store, {
      tenantId: place.tenantId,
      subscriptionId: subscription.id,
      status: 'stopped',
      reason,
      actor: 'system',
    });
  }
  await deps.store.audit.append({
    tenantId: place.tenantId,
    actor: 'system',
    action: 'team.removed',
    subject: place.teamId,
    detail: { reason, subscriptions: subscriptions.length },
  });
  deps.logger.info({ tenantId: place.tenantId, teamId: place.teamId, reason }, 'team removed');
}

/** A channel was created, renamed or restored: keep its row current. */
export async function onChannelChanged(deps: BotDeps, context: TurnContext): Promise<void> {
  const place = teamPlaceOf(context);
  const channel = channelDataOf(context).channel;
  if (!place || !channel?.id) return;
  if (!(await deps.store.teams.get(place.tenantId, place.teamId))) return;
  await deps.store.teams.upsertChannel({
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
  await deps.store.teams.markChannelRemoved(tenantId, channelId, 'ChannelDeleted');
  const subscription = await deps.store.subscriptions.findByChannel(tenantId, channelId);
  if (subscription && subscription.status !== 'stopped') {
    await changeSubscriptionStatus(deps.store, {
      tenantId,
      subscriptionId: subscription.id,
      status: 'stopped',
      reason: 'ChannelDeleted',
      actor: 'system',
    });
  }
}
