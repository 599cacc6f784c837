import { z } from 'zod';
import { GUID } from '../ids/patterns';
import { ACTION_STATUSES } from './model';

/** The most conclusions and actions one response may hold, and the longest texts. */
export const RESPONSE_LIMITS = {
  conclusions: 30,
  actions: 50,
  conclusionChars: 4000,
  actionChars: 500,
  forceChars: 4000,
  ownerChars: 200,
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day `YYYY-MM-DD` that exists. */
const daySchema = z
  .string()
  .regex(DAY, 'a date is YYYY-MM-DD')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'a date is a real day, YYYY-MM-DD');

const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} is empty`).max(max, `${what} is at most ${max} characters`);

/** A team's response as an owner sends it whole: `PUT /api/teams/<group>/responses/<caseId>`. */
export const teamResponseInput = z
  .object({
    conclusions: z
      .array(
        z
          .object({
            question: z.number().int().min(0).max(99).nullable(),
            text: text(RESPONSE_LIMITS.conclusionChars, 'a conclusion'),
          })
          .strict(),
      )
      .max(RESPONSE_LIMITS.conclusions),
    actions: z
      .array(
        z
          .object({
            id: z.string().regex(GUID, 'an action id is a GUID').optional(),
            description: text(RESPONSE_LIMITS.actionChars, 'an action'),
            assigneeId: z.string().regex(GUID, 'an assignee is an Entra object id').nullable(),
            dueOn: daySchema.nullable(),
            status: z.enum(ACTION_STATUSES),
          })
          .strict(),
      )
      .max(RESPONSE_LIMITS.actions),
    /**
     * When the version the owner edited was saved (`updatedAt` as read; null: there was none).
     * A save over a version someone else saved since is refused (409), so nobody's work is lost
     * unseen. Absent: saved over whatever is there.
     */
    basedOn: z.iso
      .datetime({ message: 'basedOn is the updatedAt that was read' })
      .nullable()
      .optional(),
  })
  .strict();

export type TeamResponseInput = z.infer<typeof teamResponseInput>;

/** The force's own response to a case: `PUT /api/force/responses/<caseId>`. */
export const forceResponseInput = z
  .object({
    change: text(RESPONSE_LIMITS.forceChars, 'what the force will change'),
    owner: text(RESPONSE_LIMITS.ownerChars, 'the owner'),
    dueOn: daySchema.nullable(),
  })
  .strict();

export type ForceResponseInput = z.infer<typeof forceResponseInput>;
