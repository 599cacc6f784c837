import { z } from 'zod';
import { AUDIENCES, isAudience, type Audience } from '../../src/content/model';
import { MAX_QUERY_LENGTH } from '../../src/content/search';
import { textFor } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/language';

/** The search command's id in the manifest's `composeExtensions`. */
export const SEARCH_COMMAND_ID = 'searchCases';

/** The longest factor name a search may give. */
const MAX_FACTOR_LENGTH = 100;

/** The most results sent at once (Teams asks for more as the reader scrolls). */
const MAX_RESULTS = 25;

/** What the reader asked for in the compose box's search. */
export interface CaseQuery {
  /** The words to find, without an audience named among them. */
  words: string;
  factor: string | undefined;
  /** Whose reflective questions the cards carry; every audience's when undefined. */
  audience: Audience | undefined;
  /** The first run, before anything is typed (`initialRun` in the manifest). */
  initialRun: boolean;
  skip: number;
  count: number;
}

/** Why a query was refused: each has a message in the bot's catalogues. */
export type QueryProblem = 'unreadable' | 'tooLong' | 'characters';

export type QueryReading = { ok: true; query: CaseQuery } | { ok: false; problem: QueryProblem };

const queryValue = z.looseObject({
  commandId: z.literal(SEARCH_COMMAND_ID),
  parameters: z
    .array(z.looseObject({ name: z.string().max(64), value: z.unknown() }))
    .max(10)
    .default([]),
  queryOptions: z
    .looseObject({
      skip: z.number().int().min(0).max(10_000).default(0),
      count: z.number().int().min(1).max(1_000).default(MAX_RESULTS),
    })
    .default({ skip: 0, count: MAX_RESULTS }),
});

/** Control, format and unassigned characters: no one searches with them. */
const unsearchable = /\p{C}/u;

/**
 * Reads and checks a `composeExtension/query` value. Words and factor are limited in length and
 * may not carry control characters; an audience is one of the fixed keys, or named in the words
 * by its English or Welsh label ("custody staff mental health").
 */
export function readCaseQuery(value: unknown): QueryReading {
  const parsed = queryValue.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'unreadable' };
  const parameter = (name: string) => parsed.data.parameters.find((p) => p.name === name)?.value;
  const words = textParameter(parameter('words'), MAX_QUERY_LENGTH);
  if (!words.ok) return words;
  const factor = textParameter(parameter('factor'), MAX_FACTOR_LENGTH);
  if (!factor.ok) return factor;
  const audience = audienceParameter(parameter('audience'));
  if (audience === null) return { ok: false, problem: 'unreadable' };
  const named = audience ? { audience, words: words.text } : audienceInWords(words.text);
  return {
    ok: true,
    query: {
      words: named.words,
      factor: factor.text || undefined,
      audience: named.audience,
      initialRun: parameter('initialRun') !== undefined,
      skip: parsed.data.queryOptions.skip,
      count: Math.min(parsed.data.queryOptions.count, MAX_RESULTS),
    },
  };
}

function textParameter(
  value: unknown,
  maxLength: number,
): { ok: true; text: string } | { ok: false; problem: QueryProblem } {
  if (value === undefined) return { ok: true, text: '' };
  if (typeof value !== 'string') return { ok: false, problem: 'unreadable' };
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length > maxLength) return { ok: false, problem: 'tooLong' };
  if (unsearchable.test(text)) return { ok: false, problem: 'characters' };
  return { ok: true, text };
}

/** The audience chosen from the list; undefined when none, null when it is not one of ours. */
function audienceParameter(value: unknown): Audience | undefined | null {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' && isAudience(value) ? value : null;
}

/** Lower case without accents, as the search compares words. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every audience's label in English and Welsh, folded, longest first. */
const audienceLabels: readonly { audience: Audience; label: string }[] = LANGUAGES.flatMap(
  (language) =>
    AUDIENCES.map((audience) => ({
      audience,
      label: fold(textFor('common', language).text(`audience.${audience}`)),
    })),
).sort((a, b) => b.label.length - a.label.length);

/** The first audience whose label stands as whole words in the words, and the words without it. */
function audienceInWords(words: string): { audience: Audience | undefined; words: string } {
  const folded = fold(words);
  for (const { audience, label } of audienceLabels) {
    const at = ` ${folded} `.indexOf(` ${label} `);
    if (at === -1) continue;
    const rest = `${folded.slice(0, at)} ${folded.slice(at + label.length)}`;
    return { audience, words: rest.replace(/\s+/g, ' ').trim() };
  }
  return { audience: undefined, words };
}
