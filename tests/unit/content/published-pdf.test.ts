import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, loadLibrary, type LoadResult } from '../../../src/content';
import { TaggedPdf } from '../../../src/publication';
import { copyFixture } from './fixtures';

/** A real PDF of `pages` pages. */
async function pdfOf(pages: number): Promise<Buffer> {
  const pdf = new TaggedPdf({ language: 'en', title: 'Issue 7', date: new Date('2020-12-01') });
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) pdf.newPage();
    pdf.heading(1, `Page ${page}`);
  }
  return pdf.finish((page, count) => `Page ${page} of ${count}`);
}

/** Adds `pdfPage: <page>` to a case file's front matter, after its id. */
async function setPdfPage(file: string, page: number): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^(id: .*)$/m, `$1\npdfPage: ${page}`));
}

function problemsOf(result: LoadResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('content: the issue as published (issue.pdf) and the pages cases name in it', () => {
  let library: Awaited<ReturnType<typeof copyFixture>>;
  const issueFolder = () => path.join(library.dir, 'issues', '7-roads-policing');
  const caseFile = () => path.join(issueFolder(), 'cases', '01-a-pursuit-not-called-off.md');
  const shownFile = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

  beforeEach(async () => {
    library = await copyFixture('valid');
  });
  afterEach(() => library.remove());

  it('reads a pack’s PDF: its page count, size and a validator of its bytes', async () => {
    const bytes = await pdfOf(3);
    await writeFile(path.join(issueFolder(), 'issue.pdf'), bytes);
    await setPdfPage(caseFile(), 3);
    const result = await loadLibrary(library.dir);
    assert.ok(result.ok, problemsOf(result).join('\n'));
    const pdf = result.library.issue(7)!.publishedPdf!;
    assert.equal(pdf.pageCount, 3);
    assert.equal(pdf.bytes, bytes.length);
    assert.match(pdf.etag, /^"[\w-]+"$/);
    assert.equal(result.library.caseStudy('7-1')!.pdfPage, 3);
    assert.equal(result.library.issue(8)!.publishedPdf, null);
  });

  it('refuses an issue.pdf that is not a PDF, or only part of one', async () => {
    const file = path.join(issueFolder(), 'issue.pdf');
    await writeFile(file, 'Issue 7, saved as text by mistake');
    const message = `${shownFile(file)}:1 file: not a PDF that can be opened; export the issue again as a PDF, or remove the file`;
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [message]);
    const whole = await pdfOf(2);
    await writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [message]);
  });

  it('refuses a pdfPage past the end of the PDF, at the line that names it', async () => {
    await writeFile(path.join(issueFolder(), 'issue.pdf'), await pdfOf(2));
    await setPdfPage(caseFile(), 3);
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [
      `${shownFile(caseFile())}:3 pdfPage: page 3 is past the end of issue.pdf, which has 2 pages`,
    ]);
  });

  it('refuses a pdfPage when the issue has no PDF to point into', async () => {
    await setPdfPage(caseFile(), 1);
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [
      `${shownFile(caseFile())}:3 pdfPage: there is no issue.pdf beside issue.md to point into; add the issue's PDF, or remove pdfPage`,
    ]);
  });

  it('refuses a pdfPage that is not a page number', async () => {
    const text = await readFile(caseFile(), 'utf8');
    await writeFile(caseFile(), text.replace(/^(id: .*)$/m, '$1\npdfPage: seven'));
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [
      `${shownFile(caseFile())}:3 pdfPage: must be the page number where the case starts in issue.pdf, e.g. 7`,
    ]);
  });

  it('leaves the PDFs unread when asked (npm run content:pdf, which makes them)', async () => {
    await setPdfPage(caseFile(), 9);
    await writeFile(path.join(issueFolder(), 'issue.pdf'), 'not yet made');
    const result = await loadLibrary(library.dir, { publishedPdfs: false });
    assert.ok(result.ok, problemsOf(result).join('\n'));
    assert.equal(result.library.issue(7)!.publishedPdf, null);
  });
});
