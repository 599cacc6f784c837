import {
  AUDIENCE_LABELS,
  type Audience,
  type CaseStudy,
  type Issue,
  type ReflectiveQuestion,
} from '../../src/content/model';
import { adaptiveCard, text, type AdaptiveCard, type CardElement } from './types';
import { escapeMarkdown } from './markdown';

/** The case's part of the card: the same wherever the case goes to the same audiences. */
export interface CaseContentInput {
  issue: Issue;
  caseStudy: CaseStudy;
  /** Whose reflective questions to include; all of the case's when none of them match. */
  audiences: readonly Audience[];
}

/** What the case card shows. */
export interface CaseCardInput extends CaseContentInput {
  /**
   * The deep link of the "Read the full case" button. On a weekly post it names the delivery,
   * which is how a post is found again in its channel after a crash.
   */
  readUrl: string;
  /** How many colleagues joined the last discussion in the channel, if there was one. */
  lastDiscussionParticipants: number | null;
  /** Whether to invite replies in the thread (a channel post) or not (a personal chat). */
  inThread: boolean;
}

/**
 * The case study as an Adaptive Card 1.5; every piece of library text is escaped. `content` is
 * the card's case part, when the caller already built it for another post.
 */
export function caseCard(
  input: CaseCardInput,
  content: readonly CardElement[] = caseCardContent(input),
): AdaptiveCard {
  const body = [...content];
  if (input.inThread) {
    body.push(
      text(
        'Reply in this thread with your thoughts. Replies here stay within your force and can be read again from the case page.',
        { spacing: 'medium', separator: true },
      ),
    );
    if (input.lastDiscussionParticipants !== null && input.lastDiscussionParticipants > 0) {
      const count = input.lastDiscussionParticipants;
      body.push(
        text(
          `${count} ${count === 1 ? 'colleague' : 'colleagues'} joined last time\u2019s discussion.`,
          { isSubtle: true, spacing: 'small' },
        ),
      );
    }
  }
  return adaptiveCard(body, [
    { type: 'Action.OpenUrl', title: 'Read the full case', url: input.readUrl },
  ]);
}

/** The case's part of the card: heading, summary, key learning and the reflective questions. */
export function caseCardContent(input: CaseContentInput): CardElement[] {
  const { issue, caseStudy } = input;
  const body: CardElement[] = [
    text(escapeMarkdown(`Learning the Lessons · Issue ${issue.number} · ${issue.theme}`), {
      size: 'small',
      isSubtle: true,
    }),
    text(escapeMarkdown(caseStudy.title), { size: 'large', weight: 'bolder', style: 'heading' }),
    text(escapeMarkdown(caseStudy.summary)),
  ];
  if (caseStudy.keyLearning.length > 0) {
    body.push(text('Key learning', { weight: 'bolder', spacing: 'medium', style: 'heading' }));
    for (const point of caseStudy.keyLearning)
      body.push(text(`• ${escapeMarkdown(point)}`, { spacing: 'small' }));
  }
  body.push(
    text('Reflective questions', { weight: 'bolder', spacing: 'medium', style: 'heading' }),
  );
  for (const [audience, questions] of questionsFor(caseStudy.questions, input.audiences)) {
    body.push(text(AUDIENCE_LABELS[audience], { isSubtle: true, spacing: 'small' }));
    for (const question of questions)
      body.push(text(`• ${escapeMarkdown(question.text)}`, { spacing: 'small' }));
  }
  return body;
}

/** The case's questions for the chosen audiences, grouped in the fixed audience order. */
function questionsFor(
  questions: readonly ReflectiveQuestion[],
  audiences: readonly Audience[],
): [Audience, ReflectiveQuestion[]][] {
  const chosen = questions.filter((question) => audiences.includes(question.audience));
  const shown = chosen.length > 0 ? chosen : questions;
  const groups = new Map<Audience, ReflectiveQuestion[]>();
  for (const question of shown)
    groups.set(question.audience, [...(groups.get(question.audience) ?? []), question]);
  return (Object.keys(AUDIENCE_LABELS) as Audience[])
    .filter((audience) => groups.has(audience))
    .map((audience) => [audience, groups.get(audience)!]);
}
