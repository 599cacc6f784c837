import { caseText, issueText } from '../../src/content/present';
import type { Audience, CaseStudy, Issue } from '../../src/content/model';
import { questionsFor } from '../../src/content/questions';
import { languagesOfPost, type PostLanguage } from '../../src/i18n/language';
import { learningRecordButton } from '../learning-record';
import { textFor } from '../../src/i18n';
import { botText, type BotText } from '../text';
import { adaptiveCard, text, type AdaptiveCard, type CardElement, type CardVersion } from './types';
import { escapeMarkdown } from './markdown';
import { feedbackSection, type CardFeedback } from './feedback-card';

/** The case's part of the card: the same wherever the case goes to the same audiences. */
export interface CaseContentInput {
  issue: Issue;
  caseStudy: CaseStudy;
  /** Whose reflective questions to include; all of the case's when none of them match. */
  audiences: readonly Audience[];
  /** English, Welsh, or both with the Welsh first. */
  language: PostLanguage;
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
  /** Where the case's briefing sheet (PDF) is, for a button beside "Read the full case". */
  sheetUrl?: string;
  /**
   * The team's open actions from its responses, on a weekly post: how many, and where the team's
   * response (of the soonest due) opens in the tab.
   */
  openActions?: { count: number; url: string };
  /** 1.5 unless the card goes where Teams takes no later version (an unfurled link: 1.3). */
  version?: CardVersion;
  /** On a weekly post: "Was this useful?" and the open poll, answered in place. */
  feedback?: CardFeedback;
}

/**
 * The case study as an Adaptive Card (1.5, or 1.3 when asked) in the post's language: the case
 * part (`content`, when the caller already built it for another post), then, in a thread, the
 * invitation to reply with the reminder of what to keep out of a reply, the rating and the open
 * poll on a weekly post, and the buttons.
 */
export function caseCard(
  input: CaseCardInput,
  content: readonly CardElement[] = caseCardContent(input),
): AdaptiveCard {
  const texts = languagesOfPost(input.language).map(botText);
  const body: CardElement[] = [...content];
  if (input.inThread) {
    texts.forEach((t, index) => {
      body.push(text(t.text('card.reply'), { spacing: 'medium', separator: index === 0 }));
      body.push(text(`**${t.text('card.keepSafe')}**`, { spacing: 'small' }));
    });
    const count = input.lastDiscussionParticipants;
    if (count !== null && count > 0) {
      for (const t of texts) {
        body.push(
          text(t.text('card.lastDiscussion', { count }), { isSubtle: true, spacing: 'small' }),
        );
      }
    }
  }
  const open = input.inThread ? input.openActions : undefined;
  const responseTexts = texts.map((t) => textFor('response', t.language));
  if (open) {
    for (const t of responseTexts) {
      body.push(
        text(t.text('card.openActions', { count: open.count }), {
          isSubtle: true,
          spacing: 'small',
        }),
      );
    }
  }
  if (input.inThread && input.feedback) body.push(...feedbackSection(input.feedback));
  const title = (key: 'card.read' | 'card.sheet') => texts.map((t) => t.text(key)).join(' · ');
  return adaptiveCard(
    body,
    [
      { type: 'Action.OpenUrl', title: title('card.read'), url: input.readUrl },
      ...(input.sheetUrl
        ? [{ type: 'Action.OpenUrl' as const, title: title('card.sheet'), url: input.sheetUrl }]
        : []),
      ...(input.inThread
        ? [learningRecordButton(input.caseStudy.id, languagesOfPost(input.language))]
        : []),
      ...(open
        ? [
            {
              type: 'Action.OpenUrl' as const,
              title: responseTexts.map((t) => t.text('card.openActionsLink')).join(' · '),
              url: open.url,
            },
          ]
        : []),
    ],
    input.version,
  );
}

/**
 * The case part of the card: the issue's content warning first, then the sample label for a
 * sample, then the case (in Welsh where translated, else the English with a Welsh note); a
 * bilingual card has the Welsh first, then the English. Every piece of library text is escaped.
 */
export function caseCardContent(input: CaseContentInput): CardElement[] {
  const texts = languagesOfPost(input.language).map(botText);
  const body: CardElement[] = [...contentWarning(input, texts)];
  if (input.caseStudy.sample) {
    body.push(text(`**${texts.map((t) => t.text('sample.label')).join(' · ')}**`));
  }
  texts.forEach((t, index) => {
    const section = caseSection(input, t, texts.length > 1);
    if (index > 0 && section[0]) Object.assign(section[0], { separator: true, spacing: 'large' });
    body.push(...section);
  });
  return body;
}

/** The issue's content warning in each language, once when they say the same. */
function contentWarning({ issue }: CaseContentInput, texts: BotText[]): CardElement[] {
  const warnings = texts.flatMap((t) => {
    const warning = issueText(issue, t.language).contentWarning;
    return warning === null ? [] : [{ title: t.text('contentWarning.title'), warning }];
  });
  if (warnings.length === 0) return [];
  const same = warnings.every(({ warning }) => warning === warnings[0]!.warning);
  const shown = same
    ? [{ title: warnings.map(({ title }) => title).join(' · '), warning: warnings[0]!.warning }]
    : warnings;
  return shown.map(({ title, warning }) =>
    text(`**${title}:** ${escapeMarkdown(warning)}`, { color: 'warning' }),
  );
}

/**
 * The case in one language. In a bilingual card, a Welsh section for a case not yet translated
 * is only its heading and the note: the English section that follows has the text.
 */
function caseSection(input: CaseContentInput, t: BotText, bilingual: boolean): CardElement[] {
  const { issue, caseStudy } = input;
  const issueInLanguage = issueText(issue, t.language);
  const caseInLanguage = caseText(caseStudy, t.language);
  const untranslated = caseInLanguage.language !== t.language;
  const elements: CardElement[] = [
    text(
      escapeMarkdown(t.text('card.header', { number: issue.number, theme: issueInLanguage.theme })),
      { size: 'small', isSubtle: true },
    ),
  ];
  if (untranslated) {
    elements.push(text(t.text('case.untranslated'), { isSubtle: true, spacing: 'small' }));
    if (bilingual) return elements;
  }
  elements.push(
    text(escapeMarkdown(caseInLanguage.title), {
      size: 'large',
      weight: 'bolder',
      style: 'heading',
    }),
    text(escapeMarkdown(caseInLanguage.summary)),
  );
  if (caseInLanguage.keyLearning.length > 0) {
    elements.push(
      text(t.text('case.keyLearning'), { weight: 'bolder', spacing: 'medium', style: 'heading' }),
    );
    for (const point of caseInLanguage.keyLearning)
      elements.push(text(`• ${escapeMarkdown(point)}`, { spacing: 'small' }));
  }
  elements.push(
    text(t.text('questions.title'), { weight: 'bolder', spacing: 'medium', style: 'heading' }),
  );
  const { groups, fellBack } = questionsFor(caseInLanguage.questions, input.audiences);
  if (fellBack) {
    const roles = (audiences: readonly Audience[]) =>
      t.list(audiences.map((audience) => t.text(`audience.${audience}`)));
    const note = t.text('card.otherRoles', {
      chosen: roles(input.audiences),
      roles: roles(groups.map(([audience]) => audience)),
    });
    elements.push(text(note, { spacing: 'small' }));
  }
  for (const [audience, questions] of groups) {
    elements.push(text(t.text(`audience.${audience}`), { isSubtle: true, spacing: 'small' }));
    for (const question of questions)
      elements.push(text(`• ${escapeMarkdown(question.text)}`, { spacing: 'small' }));
  }
  return elements;
}
