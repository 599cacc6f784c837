import type { TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import { textFor, type MessageKey, type Translator } from '../src/i18n';
import type { OwnerRefusal } from '../src/identity/team-owners';
import { languageFor, type Language } from '../src/i18n/language';

/** The bot's messages in one language. */
export type BotText = Translator<MessageKey<'bot'>>;

/** The bot's messages in a language. */
export function botText(language: Language): BotText {
  return textFor('bot', language);
}

/** The language of the person who sent an activity: Welsh when their Teams is, else English. */
export function languageOfTurn(context: TurnContext): Language {
  return languageFor(context.activity.locale);
}

/** A weekly time as the cards and replies say it: `Tuesday at 07:15 (Europe/London)`. */
export function weeklyTime(t: BotText, weekday: number, time: string, timeZone: string): string {
  const day = weekday >= 1 && weekday <= 7 ? t.text(`weekday.${weekday}` as MessageKey<'bot'>) : '';
  return t.text('schedule.when', { weekday: day, time, timeZone });
}

/**
 * A moment in a zone as the language says it: `Tuesday 8 December 2026 at 07:15 GMT` with the
 * year and zone, `Tuesday 8 December at 07:15` without.
 */
export function momentIn(t: BotText, at: Date, zone: string, full: boolean): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(t.locale);
  return t.text('schedule.at', {
    date: local.toFormat(full ? 'cccc d LLLL yyyy' : 'cccc d LLLL'),
    time: local.toFormat(full ? 'HH:mm ZZZZ' : 'HH:mm'),
  });
}

/** A date in a zone as the language says it: `8 December`. */
export function dayIn(t: BotText, at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(t.locale).toFormat('d LLLL');
}

/** Why a change was refused, as the bot says it. */
export function refusalText(t: BotText, refusal: OwnerRefusal): string {
  return t.text(refusal === 'not-owner' ? 'change.ownersOnly' : 'change.ownersUnknown');
}
