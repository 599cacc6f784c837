import type { Glossary } from '../../src/content/glossary';
import { AUDIENCES, isAudience } from '../../src/content/model';
import { isPostLanguage, POST_LANGUAGES, type Language } from '../../src/i18n/language';
import type { SetupChoices } from '../../src/subscriptions';
import { SETUP_FIELDS } from '../setup-form';
import { botText, weeklyTime } from '../text';
import { adaptiveCard, text, type AdaptiveCard, type CardElement, type Choice } from './types';
import { escapeMarkdown } from './markdown';

/** The verbs of the set-up card's `Action.Execute` buttons. */
export const SETUP_VERBS = { save: 'saveSubscription', edit: 'editSubscription' } as const;

/** ISO weekdays, Monday (1) to Sunday (7). */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Common zones for the time zone filter; the default comes first. */
const COMMON_TIME_ZONES = [
  'Europe/London',
  'Europe/Dublin',
  'Europe/Isle_of_Man',
  'Europe/Jersey',
  'Europe/Guernsey',
  'Europe/Gibraltar',
  'Atlantic/Stanley',
  'Asia/Nicosia',
  'UTC',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'America/New_York',
  'Asia/Dubai',
  'Australia/Sydney',
] as const;

export interface SetupCardInput {
  channels: { id: string; name: string }[];
  /** The library's themes (in English: they are the choices' values). */
  themes: readonly string[];
  /** Names the themes in Welsh where a translation does. */
  glossary: Glossary;
  /** The language of the person the card is for. */
  language: Language;
  choices: SetupChoices;
  /** Shown above the form when the last submission was refused. */
  problem?: string;
  /** The welcome text on install; omitted when the form is shown again. */
  welcome?: boolean;
}

/** The weekly set-up form in the person's language, with their choices kept and any problem shown. */
export function setupCard(input: SetupCardInput): AdaptiveCard {
  const { choices, language } = input;
  const t = botText(language);
  const body: CardElement[] = [];
  if (input.welcome) {
    body.push(
      text(t.text('setup.welcome.title'), {
        size: 'large',
        weight: 'bolder',
        style: 'heading',
      }),
      text(t.text('setup.welcome.1')),
      text(t.text('setup.welcome.2')),
    );
  }
  body.push(
    text(t.text('setup.title'), {
      weight: 'bolder',
      size: 'medium',
      style: 'heading',
      spacing: 'medium',
    }),
  );
  if (input.problem)
    body.push(text(escapeMarkdown(input.problem), { color: 'attention', weight: 'bolder' }));
  const zones = COMMON_TIME_ZONES.includes(choices.timeZone as (typeof COMMON_TIME_ZONES)[number])
    ? [...COMMON_TIME_ZONES]
    : [choices.timeZone, ...COMMON_TIME_ZONES];
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: SETUP_FIELDS.channelId,
      label: t.text('setup.channel'),
      choices: input.channels.map((channel) => ({ title: channel.name, value: channel.id })),
      value: choices.channelId,
      isRequired: true,
      errorMessage: t.text('setup.channel.error'),
    },
    {
      type: 'Input.ChoiceSet',
      id: SETUP_FIELDS.weekday,
      label: t.text('setup.day'),
      choices: WEEKDAYS.map((day) => ({
        title: t.text(`weekday.${day}`),
        value: String(day),
      })),
      value: choices.weekday,
      isRequired: true,
      errorMessage: t.text('setup.day.error'),
    },
    {
      type: 'Input.Time',
      id: SETUP_FIELDS.time,
      label: t.text('setup.time'),
      value: choices.time,
      isRequired: true,
      errorMessage: t.text('setup.time.error'),
    },
    {
      type: 'Input.ChoiceSet',
      id: SETUP_FIELDS.timeZone,
      label: t.text('setup.timeZone'),
      style: 'filtered',
      choices: zones.map((zone) => ({ title: zone.replace(/_/g, ' '), value: zone })),
      value: choices.timeZone,
      isRequired: true,
      errorMessage: t.text('setup.timeZone.error'),
    },
    {
      type: 'Input.ChoiceSet',
      id: SETUP_FIELDS.audiences,
      label: t.text('setup.audiences'),
      isMultiSelect: true,
      style: 'expanded',
      choices: AUDIENCES.map((audience): Choice => ({
        title: t.text(`audience.${audience}`),
        value: audience,
      })),
      value: choices.audiences.join(','),
      isRequired: true,
      errorMessage: t.text('setup.audiences.error'),
    },
    {
      type: 'Input.ChoiceSet',
      id: SETUP_FIELDS.postLanguage,
      label: t.text('setup.language'),
      style: 'expanded',
      choices: POST_LANGUAGES.map((postLanguage): Choice => ({
        title: t.text(`postLanguage.${postLanguage}`),
        value: postLanguage,
      })),
      value: choices.postLanguage,
      isRequired: true,
      errorMessage: t.text('setup.language.error'),
    },
  );
  if (input.themes.length > 0) {
    body.push({
      type: 'Input.ChoiceSet',
      id: SETUP_FIELDS.themes,
      label: t.text('setup.themes'),
      isMultiSelect: true,
      choices: input.themes.map((theme) => ({
        title: input.glossary.theme(theme, language),
        value: theme,
      })),
      value: choices.themes.join(','),
    });
  }
  body.push({
    type: 'Input.Toggle',
    id: SETUP_FIELDS.notifyNewIssues,
    title: t.text('setup.notify'),
    value: choices.notifyNewIssues ? 'true' : 'false',
    valueOn: 'true',
    valueOff: 'false',
  });
  return adaptiveCard(body, [
    {
      type: 'Action.Execute',
      title: t.text('setup.save'),
      verb: SETUP_VERBS.save,
      data: {},
      style: 'positive',
    },
  ]);
}

