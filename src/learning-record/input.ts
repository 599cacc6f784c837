import { DateTime } from 'luxon';
import { z } from 'zod';
import { caseIdSchema } from '../ids';

/** The longest reflection or application kept: about two pages of writing. */
export const MAX_ENTRY_TEXT = 4000;

/** The most time one entry may record: a whole day. */
export const MAX_ENTRY_MINUTES = 24 * 60;

const reflection = z
  .string()
  .trim()
  .min(1, 'say what you reflected on')
  .max(MAX_ENTRY_TEXT, `at most ${MAX_ENTRY_TEXT} characters`);
const application = z.string().trim().max(MAX_ENTRY_TEXT, `at most ${MAX_ENTRY_TEXT} characters`);
const minutes = z
  .number()
  .int('time spent is a whole number of minutes')
  .min(0, 'time spent cannot be negative')
  .max(MAX_ENTRY_MINUTES, `time spent is at most ${MAX_ENTRY_MINUTES} minutes`);

/** A new entry, as the tab, the card's dialog and the message action send it. */
export const newLearningEntrySchema = z
  .object({ caseId: caseIdSchema, reflection, application: application.default(''), minutes })
  .strict();

export type NewLearningEntryInput = z.infer<typeof newLearningEntrySchema>;

/** An edit: any of the entry's words and time, at least one of them. */
export const learningEntryChangeSchema = z
  .object({ reflection, application, minutes })
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, 'change at least one of the fields');

export type LearningEntryChangeInput = z.infer<typeof learningEntryChangeSchema>;

/** A day in a query (`2026-03-31`), in UTC. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2026-03-31')
  .refine((value) => DateTime.fromISO(value, { zone: 'utc' }).isValid, 'not a calendar date');

/** The period from one day to another, both included (either end open when not given). */
export function periodOf(from?: string, to?: string): { from?: Date; to?: Date } {
  return {
    ...(from ? { from: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { to: new Date(Date.parse(`${to}T00:00:00Z`) + 24 * 60 * 60 * 1000) } : {}),
  };
}
