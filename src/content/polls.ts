import path from 'node:path';
import { z } from 'zod';
import { folderProblem, markdownFiles, readDocument } from './files';
import { parseFrontMatter } from './front-matter';
import type { ContentProblem, Poll } from './model';
import { isRealDate } from './schemas';

/**
 * The polls on future themes, as editors write them: `<library>/polls/<id>.md`, front matter only.
 *
 *     question: Which theme would help your force most next year?
 *     opens: 2026-11-01
 *     closes: 2027-01-31
 *     options:
 *       - id: custody
 *         label: Custody and detention
 *     cy:
 *       question: Pa thema fyddai’n helpu eich heddlu fwyaf y flwyddyn nesaf?
 *       options:
 *         custody: Dalfa a chadw
 */

const POLL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_OPTIONS = 8;

const missingOr =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'missing' : message;

const text = (max: number) =>
  z
    .string({ error: missingOr('must be text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const day = () =>
  z
    .string({ error: missingOr('must be a date written YYYY-MM-DD') })
    .refine(isRealDate, {
      error: (issue) => `"${String(issue.input)}" is not a real date; write it as YYYY-MM-DD`,
    });

const optionSchema = z.strictObject(
  {
    id: z
      .string({ error: missingOr('must be a short name such as custody') })
      .regex(POLL_ID, { error: 'must be lower-case letters, digits and hyphens, e.g. roads-policing' }),
    label: text(120),
  },
  { error: 'must be an option with an id: line and a label: line' },
);

const pollFrontMatter = z
  .strictObject(
    {
      question: text(300),
      opens: day(),
      closes: day(),
      options: z
        .array(optionSchema, { error: missingOr('must be a list of options') })
        .min(2, { error: 'list at least 2 options' })
        .max(MAX_OPTIONS, { error: `list at most ${MAX_OPTIONS} options` }),
      cy: z
        .strictObject(
          { question: text(300), options: z.record(z.string(), text(120)) },
          { error: 'must be the Welsh question: and options: (each option id: its Welsh label)' },
        )
        .optional(),
    },
    { error: 'must be fields written as name: value, one to a line' },
  )
  .superRefine((poll, context) => {
    if (poll.closes < poll.opens) {
      context.addIssue({ code: 'custom', path: ['closes'], message: 'must not be before opens' });
    }
    const seen = new Set<string>();
    poll.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'id'],
          message: `"${option.id}" is used twice; each option id is used once`,
        });
      }
      seen.add(option.id);
    });
    if (!poll.cy) return;
    for (const id of Object.keys(poll.cy.options)) {
      if (!seen.has(id)) {
        context.addIssue({
          code: 'custom',
          path: ['cy', 'options', id],
          message: `no option "${id}"; name the options listed above`,
        });
      }
    }
    for (const id of seen) {
      if (!(id in poll.cy.options)) {
        context.addIssue({
          code: 'custom',
          path: ['cy', 'options'],
          message: `missing the Welsh label of "${id}"`,
        });
      }
    }
  });

/** Every poll in `<dir>/polls` (none without the folder), or the problems found in them. */
export async function loadPolls(dir: string): Promise<{ polls: Poll[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const polls: Poll[] = [];
  for (const file of await markdownFiles(path.join(dir, 'polls'), problems)) {
    const id = path.basename(file, '.md');
    if (!POLL_ID.test(id)) {
      problems.push(folderProblem(file, 'file', 'name it <id>.md in lower-case letters, digits and hyphens'));
      continue;
    }
    const read = await readDocument(file);
    problems.push(...read.problems);
    if (!read.document) continue;
    const parsed = parseFrontMatter(read.document, pollFrontMatter);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const { question, opens, closes, options, cy } = parsed.data;
    polls.push({
      id,
      question,
      opensOn: opens,
      closesOn: closes,
      options: options.map((option) => ({ ...option, labelCy: cy?.options[option.id] ?? null })),
      questionCy: cy?.question ?? null,
    });
  }
  return { polls, problems };
}

/** Whether a poll takes votes at `now`: from the start of its opening day to the end of its closing day (UTC). */
export function isPollOpen(poll: Poll, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return poll.opensOn <= today && today <= poll.closesOn;
}
