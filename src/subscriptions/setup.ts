import { AUDIENCES, isAudience } from '../content/model';
import type { OwnerRefusal } from '../identity/team-owners';
import { ISO_WEEKDAY, isTimeOfDay } from '../ids';
import { isPostLanguage, type Language } from '../i18n/language';
import { isTimeZone } from '../schedule';
import type { Subscription } from '../store/types';
import type { SubscriptionDeps } from './deps';

/** A channel's weekly settings as the set-up form holds them: saved, defaults, or as submitted. */
export interface SetupChoices {
  channelId: string;
  /** ISO weekday as text, `1` (Monday) to `7`. */
  weekday: string;
  /** `HH:mm`. */
  time: string;
  timeZone: string;
  audiences: string[];
  themes: string[];
  notifyNewIssues: boolean;
  /** `en`, `cy` or `bilingual`. */
  postLanguage: string;
}

/** Which choice cannot be saved, checked in the form's order. */
export type SetupProblem =
  'channel' | 'day' | 'time' | 'timeZone' | 'noAudience' | 'audiences' | 'language' | 'themes';

/** What came of a set-up: saved, a choice to correct, or not the person's to change. */
export type SetupOutcome =
  | { kind: 'saved'; subscription: Subscription }
  | { kind: 'problem'; problem: SetupProblem }
  | { kind: 'refused'; refusal: OwnerRefusal };

export interface SetupRequest {
  tenantId: string;
  /** Bot Framework team id (`19:…`). */
  teamId: string;
  actor: string;
  choices: SetupChoices;
  /** The library's themes: the only ones a subscription may choose. */
  themes: readonly string[];
  /**
   * The team's Graph group id, asked for only when the store does not know it yet (a team
   * installed before it was learned, or whose install turn lacked it).
   */
  graphGroupId: () => Promise<string | undefined>;
}

/** The defaults for a channel with no subscription yet; the post is in the person's language. */
export function defaultChoices(channelId: string, language: Language): SetupChoices {
  return {
    channelId,
    weekday: '1',
    time: '09:00',
    timeZone: 'Europe/London',
    audiences: ['officers-and-staff', 'supervisors-and-managers'],
    themes: [],
    notifyNewIssues: true,
    postLanguage: language,
  };
}

/** A saved subscription as the form's choices. */
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

/**
 * A team owner sets up (or changes) a channel's weekly post: the choices are checked against the
 * team's channels and the library's themes, the owner is checked, the team's Graph group id is
 * learned if it was missing, and the subscription is saved active with its audit entry
 * (`subscription.saved`) in one transaction.
 */
export async function setUpSubscription(
  deps: SubscriptionDeps,
  request: SetupRequest,
): Promise<SetupOutcome> {
  const { store } = deps;
  const channels = (await store.teams.listChannels(request.tenantId, request.teamId)).filter(
    (channel) => channel.removedAt === null,
  );
  const problem = problemWith(request.choices, channels, request.themes);
  if (problem) return { kind: 'problem', problem };
  const refusal = await deps.owners.refusal(request.tenantId, request.teamId, request.actor);
  if (refusal) return { kind: 'refused', refusal };
  await learnGraphGroupId(deps, request);
  const { choices } = request;
  const subscription = await store.transaction(async (tx) => {
    const saved = await tx.subscriptions.save({
      tenantId: request.tenantId,
      teamId: request.teamId,
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
      updatedBy: request.actor,
    });
    await tx.audit.append({
      tenantId: request.tenantId,
      actor: request.actor,
      action: 'subscription.saved',
      subject: saved.id,
      detail: {
        channelId: saved.channelId,
        weekday: saved.weekday,
        time: saved.time,
        timeZone: saved.timeZone,
        audiences: saved.audiences,
        themes: saved.themes,
        postLanguage: saved.postLanguage,
      },
    });
    return saved;
  });
  return { kind: 'saved', subscription };
}

function problemWith(
  choices: SetupChoices,
  channels: readonly { id: string }[],
  themes: readonly string[],
): SetupProblem | undefined {
  if (!channels.some((channel) => channel.id === choices.channelId)) return 'channel';
  if (!ISO_WEEKDAY.test(choices.weekday)) return 'day';
  if (!isTimeOfDay(choices.time)) return 'time';
  if (!isTimeZone(choices.timeZone)) return 'timeZone';
  if (choices.audiences.length === 0) return 'noAudience';
  if (!choices.audiences.every(isAudience)) return 'audiences';
  if (!isPostLanguage(choices.postLanguage)) return 'language';
  if (!choices.themes.every((theme) => themes.includes(theme))) return 'themes';
  return undefined;
}

/** Records the team's Graph group id when the store does not know it yet; never at post time. */
async function learnGraphGroupId(deps: SubscriptionDeps, request: SetupRequest): Promise<void> {
  const team = await deps.store.teams.get(request.tenantId, request.teamId);
  if (!team || team.graphGroupId) return;
  const graphGroupId = await request.graphGroupId();
  if (!graphGroupId) return;
  await deps.store.teams.upsert({ ...team, graphGroupId });
}
