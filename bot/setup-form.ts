import { z } from 'zod';
import type { SetupChoices } from '../src/subscriptions';

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

/**
 * The set-up card's inputs, as Adaptive Cards submit them (text): the one schema that names the
 * card's field ids and reads a submission.
 */
const setupFormSchema = z.looseObject({
  channelId: z.string().max(1024).optional(),
  weekday: z.string().max(8).optional(),
  time: z.string().max(16).optional(),
  timeZone: z.string().max(64).optional(),
  audiences: list,
  themes: list,
  notifyNewIssues: z.string().max(8).optional(),
  postLanguage: z.string().max(16).optional(),
});

/** The ids of the set-up card's inputs. */
export const SETUP_FIELDS = setupFormSchema.keyof().enum;

/** A submitted set-up form as choices; undefined when it cannot be read. */
export function readSetupForm(data: unknown): SetupChoices | undefined {
  const parsed = setupFormSchema.safeParse(data ?? {});
  if (!parsed.success) return undefined;
  const submitted = parsed.data;
  return {
    channelId: submitted.channelId ?? '',
    weekday: submitted.weekday ?? '',
    time: submitted.time ?? '',
    timeZone: submitted.timeZone ?? '',
    audiences: submitted.audiences,
    themes: submitted.themes,
    notifyNewIssues: submitted.notifyNewIssues === 'true',
    postLanguage: submitted.postLanguage ?? 'en',
  };
}
