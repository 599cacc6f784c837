import { textFor } from '../../i18n';
import { DEFAULT_LEARNING_RECORD_RETENTION_MONTHS } from '../../store';
import type { PageOutline } from './page';

/** The privacy notice: what the app reads and keeps, for how long, where, and people's rights. */
export function privacyNotice(retentionMonths: number): PageOutline {
  return {
    path: '/privacy',
    title: 'privacy.title',
    intro: [{ paragraph: 'privacy.intro' }],
    sections: [
      {
        heading: 'privacy.reads',
        blocks: paragraphs('privacy.reads.1', 'privacy.reads.2', 'privacy.reads.meetings'),
      },
      {
        heading: 'privacy.keeps',
        blocks: paragraphs(
          'privacy.keeps.1',
          'privacy.keeps.2',
          'privacy.keeps.meetings',
          'privacy.keeps.learning',
          'privacy.keeps.responses',
          'privacy.keeps.feedback',
          'privacy.keeps.insights',
          'privacy.keeps.3',
          'privacy.keeps.4',
        ),
      },
      {
        heading: 'privacy.why',
        blocks: paragraphs('privacy.why.1', 'privacy.why.learning', 'privacy.why.feedback'),
      },
      {
        heading: 'privacy.howLong',
        blocks: paragraphs(
          'privacy.howLong.1',
          'privacy.howLong.learning',
          'privacy.howLong.feedback',
        ),
      },
      { heading: 'privacy.where', blocks: paragraphs('privacy.where.1') },
      {
        heading: 'privacy.rights',
        blocks: paragraphs('privacy.rights.1', 'privacy.rights.2', 'privacy.rights.learning'),
      },
    ],
    otherLanguage: 'privacy.otherLanguage',
    values: () => ({
      months: retentionMonths,
      learningMonths: DEFAULT_LEARNING_RECORD_RETENTION_MONTHS,
    }),
  };
}

/** The terms of use. */
export const termsOfUse: PageOutline = {
  path: '/terms',
  title: 'terms.title',
  intro: [{ paragraph: 'terms.intro' }],
  sections: [
    { heading: 'terms.use', blocks: paragraphs('terms.use.1', 'terms.use.2') },
    { heading: 'terms.cases', blocks: paragraphs('terms.cases.1') },
    { heading: 'terms.data', blocks: paragraphs('terms.data.1') },
  ],
  otherLanguage: 'terms.otherLanguage',
  links: (language) => ({ privacy: `/privacy?lang=${language}` }),
};

/** When the accessibility statement was prepared (update it with each review). */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-02';

/**
 * The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for:
 * what works, what is known not to, how it was tested, how to report a problem, and enforcement.
 */
export const accessibilityStatement: PageOutline = {
  path: '/accessibility',
  title: 'accessibility.title',
  intro: [
    { paragraph: 'accessibility.intro.1' },
    { paragraph: 'accessibility.intro.2' },
    {
      list: [
        'accessibility.can.1',
        'accessibility.can.2',
        'accessibility.can.3',
        'accessibility.can.4',
        'accessibility.can.5',
      ],
    },
    { paragraph: 'accessibility.intro.3' },
  ],
  sections: [
    {
      heading: 'accessibility.known',
      blocks: [
        { paragraph: 'accessibility.known.1' },
        {
          list: [
            'accessibility.known.cards',
            'accessibility.known.pdf',
            'accessibility.known.english',
            'accessibility.known.review',
          ],
        },
      ],
    },
    { heading: 'accessibility.contact', blocks: paragraphs('accessibility.contact.1') },
    { heading: 'accessibility.enforcement', blocks: paragraphs('accessibility.enforcement.1') },
    { heading: 'accessibility.technical', blocks: [] },
    { heading: 'accessibility.status', blocks: paragraphs('accessibility.status.1'), level: 3 },
    {
      heading: 'accessibility.tested',
      level: 3,
      blocks: [
        { paragraph: 'accessibility.tested.1' },
        {
          list: [
            'accessibility.tested.axe',
            'accessibility.tested.keyboard',
            'accessibility.tested.layout',
            'accessibility.tested.cards',
            'accessibility.tested.pdf',
          ],
        },
      ],
    },
    { heading: 'accessibility.untested', blocks: paragraphs('accessibility.untested.1'), level: 3 },
    { heading: 'accessibility.improving', blocks: paragraphs('accessibility.improving.1') },
    { heading: 'accessibility.prepared', blocks: paragraphs('accessibility.prepared.1') },
  ],
  otherLanguage: 'accessibility.otherLanguage',
  values: (language) => ({ date: textFor('pages', language).date(ACCESSIBILITY_STATEMENT_DATE) }),
  links: () => ({
    eass: 'https://www.equalityadvisoryservice.com/',
    wcag: 'https://www.w3.org/TR/WCAG22/',
  }),
};

function paragraphs(...keys: PageOutline['title'][]) {
  return keys.map((paragraph) => ({ paragraph }));
}
