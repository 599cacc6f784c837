import { AUDIENCE_LABELS, AUDIENCES, type Audience } from '../../src/content/model';
import { adaptiveCard, text, type AdaptiveCard, type CardElement, type Choice } from './types';
import { escapeMarkdown } from './markdown';

/** The verbs of the set-up card's `Action.Execute` buttons. */
export const SETUP_VERBS = { save: 'saveSubscription', edit: 'editSubscription' } as const;

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

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

/** What the set-up form holds: saved values, defaults, or what a user submitted. */
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
}

export interface SetupCardInput {
  channels: { id: string; name: string }[];
  themes: readonly string[];
  choices: SetupChoices;
  /** Shown above the form when the last submission was refused. */
  problem?: string;
  /** The welcome text on install; omitted when the form is shown again. */
  welcome?: boolean;
}

/** The defaults for a channel with no subscription yet. */
export function defaultChoices(channelId: string): SetupChoices {
  return {
    channelId,
    weekday: '1',
    time: '09:00',
    timeZone: 'Europe/London',
    audiences: ['officers-and-staff', 'supervisors-and-managers'],
    themes: [],
    notifyNewIssues: true,
  };
}

const welcomeText = [
  'Learning the Lessons brings the IOPC\u2019s case studies and reflective questions to your team. ' +
    'Once a week, at the time you choose, it posts one case study in a channel for colleagues to discuss in the thread.',
  'What it reads and keeps: it reads this team\u2019s channel messages only to find replies to its own posts. ' +
    'It keeps those replies (author, text and time) for your force alone, and nothing else.',
];

/** The weekly set-up form, with the user's choices kept and any problem shown. */
export function setupCard(input: SetupCardInput): AdaptiveCard {
  const { choices } = input;
  const body: CardElement[] = [];
  if (input.welcome) {
    body.push(
      text('Welcome to Learning the Lessons', {
        size: 'large',
        weight: 'bolder',
        style: 'heading',
      }),
    );
    for (const paragraph of welcomeText) body.push(text(paragraph));
  }
  body.push(
    text('Weekly case study', {
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
      id: 'channelId',
      label: 'Channel',
      choices: input.channels.map((channel) => ({ title: channel.name, value: channel.id })),
      value: choices.channelId,
      isRequired: true,
      errorMessage: 'Choose a channel.',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'weekday',
      label: 'Day',
      choices: WEEKDAYS.map((day, index) => ({ title: day, value: String(index + 1) })),
      value: choices.weekday,
      isRequired: true,
      errorMessage: 'Choose a day.',
    },
    {
      type: 'Input.Time',
      id: 'time',
      label: 'Time',
      value: choices.time,
      isRequired: true,
      errorMessage: 'Choose a time.',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'timeZone',
      label: 'Time zone',
      style: 'filtered',
      choices: zones.map((zone) => ({ title: zone.replace(/_/g, ' '), value: zone })),
      value: choices.timeZone,
      isRequired: true,
      errorMessage: 'Choose a time zone.',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'audiences',
      label: 'Include the reflective questions for',
      isMultiSelect: true,
      style: 'expanded',
      choices: AUDIENCES.map((audience): Choice => ({
        title: AUDIENCE_LABELS[audience],
        value: audience,
      })),
      value: choices.audiences.join(','),
      isRequired: true,
      errorMessage: 'Choose at least one group.',
    },
  );
  if (input.themes.length > 0) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'themes',
      label: 'Themes (none chosen means every theme)',
      isMultiSelect: true,
      choices: input.themes.map((theme) => ({ title: theme, value: theme })),
      value: choices.themes.join(','),
    });
  }
  body.push({
    type: 'Input.Toggle',
    id: 'notifyNewIssues',
    title: 'Tell the team when a new issue is published',
    value: choices.notifyNewIssues ? 'true' : 'false',
    valueOn: 'true',
    valueOff: 'false',
  });
  return adaptiveCard(body, [
    { type: 'Action.Execute', title: 'Save', verb: SETUP_VERBS.save, data: {}, style: 'positive' },
  ]);
}

export interface SavedCardInput {
  channelName: string;
  choices: SetupChoices;
  /** The next post, already formatted in the subscription's zone. */
  nextPost: string;
}

/** The card after a successful save: the saved choices and the next post. */
export function savedCard(input: SavedCardInput): AdaptiveCard {
  const { choices } = input;
  const audiences = choices.audiences
    .map((audience) => AUDIENCE_LABELS[audience as Audience] ?? audience)
    .join(', ');
  return adaptiveCard(
    [
      text('Weekly case study saved', {
        weight: 'bolder',
        size: 'medium',
        style: 'heading',
        color: 'good',
      }),
      {
        type: 'FactSet',
        facts: [
          { title: 'Channel', value: escapeMarkdown(input.channelName) },
          {
            title: 'When',
            value: `${WEEKDAYS[Number(choices.weekday) - 1]} at ${choices.time} (${choices.timeZone})`,
          },
          { title: 'Questions for', value: audiences },
          {
            title: 'Themes',
            value:
              choices.themes.length > 0 ? escapeMarkdown(choices.themes.join(', ')) : 'Every theme',
          },
          { title: 'New issue notices', value: choices.notifyNewIssues ? 'On' : 'Off' },
          { title: 'Next post', value: input.nextPost },
        ],
      },
    ],
    [
      {
        type: 'Action.Execute',
        title: 'Change',
        verb: SETUP_VERBS.edit,
        data: { channelId: choices.channelId },
      },
    ],
  );
}
