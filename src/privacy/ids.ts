import { z } from 'zod';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An Entra tenant id: a GUID, kept in lower case. */
export const tenantIdSchema = z
  .string()
  .trim()
  .regex(guidPattern, 'a tenant id is a GUID')
  .transform((id) => id.toLowerCase());

/** A person's Entra object id (`oid`): a GUID, as given. */
export const objectIdSchema = z.string().trim().regex(guidPattern, 'an Entra object id is a GUID');

/** How long a force keeps discussion replies: whole months, one to ten years. */
export const retentionMonthsSchema = z.coerce
  .number()
  .int('retention is a whole number of months')
  .min(1, 'retention is at least one month')
  .max(120, 'retention is at most 120 months');
