import { z } from 'zod';

/**
 * The shape `/api/messages` accepts before an activity reaches the adapter. Only what the bot
 * relies on is checked; other fields pass through untouched.
 */

const id = z.string().min(1).max(1024);

const account = z.looseObject({
  id,
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(128).optional(),
  role: z.string().max(64).optional(),
});

const serviceUrl = z
  .string()
  .max(2048)
  .refine(
    (value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value),
    'must be an http(s) URL',
  );

export const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: id.optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl,
  timestamp: z.iso.datetime({ offset: true }).optional(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id,
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(128).optional(),
    isGroup: z.boolean().optional(),
  }),
  text: z.string().max(100_000).optional(),
  /** The sender's language in Teams (`cy-GB`, `en-US`): replies follow it. */
  locale: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  action: z.string().max(64).optional(),
  replyToId: z.string().max(1024).optional(),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(256) }))
    .max(200)
    .optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256) }))
    .max(50)
    .optional(),
  channelData: z
    .looseObject({
      eventType: z.string().max(128).optional(),
      tenant: z.looseObject({ id }).optional(),
      team: z
        .looseObject({
          id,
          name: z.string().max(1024).optional(),
          aadGroupId: z.string().max(128).optional(),
        })
        .optional(),
      channel: z.looseObject({ id, name: z.string().max(1024).optional() }).optional(),
    })
    .optional(),
  value: z.unknown().optional(),
});

/** An activity as the schema accepted it at `/api/messages`: what every turn reads. */
export type ParsedActivity = z.infer<typeof activitySchema>;

/** The Teams channel data of an activity, as the schema accepted it. */
export type TeamsChannelData = NonNullable<ParsedActivity['channelData']>;
