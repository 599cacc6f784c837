/**
 * `npm run content:pdf [dir]`: lays out each sample issue of the library (default `CONTENT_DIR`)
 * as published, with the generator of the briefing sheets, writes it to the issue's `issue.pdf`
 * and sets each case's `pdfPage:` to the page it starts on; then checks the library. An issue
 * that is not a sample keeps its PDF: that is the one the IOPC published.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { formatProblem, loadLibrary } from '../src/content';
import { PUBLISHED_PDF_FILE } from '../src/content/issue-pdf';
import { issueDocument } from '../src/publication';

const dir = process.argv[2] ?? loadConfig().contentDir;
const before = await loadLibrary(dir, { publishedPdfs: false });
if (!before.ok) {
  for (const problem of before.problems) console.error(formatProblem(problem));
  console.error('content invalid: fix these problems first (npm run content:validate)');
  process.exit(1);
}

const folders = await issueFolders(dir);
for (const issue of before.library.issues) {
  const folder = folders.get(issue.number)!;
  if (!issue.sample) {
    console.log(
      `issue ${issue.number}: not a sample, so its ${PUBLISHED_PDF_FILE} is left as it is`,
    );
    continue;
  }
  const { pdf, pageCount, casePages } = await issueDocument(issue);
  const file = path.join(folder, PUBLISHED_PDF_FILE);
  await writeFile(file, pdf);
  const changed = await setCasePages(folder, casePages);
  console.log(
    `issue ${issue.number}: ${file}, ${pageCount} pages (${(pdf.length / 1024).toFixed(0)} KiB); ` +
      `pdfPage changed in ${changed} case ${changed === 1 ? 'study' : 'studies'}`,
  );
}

const after = await loadLibrary(dir);
if (!after.ok) {
  for (const problem of after.problems) console.error(formatProblem(problem));
  console.error('content invalid after making the PDFs');
  process.exit(1);
}
console.log('content OK');

/** The folder of each issue, by number. */
async function issueFolders(root: string): Promise<Map<number, string>> {
  const folders = new Map<number, string>();
  for (const entry of await readdir(path.join(root, 'issues'), { withFileTypes: true })) {
    const number = /^(\d+)-/.exec(entry.name)?.[1];
    if (entry.isDirectory() && number) {
      folders.set(Number(number), path.join(root, 'issues', entry.name));
    }
  }
  return folders;
}

/** Writes `pdfPage: <n>` into each case's front matter (after its `id:`); how many files changed. */
async function setCasePages(folder: string, pages: ReadonlyMap<string, number>): Promise<number> {
  let changed = 0;
  const casesFolder = path.join(folder, 'cases');
  for (const name of await readdir(casesFolder)) {
    if (!name.endsWith('.md') || name.endsWith('.cy.md')) continue;
    const file = path.join(casesFolder, name);
    const text = await readFile(file, 'utf8');
    const updated = withPdfPage(text, pages);
    if (updated !== text) {
      await writeFile(file, updated);
      changed += 1;
    }
  }
  return changed;
}

/** A case file's text with its `pdfPage:` line set to its page (none when it has no page). */
function withPdfPage(text: string, pages: ReadonlyMap<string, number>): string {
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const idLine = lines.findIndex((line, index) => index < end && /^id:\s*/.test(line));
  const id = idLine === -1 ? undefined : lines[idLine]!.replace(/^id:\s*/, '').trim();
  const page = id === undefined ? undefined : pages.get(id);
  if (page === undefined) return text;
  const pageLine = lines.findIndex((line, index) => index < end && /^pdfPage:/.test(line));
  if (pageLine === -1) lines.splice(idLine + 1, 0, `pdfPage: ${page}`);
  else lines[pageLine] = `pdfPage: ${page}`;
  return lines.join('\n');
}
