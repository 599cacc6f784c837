import assert from 'node:assert/strict';
import { CardFactory } from 'botbuilder';
import { caseCard } from '../../../bot/cards';
import { loadLibrary } from '../../../src/content';
import { AUDIENCES, type CaseStudy, type Issue, type Poll } from '../../../src/content/model';
import { POST_LANGUAGES } from '../../../src/i18n/language';
import { caseSubPage, tabDeepLink } from '../../../src/links';
import { cardProblems } from './validate-card';

/** Teams refuses a bot message larger than about 28 KB (413 MessageSizeTooBig). */
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

const DELIVERY = '0b7e4c1a-9f7d-4e8b-a3c2-5d6e7f8a9b0c';

/** Welsh runs longer than English: a stand-in translation a quarter longer than the English. */
const longer = (text: string) => `${text} ${text.slice(0, Math.ceil(text.length / 4))}`;

function withWelsh(issue: Issue, caseStudy: CaseStudy, warning: string): [Issue, CaseStudy] {
  const contentWarning = issue.contentWarning ?? warning;
  const welshIssue: Issue = {
    ...issue,
    contentWarning,
    welsh: issue.welsh ?? {
      title: longer(issue.title),
      theme: longer(issue.theme),
      foreword: longer(issue.foreword),
      contentWarning: longer(contentWarning),
      pdfUrl: null,
      feedbackUrl: null,
      review: 'needed',
    },
  };
  const welshCase: CaseStudy = {
    ...caseStudy,
    welsh: caseStudy.welsh ?? {
      title: longer(caseStudy.title),
      summary: longer(caseStudy.summary),
      whatHappened: longer(caseStudy.whatHappened),
      keyLearning: caseStudy.keyLearning.map(longer),
      forceResponse: longer(caseStudy.forceResponse),
      outcomes: longer(caseStudy.outcomes),
      factors: caseStudy.factors.map(longer),
      questions: caseStudy.questions.map((question) => ({
        ...question,
        text: longer(question.text),
      })),
      review: 'needed',
    },
  };
  return [welshIssue, welshCase];
}

/** The largest poll the content allows: 8 options, the question and labels at their limits in both languages. */
const largestPoll: Poll = {
  id: 'which-themes-would-help-your-force-most-in-the-year-to-come-and-the-year-after',
  question: 'Q'.repeat(300),
  questionCy: 'C'.repeat(300),
  opensOn: '2026-11-01',
  closesOn: '2027-01-31',
  options: Array.from({ length: 8 }, (_, index) => ({
    id: `${index}-${'o'.repeat(58)}`,
    label: `${index}${'L'.repeat(119)}`,
    labelCy: `${index}${'W'.repeat(119)}`,
  })),
};

describe('the largest weekly card', () => {
  it('is a valid Adaptive Card 1.5 within Teams’ message size for every case in the library, in each post language with everything on it (the sample label, the reminder, the roles note when the channel’s roles have no questions, the open actions, the rating and the largest poll)', async () => {
    const result = await loadLibrary('content');
    assert.ok(result.ok, 'the sample library loads');
    const issues = result.library.issues;
    const longestWarning = issues
      .map((issue) => issue.contentWarning ?? '')
      .sort((a, b) => b.length - a.length)[0]!;
    const sizes = issues
      .flatMap((issue) =>
        issue.cases.flatMap((original) => {
          const [welshIssue, caseStudy] = withWelsh(issue, original, longestWarning);
          const without = AUDIENCES.filter(
            (audience) => !caseStudy.questions.some((question) => question.audience === audience),
          );
          return [AUDIENCES, ...(without.length > 0 ? [without] : [])].flatMap((audiences) =>
            POST_LANGUAGES.map((language) => ({ welshIssue, caseStudy, audiences, language })),
          );
        }),
      )
      .map(({ welshIssue, caseStudy, audiences, language }) => {
        assert.ok(caseStudy.sample, 'the sample label is on the card');
        const card = caseCard({
          issue: welshIssue,
          caseStudy,
          audiences,
          language,
          readUrl: tabDeepLink(
            '00000000-0000-4000-8000-00000000a11e',
            caseSubPage(caseStudy.id, { delivery: DELIVERY }),
          ),
          lastDiscussionParticipants: 12,
          inThread: true,
          openActions: {
            count: 99,
            url: tabDeepLink('00000000-0000-4000-8000-00000000a11e', caseSubPage(caseStudy.id)),
          },
          feedback: {
            post: {
              deliveryId: DELIVERY,
              issueNumber: welshIssue.number,
              caseId: caseStudy.id,
              language,
              audiences,
              lastDiscussionParticipants: 12,
              openActions: { count: 99, caseId: caseStudy.id },
              pollId: largestPoll.id,
            },
            poll: largestPoll,
          },
        });
        assert.deepEqual(cardProblems(card), [], `${caseStudy.id} ${language}`);
        const request = {
          isGroup: true,
          channelData: {
            channel: { id: '19:0123456789abcdef0123456789abcdef@thread.tacv2' },
            tenant: { id: '11111111-2222-4333-8444-555555555555' },
          },
          activity: { type: 'message', attachments: [CardFactory.adaptiveCard(card)] },
          tenantId: '11111111-2222-4333-8444-555555555555',
        };
        return {
          id: `${caseStudy.id} ${language}`,
          bytes: Buffer.byteLength(JSON.stringify(request)),
        };
      });
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    assert.ok(
      largest.bytes < TEAMS_MESSAGE_LIMIT_BYTES,
      `case ${largest.id}: ${largest.bytes} bytes`,
    );
  });
});
