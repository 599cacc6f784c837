import { caseText, issueText } from '../content/present';
import type { Audience, CaseStudy, Issue } from '../content/model';
import { questionsFor } from '../content/questions';
import { textFor } from '../i18n';
import type { Language } from '../i18n/language';
import { TaggedPdf } from './tagged-pdf';

/** What a briefing sheet is made of. */
export interface BriefingSheetInput {
  issue: Issue;
  caseStudy: CaseStudy;
  /** The roles whose reflective questions to print; every role's when none (or none of theirs). */
  audiences: readonly Audience[];
  /** The reader's language: the sheet's own words, and the case where it is translated. */
  language: Language;
}

/**
 * A case study on A4 for a briefing room, in the reader's language: the issue's content warning
 * first, the sample label when it is a sample, the title, summary, key learning and the reflective
 * questions for the chosen roles, grouped by role. It fits one page for a case of the usual
 * length; a longer one continues on a second page rather than leave a question out.
 */
export async function briefingSheet(input: BriefingSheetInput): Promise<Buffer> {
  const { issue, caseStudy, language } = input;
  const t = textFor('publication', language);
  const theIssue = issueText(issue, language);
  const theCase = caseText(caseStudy, language);
  const issueLanguage = theIssue.language === language ? {} : { language: theIssue.language };
  const caseLanguage = theCase.language === language ? {} : { language: theCase.language };
  const pdf = new TaggedPdf({
    language,
    title: t.text('sheet.documentTitle', { title: theCase.title }),
    date: new Date(`${issue.publishedOn}T00:00:00Z`),
  });
  if (theIssue.contentWarning) {
    pdf.box(`${t.text('contentWarning.title')}:`, theIssue.contentWarning, issueLanguage);
  }
  if (issue.sample) pdf.box(t.text('sample.label'), '', { weight: 2 });
  pdf.kicker(
    t.text('sheet.header', { number: issue.number, theme: theIssue.theme, id: caseStudy.id }),
  );
  pdf.heading(1, theCase.title, caseLanguage);
  if (theCase.language !== language) {
    pdf.paragraph(t.text('case.untranslated'), { subtle: true });
  }
  pdf.paragraph(theCase.summary, caseLanguage);
  pdf.heading(2, t.text('case.keyLearning'));
  pdf.list(theCase.keyLearning, caseLanguage);
  pdf.heading(2, t.text('questions.title'));
  const chosen = questionsFor(theCase.questions, input.audiences);
  const roles = (audiences: readonly Audience[]) =>
    t.list(audiences.map((audience) => t.text(`audience.${audience}`)));
  if (chosen.fellBack) {
    pdf.paragraph(t.text('sheet.noneForRoles', { roles: roles(input.audiences) }), {
      subtle: true,
    });
  }
  for (const [audience, questions] of chosen.groups) {
    pdf.heading(3, t.text(`audience.${audience}`));
    pdf.list(
      questions.map((question) => question.text),
      { ...caseLanguage, numbered: true },
    );
  }
  return pdf.finish((page, count) => t.text('sheet.footer', { id: caseStudy.id, page, count }));
}
