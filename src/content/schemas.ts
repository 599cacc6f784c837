import { z } from 'zod';
import { CASE_ID } from '../ids';
import { AUDIENCES } from './model';

/**
 * The front matter of each kind of content file. Objects are strict (an unknown field is a
 * problem) and each message is written for an editor, naming what to write instead.
 */

const audienceList = AUDIENCES.join(', ');

/** An error message that says "missing" when the field is absent, else `message`. */
const missingOr =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'missing' : message;

const text = () =>
  z.string({ error: missingOr('must be text') }).trim().min(1, { error: 'must not be empty' });

const optionalText = () =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty; remove the line instead' })
    .nullish();

const httpsLink = () =>
  z
    .string({ error: 'must be an https:// link' })
    .trim()
    .refine(isHttpsUrl, { error: (issue) => `must be an https:// link (got "${String(issue.input)}")` })
    .nullish();

const audience = (whenMissing: string) =>
  z.enum(AUDIENCES, {
    error: (issue) =>
      issue.input === undefined
        ? whenMissing
        : `unknown audience "${String(issue.input)}"; use one of ${audienceList}`,
  });

const list = <T extends z.ZodType>(item: T, empty: string) =>
  z.array(item, { error: missingOr('must be a list') }).min(1, { error: empty });

const fieldsError = { error: 'must be fields written as name: value, one to a line' };

const issueNumber = () =>
  z
    .number({ error: missingOr('must be a whole number, e.g. 44') })
    .int({ error: 'must be a whole number, e.g. 44' })
    .positive({ error: 'must be a positive number' });

const caseId = () =>
  z
    .string({ error: missingOr('must be <issue>-<n>, e.g. 44-3') })
    .regex(CASE_ID, { error: 'must be <issue>-<n>, e.g. 44-3' });

const factorList = () =>
  list(
    text().refine((value) => value === value.toLowerCase(), {
      error: 'must be lower case, as in the case factor table (e.g. "mental health")',
    }),
    'list at least one case factor',
  );

/** `sample: true` marks a pack written for this product, not IOPC material. */
const sampleFlag = () =>
  z
    .boolean({
      error: 'must be true (a sample written for this product) or false; or remove the line',
    })
    .optional();

/** A translation's review by a Welsh translator: `needed` until done. */
const translationReview = () =>
  z.enum(['needed', 'done'], {
    error: (issue) =>
      issue.input === undefined
        ? 'missing; write needed until a Welsh translator has reviewed this file, then done'
        : 'must be needed (not yet reviewed by a Welsh translator) or done',
  });

export const issueFrontMatter = z.strictObject({
  number: issueNumber(),
  title: text(),
  theme: text(),
  published: z
    .string({ error: missingOr('must be a date written YYYY-MM-DD') })
    .refine(isRealDate, {
      error: (issue) => `"${String(issue.input)}" is not a real date; write it as YYYY-MM-DD`,
    }),
  contentWarning: optionalText(),
  pdf: httpsLink(),
  feedback: httpsLink(),
  sample: sampleFlag(),
}, fieldsError);

const questionSchema = z.strictObject({
  audience: audience(`missing; every question needs an audience: one of ${audienceList}`),
  text: text(),
}, { error: 'must be a question with an audience: line and a text: line' });

export const caseFrontMatter = z.strictObject({
  id: caseId(),
  title: text(),
  summary: text(),
  factors: factorList(),
  audiences: list(audience('missing'), 'list at least one audience'),
  keyLearning: list(text(), 'list at least one point of key learning'),
  questions: list(questionSchema, 'a case needs at least one reflective question'),
  pdfPage: z
    .number({ error: 'must be the page number where the case starts in issue.pdf, e.g. 7' })
    .int({ error: 'must be a whole page number, e.g. 7' })
    .positive({ error: 'must be a page number from 1' })
    .optional(),
}, fieldsError);

export const articleFrontMatter = z.strictObject({
  title: text(),
  author: text(),
  organisation: text(),
}, fieldsError);

/** `issue.cy.md`: the issue's text in Welsh; its own PDF and feedback links are optional. */
export const issueTranslationFrontMatter = z.strictObject({
  number: issueNumber(),
  title: text(),
  theme: text(),
  contentWarning: optionalText(),
  pdf: httpsLink(),
  feedback: httpsLink(),
  sample: sampleFlag(),
  translationReview: translationReview(),
}, fieldsError);

/** `<case>.cy.md`: the case's text in Welsh, with its id and each question's audience as in English. */
export const caseTranslationFrontMatter = z.strictObject({
  id: caseId(),
  title: text(),
  summary: text(),
  factors: factorList(),
  keyLearning: list(text(), 'list at least one point of key learning'),
  questions: list(questionSchema, 'a case needs at least one reflective question'),
  translationReview: translationReview(),
}, fieldsError);

/** `<article>.cy.md`: the article in Welsh. */
export const articleTranslationFrontMatter = z.strictObject({
  title: text(),
  author: text(),
  organisation: text(),
  translationReview: translationReview(),
}, fieldsError);

/** The field names an object at `segments` accepts, for "unknown field" messages. */
export function knownFields(schema: z.ZodType, segments: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of segments) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = (current.shape as Record<string, z.ZodType>)[segment];
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = current.element as z.ZodType;
    } else {
      return [];
    }
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** "unknown field", with the likely intended field when the name is close to one. */
export function unknownFieldMessage(name: string, known: readonly string[]): string {
  const simple = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');
  const intended = known.find(
    (field) =>
      simple(field) === simple(name) ||
      simple(name).startsWith(simple(field)) ||
      editDistance(simple(field), simple(name)) <= 2,
  );
  const hint = intended === undefined ? '' : ` (did you mean ${intended}?)`;
  return `unknown field${hint}; use ${known.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `YYYY-MM-DD` naming a day that exists (so not 2024-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
