import { z } from 'zod';
import { AUDIENCES, type Audience, type Poll } from '../../src/content/model';
import { caseIdSchema } from '../../src/ids';
import { textFor, type MessageKey, type Translator } from '../../src/i18n';
import { languagesOfPost, POST_LANGUAGES, type PostLanguage } from '../../src/i18n/language';
import { MAX_COMMENT_LENGTH } from '../../src/feedback';
import { pollView } from '../../src/polls';
import { escapeMarkdown } from './markdown';
import { text, type CardElement, type Choice, type ExecuteAction, type TextBlock } from './types';

/** The verbs of the weekly card's `Action.Execute` buttons: the rating and the poll's vote. */
export const FEEDBACK_VERBS = { rate: 'feedback.rate', vote: 'poll.vote' } as const;

/** The ids of the weekly card's inputs, as the invoke's data names them. */
export const FEEDBACK_FIELDS = {
  rating: 'rating',
  comment: 'comment',
  option: 'pollOption',
} as const;

/**
 * The weekly post a card's buttons name: enough for the bot to show the presser the same card
 * again with their answer (the Universal Actions answer replaces the card for them only).
 */
export interface CardPost {
  deliveryId: string;
  issueNumber: number;
  caseId: string;
  language: PostLanguage;
  audiences: readonly Audience[];
  lastDiscussionParticipants: number | null;
  openActions?: { count: number; caseId: string };
  /** The poll the card carries. */
  pollId?: string;
}

/** A line said above the rating or the poll in an answer: thanks, or why nothing changed. */
export interface CardNote {
  text: string;
  tone: 'good' | 'warning' | 'attention';
}

/** The presser's answers, shown back in the card the bot answers with. */
export interface CardAnswer {
  /** The rating and comment the form shows (kept as typed after a refusal). */
  rating?: number | null;
  comment?: string | null;
  /** Whether the rating shown is the one recorded (its button then says "Change"). */
  rated?: boolean;
  ratingNotes?: CardNote[];
  /** The option the poll shows as chosen. */
  vote?: string | null;
  /** Whether the option shown is the vote recorded. */
  voted?: boolean;
  pollNotes?: CardNote[];
}

/** "Was this useful?" and the open poll on a weekly card. */
export interface CardFeedback {
  post: CardPost;
  /** The poll open for votes, if any. */
  poll?: Poll;
  answer?: CardAnswer;
}

type FeedbackText = Translator<MessageKey<'feedback'>>;

/** The feedback's texts in the post's languages (Welsh first in a bilingual post). */
export function feedbackTexts(language: PostLanguage): FeedbackText[] {
  return languagesOfPost(language).map((one) => textFor('feedback', one));
}

/** One message in each of the post's languages, once when they say the same. */
export function inEachLanguage(
  texts: readonly FeedbackText[],
  key: MessageKey<'feedback'>,
  values?: Record<string, string | number>,
): string {
  return [...new Set(texts.map((t) => t.text(key, values)))].join(' · ');
}

/** The rating form and, while a poll is open, its vote, each with its own button. */
export function feedbackSection(feedback: CardFeedback): CardElement[] {
  const { post, answer = {} } = feedback;
  const texts = feedbackTexts(post.language);
  const data = postData(post);
  const rated = answer.rated === true;
  const body: CardElement[] = [
    text(inEachLanguage(texts, 'feedback.title'), {
      weight: 'bolder',
      style: 'heading',
      spacing: 'large',
      separator: true,
    }),
    ...notes(answer.ratingNotes),
    {
      type: 'Input.ChoiceSet',
      id: FEEDBACK_FIELDS.rating,
      label: inEachLanguage(texts, 'feedback.caseQuestion'),
      style: 'expanded',
      choices: [1, 2, 3, 4, 5].map((rating): Choice => ({
        title: inEachLanguage(texts, `feedback.rating.${rating}` as MessageKey<'feedback'>),
        value: String(rating),
      })),
      ...(answer.rating ? { value: String(answer.rating) } : {}),
    },
    {
      type: 'Input.Text',
      id: FEEDBACK_FIELDS.comment,
      label: inEachLanguage(texts, 'feedback.comment'),
      isMultiline: true,
      maxLength: MAX_COMMENT_LENGTH,
      ...(answer.comment ? { value: answer.comment } : {}),
    },
    ...texts.map((t) =>
      text(t.text('feedback.card.commentNote'), { isSubtle: true, size: 'small' }),
    ),
    {
      type: 'ActionSet',
      actions: [
        execute(
          inEachLanguage(texts, rated ? 'feedback.change' : 'feedback.send'),
          FEEDBACK_VERBS.rate,
          data,
        ),
      ],
    },
  ];
  if (feedback.poll) body.push(...pollSection(feedback.poll, post.language, data, answer));
  else if (answer.pollNotes) {
    body.push(pollHeading(texts), ...notes(answer.pollNotes));
  }
  return body;
}

