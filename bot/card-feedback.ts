import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { isPollOpen } from '../src/content/polls';
import { feedbackSchema, rateFromCard } from '../src/feedback';
import type { MessageKey } from '../src/i18n';
import type { TabIdentity } from '../src/identity/tab-token';
import { vote } from '../src/polls';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  caseCard,
  FEEDBACK_VERBS,
  feedbackTexts,
  inEachLanguage,
  readCardAction,
  type CardAction,
  type CardAnswer,
  type CardNote,
} from './cards';
import type { BotDeps } from './deps';
import { errorResponse } from './setup';
import { botText, languageOfTurn } from './text';
import { tenantOf } from './turn';
import { weeklyCardInput } from './weekly-card';

/**
 * Handles the weekly card's "Was this useful?" and poll buttons (`Action.Execute`): records the
 * rating or vote as the person who pressed it, through the same use cases as the tab, and answers
 * with the card showing them their answer (Universal Actions: only they see it, and nothing is
 * posted to the thread). Undefined for any other verb.
 */
export async function onCardFeedbackAction(
  deps: BotDeps,
  context: TurnContext,
  value: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse | undefined> {
  const verb = value.action.verb;
  if (verb !== FEEDBACK_VERBS.rate && verb !== FEEDBACK_VERBS.vote) return undefined;
  const action = readCardAction(value.action.data);
  if (!action) {
    const message = botText(languageOfTurn(context)).text('setup.error.unreadable');
    return errorResponse(400, 'BadRequest', message);
  }
  const texts = feedbackTexts(action.post.language);
  const library = deps.library();
  const issue = library.issue(action.post.issueNumber);
  const caseStudy = issue?.cases.find((candidate) => candidate.id === action.post.caseId);
  if (!issue || !caseStudy) {
    return errorResponse(404, 'NotFound', inEachLanguage(texts, 'feedback.card.gone'));
  }
  const now = new Date();
  const poll = library.polls.find((candidate) => candidate.id === action.post.pollId);
  const openPoll = poll && isPollOpen(poll, now) ? poll : undefined;
  const note = (key: MessageKey<'feedback'>, tone: CardNote['tone']): CardNote => ({
    text: inEachLanguage(texts, key),
    tone,
  });
  const answerWith = (answer: CardAnswer): AdaptiveCardInvokeResponse => ({
    statusCode: 200,
    type: ADAPTIVE_CARD_CONTENT_TYPE,
    value: caseCard(
      weeklyCardInput(deps.config.teamsAppId, {
        post: action.post,
        issue,
        caseStudy,
        ...(openPoll ? { poll: openPoll } : {}),
        answer,
      }),
    ),
  });
  const asSent = asSentAnswer(action);
  const caller = await callerOf(deps, context);
  if (caller === 'unknown' || caller === 'not-served') {
    const refusal = note(
      caller === 'unknown' ? 'feedback.card.noIdentity' : 'feedback.card.notServed',
      'attention',
    );
    return answerWith(
      verb === FEEDBACK_VERBS.rate
        ? { ...asSent, ratingNotes: [refusal] }
        : { ...asSent, pollNotes: [refusal] },
    );
  }
  if (verb === FEEDBACK_VERBS.rate) {
    const input = feedbackSchema.safeParse({
      issue: issue.number,
      caseId: caseStudy.id,
      rating: Number(action.rating),
      comment: action.comment,
    });
    if (!input.success) {
      return answerWith({ ...asSent, ratingNotes: [note('feedback.chooseRating', 'attention')] });
    }
    const saved = await rateFromCard(deps, caller, input.data, now);
    return answerWith({
      ...asSent,
      rating: saved.feedback.rating,
      comment: saved.feedback.comment,
      rated: true,
      ratingNotes: [
        {
          text: inEachLanguage(texts, 'feedback.thanks', { rating: input.data.rating }),
          tone: 'good',
        },
        ...(saved.commentDropped ? [note('feedback.card.commentDropped', 'warning')] : []),
      ],
    });
  }
  if (!openPoll) return answerWith({ ...asSent, pollNotes: [note('poll.closed', 'attention')] });
  if (!openPoll.options.some((option) => option.id === action.option)) {
    return answerWith({ ...asSent, pollNotes: [note('poll.chooseOption', 'attention')] });
  }
  const view = await vote(deps, caller, openPoll.id, action.option, texts[0]!.language, now);
  const chosen = openPoll.options.find((option) => option.id === view.myVote);
  const voted = texts.map((t) =>
    t.text('poll.voted', {
      option: (t.language === 'cy' && chosen?.labelCy) || chosen?.label || '',
    }),
  );
  return answerWith({
    ...asSent,
    vote: view.myVote,
    voted: true,
    pollNotes: [{ text: [...new Set(voted)].join(' · '), tone: 'good' }],
  });
}

/** The form as the person left it, so nothing they chose or typed is lost when it is refused. */
function asSentAnswer(action: CardAction): CardAnswer {
  const rating = Number(action.rating);
  return {
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    comment: action.comment,
    vote: action.option || null,
  };
}

/**
 * Who pressed the button, from the activity: their Entra object id and tenant. `unknown` when
 * Teams did not say, `not-served` for a tenant the service does not serve.
 */
async function callerOf(
  deps: BotDeps,
  context: TurnContext,
): Promise<TabIdentity | 'unknown' | 'not-served'> {
  const userObjectId = context.activity.from?.aadObjectId?.trim();
  const tenantId = tenantOf(context);
  if (!userObjectId || !tenantId) return 'unknown';
  if (!(await deps.tenantAccess.isAllowed(tenantId))) return 'not-served';
  return { tenantId, userObjectId, name: context.activity.from.name ?? '', roles: [] };
}
