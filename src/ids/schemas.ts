import { z } from 'zod';
import { CASE_ID, GUID } from './patterns';

/** A GUID (`what` names it in the error), kept in lower case. */
export const guidSchema = (what: string) =>
  z
    .string()
    .trim()
    .regex(GUID, `${what} is a GUID`)
    .transform((id) => id.toLowerCase());

/** An Entra tenant id: a GUID, kept in lower case. */
export const tenantIdSchema = guidSchema('a tenant id');

/** A person's Entra object id (`oid`): a GUID, as given. */
export const objectIdSchema = z.string().trim().regex(GUID, 'an Entra object id is a GUID');

/** A case study's id in a request. */
export const caseIdSchema = z.string().regex(CASE_ID, 'a case id looks like 44-3');
