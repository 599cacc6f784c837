import { markdownToText } from '../content/markdown';
import { AUDIENCES, type CaseStudy, type Issue } from '../content/model';
import { textFor } from '../i18n';
import { TaggedPdf } from './tagged-pdf';

/** An issue laid out as a magazine, and the page where each of its case studies starts. */
export interface IssueDocument {
  pdf: Buffer;
  pageCount: number;
  /** Case id to its first page, from 1. */
  casePages: ReadonlyMap<string, number>;
}

type PublicationText = ReturnType<typeof textFor<'publication'>>;

/**
 * A sample issue as published: a cover with the contents and foreword, each case study from a
 * new page (what happened, key learning, the force's response, outcomes and the questions by
 * role), then the feature articles. In English, the issue's own language; a sample says so at
 * the top of the cover, of each case and of the articles, and in every page's footer. The
 * contents name each case's page, so the issue is laid out twice: once to find the pages.
 */
export async function issueDocument(issue: Issue): Promise<IssueDocument> {
  const t = textFor('publication', 'en');
  const first = layOut(issue, t, new Map());
  const casePages = first.casePages;
  const second = layOut(issue, t, casePages);
  const unchanged = [...casePages].every(([id, page]) => second.casePages.get(id) === page);
  if (!unchanged) throw new Error(`the contents of issue ${issue.number} moved its case studies`);
  const footer = (page: number, count: number) => {
    const line = t.text('issue.footer', { number: issue.number, page, count });
    return issue.sample ? `${t.text('sample.label')} · ${line}` : line;
  };
  const pageCount = second.pdf.pageCount;
  return { pdf: await second.pdf.finish(footer), pageCount, casePages };
}

function layOut(
  issue: Issue,
  t: PublicationText,
  knownPages: ReadonlyMap<string, number>,
): { pdf: TaggedPdf; casePages: Map<string, number> } {
  const pdf = new TaggedPdf({
    language: 'en',
    title: t.text('issue.documentTitle', { number: issue.number, title: issue.title }),
    date: new Date(`${issue.publishedOn}T00:00:00Z`),
  });
  const sampleLabel = () => {
    if (issue.sample) pdf.box(t.text('sample.label'), '', { weight: 2 });
  };
  sampleLabel();
  pdf.kicker(t.text('issue.masthead'));
  pdf.heading(1, t.text('issue.heading', { number: issue.number, title: issue.title }));
  pdf.paragraph(t.text('issue.meta', { theme: issue.theme, date: t.date(issue.publishedOn) }));
  if (issue.contentWarning) pdf.box(`${t.text('contentWarning.title')}:`, issue.contentWarning);
  pdf.heading(2, t.text('issue.contents'));
  pdf.list(
    issue.cases.map((caseStudy) =>
      t.text('issue.contentsLine', {
        title: caseStudy.title,
        page: knownPages.get(caseStudy.id) ?? 0,
      }),
    ),
  );
  pdf.heading(2, t.text('issue.foreword'));
  writeMarkdown(pdf, issue.foreword);

  const casePages = new Map<string, number>();
  for (const caseStudy of issue.cases) {
    pdf.newPage();
    casePages.set(caseStudy.id, pdf.pageCount);
    sampleLabel();
    writeCase(pdf, t, caseStudy, issue.cases.length);
  }
  if (issue.articles.length > 0) {
    pdf.newPage();
    sampleLabel();
    pdf.heading(2, t.text('issue.articles'));
    for (const article of issue.articles) {
      pdf.heading(3, article.title);
      pdf.paragraph(
        t.text('issue.byline', { author: article.author, organisation: article.organisation }),
        { subtle: true },
      );
      writeMarkdown(pdf, article.body);
    }
  }
  return { pdf, casePages };
}

function writeCase(pdf: TaggedPdf, t: PublicationText, caseStudy: CaseStudy, count: number) {
  pdf.kicker(t.text('issue.caseNumber', { order: caseStudy.order, count }));
  pdf.heading(2, caseStudy.title);
  pdf.paragraph(caseStudy.summary);
  pdf.paragraph(t.text('issue.factors', { factors: t.list(caseStudy.factors) }), {
    subtle: true,
  });
  const roles = caseStudy.audiences.map((audience) => t.text(`audience.${audience}`));
  pdf.paragraph(t.text('issue.audiences', { audiences: t.list(roles) }), { subtle: true });
  pdf.heading(3, t.text('case.whatHappened'));
  writeMarkdown(pdf, caseStudy.whatHappened);
  pdf.heading(3, t.text('case.keyLearning'));
  pdf.list(caseStudy.keyLearning);
  pdf.heading(3, t.text('case.forceResponse'));
  writeMarkdown(pdf, caseStudy.forceResponse);
  pdf.heading(3, t.text('case.outcomes'));
  writeMarkdown(pdf, caseStudy.outcomes);
  pdf.heading(3, t.text('questions.title'));
  for (const audience of AUDIENCES) {
    const questions = caseStudy.questions.filter((question) => question.audience === audience);
    if (questions.length === 0) continue;
    pdf.heading(4, t.text(`audience.${audience}`));
    pdf.list(
      questions.map((question) => question.text),
      { numbered: true },
    );
  }
}

/** Markdown as the PDF's paragraphs and lists. */
function writeMarkdown(pdf: TaggedPdf, markdown: string): void {
  for (const block of markdownToText(markdown).split('\n\n')) {
    const lines = block.split('\n');
    const bullets = lines.every((line) => line.startsWith('- '));
    const numbered = lines.every((line) => /^\d+[.)] /.test(line));
    if (bullets || numbered) {
      pdf.list(
        lines.map((line) => line.replace(/^(- |\d+[.)] )/, '')),
        { numbered },
      );
    } else {
      pdf.paragraph(block);
    }
  }
}