export interface SavedCardInput {
  channelName: string;
  choices: SetupChoices;
  /** The next post, already formatted in the subscription's zone and the person's language. */
  nextPost: string;
  glossary: Glossary;
  /** The language of the person who saved. */
  language: Language;
}

/** The card after a successful save: the saved choices and the next post. */
export function savedCard(input: SavedCardInput): AdaptiveCard {
  const { choices, language } = input;
  const t = botText(language);
  const audiences = t.list(
    choices.audiences.map((audience) =>
      isAudience(audience) ? t.text(`audience.${audience}`) : audience,
    ),
  );
  const themes = choices.themes.map((theme) => input.glossary.theme(theme, language));
  const postLanguage = isPostLanguage(choices.postLanguage) ? choices.postLanguage : 'en';
  return adaptiveCard(
    [
      text(t.text('saved.title'), {
        weight: 'bolder',
        size: 'medium',
        style: 'heading',
        color: 'good',
      }),
      {
        type: 'FactSet',
        facts: [
          { title: t.text('saved.channel'), value: escapeMarkdown(input.channelName) },
          {
            title: t.text('saved.when'),
            value: weeklyTime(t, Number(choices.weekday), choices.time, choices.timeZone),
          },
          { title: t.text('saved.audiences'), value: audiences },
          { title: t.text('saved.language'), value: t.text(`postLanguage.${postLanguage}`) },
          {
            title: t.text('saved.themes'),
            value: themes.length > 0 ? escapeMarkdown(t.list(themes)) : t.text('saved.everyTheme'),
          },
          {
            title: t.text('saved.notices'),
            value: t.text(choices.notifyNewIssues ? 'saved.on' : 'saved.off'),
          },
          { title: t.text('saved.next'), value: input.nextPost },
        ],
      },
    ],
    [
      {
        type: 'Action.Execute',
        title: t.text('saved.change'),
        verb: SETUP_VERBS.edit,
        data: { channelId: choices.channelId },
      },
    ],
  );
}