function pollSection(
  poll: Poll,
  language: PostLanguage,
  data: Record<string, string>,
  answer: CardAnswer,
): CardElement[] {
  const texts = feedbackTexts(language);
  const views = languagesOfPost(language).map((one) => pollView(poll, one, null));
  const joined = (values: string[]) => escapeMarkdown([...new Set(values)].join(' · '));
  const voted = answer.voted === true;
  return [
    pollHeading(texts),
    ...notes(answer.pollNotes),
    {
      type: 'Input.ChoiceSet',
      id: FEEDBACK_FIELDS.option,
      label: joined(views.map((view) => view.question)),
      style: 'expanded',
      choices: poll.options.map((option, index) => ({
        title: joined(views.map((view) => view.options[index]!.label)),
        value: option.id,
      })),
      ...(answer.vote ? { value: answer.vote } : {}),
    },
    ...texts.map((t) =>
      text(t.text('poll.closes', { date: t.date(poll.closesOn) }), {
        isSubtle: true,
        size: 'small',
      }),
    ),
    {
      type: 'ActionSet',
      actions: [
        execute(
          inEachLanguage(texts, voted ? 'poll.change' : 'poll.vote'),
          FEEDBACK_VERBS.vote,
          data,
        ),
      ],
    },
  ];
}

function pollHeading(texts: readonly FeedbackText[]): TextBlock {
  return text(inEachLanguage(texts, 'poll.title'), {
    weight: 'bolder',
    style: 'heading',
    spacing: 'large',
    separator: true,
  });
}

function notes(list: readonly CardNote[] = []): TextBlock[] {
  return list.map((note) =>
    text(escapeMarkdown(note.text), { color: note.tone, weight: 'bolder', spacing: 'small' }),
  );
}

function execute(title: string, verb: string, data: Record<string, string>): ExecuteAction {
  return { type: 'Action.Execute', title, verb, data };
}

/** The post as the buttons' data carries it (text values, as Teams sends them back). */
function postData(post: CardPost): Record<string, string> {
  return {
    delivery: post.deliveryId,
    issue: String(post.issueNumber),
    caseId: post.caseId,
    language: post.language,
    audiences: post.audiences.join(','),
    ...(post.lastDiscussionParticipants !== null
      ? { participants: String(post.lastDiscussionParticipants) }
      : {}),
    ...(post.openActions
      ? {
          openActions: String(post.openActions.count),
          openActionsCase: post.openActions.caseId,
        }
      : {}),
    ...(post.pollId ? { poll: post.pollId } : {}),
  };
}

const count = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number);

const cardDataSchema = z.looseObject({
  delivery: z.uuid(),
  issue: z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number),
  caseId: caseIdSchema,
  language: z.enum(POST_LANGUAGES),
  audiences: z
    .string()
    .max(200)
    .transform((list) => list.split(',').filter((one) => one !== ''))
    .pipe(z.array(z.enum(AUDIENCES))),
  participants: count.optional(),
  openActions: count.optional(),
  openActionsCase: caseIdSchema.optional(),
  poll: z.string().max(100).optional(),
  [FEEDBACK_FIELDS.rating]: z.string().max(10).optional(),
  [FEEDBACK_FIELDS.comment]: z.string().max(10_000).optional(),
  [FEEDBACK_FIELDS.option]: z.string().max(100).optional(),
});

/** What a weekly card's button sent: the post it names and the person's inputs. */
export interface CardAction {
  post: CardPost;
  /** The rating chosen, as sent (`''` when none). */
  rating: string;
  comment: string;
  option: string;
}

/** Reads a weekly card's invoke data; undefined when it is not one of ours or is unreadable. */
export function readCardAction(data: unknown): CardAction | undefined {
  const parsed = cardDataSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const value = parsed.data;
  return {
    post: {
      deliveryId: value.delivery,
      issueNumber: value.issue,
      caseId: value.caseId,
      language: value.language,
      audiences: value.audiences,
      lastDiscussionParticipants: value.participants ?? null,
      ...(value.openActions !== undefined && value.openActionsCase
        ? { openActions: { count: value.openActions, caseId: value.openActionsCase } }
        : {}),
      ...(value.poll ? { pollId: value.poll } : {}),
    },
    rating: value[FEEDBACK_FIELDS.rating] ?? '',
    comment: value[FEEDBACK_FIELDS.comment] ?? '',
    option: value[FEEDBACK_FIELDS.option] ?? '',
  };
}
