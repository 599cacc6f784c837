import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, loadLibrary, type LoadResult } from '../../../src/content';
import { copyFixture } from './fixtures';

/** Adds a line to a file's front matter, before its closing `---`. */
async function addToFrontMatter(file: string, line: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const end = text.indexOf('\n---', 3);
  await writeFile(file, `${text.slice(0, end)}\n${line}${text.slice(end)}`);
}

function problemsOf(result: LoadResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('content: a sample issue says it is one (sample: true)', () => {
  let library: Awaited<ReturnType<typeof copyFixture>>;
  const file = (...segments: string[]) =>
    path.join(library.dir, 'issues', '8-mental-health', ...segments);
  const shownFile = (name: string) => path.relative(process.cwd(), name).split(path.sep).join('/');

  beforeEach(async () => {
    library = await copyFixture('bilingual');
  });
  afterEach(() => library.remove());

  it('marks a sample issue and each of its case studies; other issues are not samples', async () => {
    await addToFrontMatter(file('issue.md'), 'sample: true');
    await addToFrontMatter(file('issue.cy.md'), 'sample: true');
    const result = await loadLibrary(library.dir);
    assert.ok(result.ok, problemsOf(result).join('\n'));
    assert.equal(result.library.issue(8)!.sample, true);
    assert.deepEqual(
      result.library.issue(8)!.cases.map((caseStudy) => caseStudy.sample),
      [true, true],
    );
    assert.equal(result.library.issue(7)!.sample, false);
    assert.equal(result.library.caseStudy('7-1')!.sample, false);
  });

  it('refuses a Welsh translation that does not say its sample issue is one', async () => {
    await addToFrontMatter(file('issue.md'), 'sample: true');
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [
      `${shownFile(file('issue.cy.md'))}:2 sample: the English issue is a sample (sample: true); write sample: true here too`,
    ]);
  });

  it('refuses a Welsh translation that calls its issue a sample when the English does not', async () => {
    await addToFrontMatter(file('issue.cy.md'), 'sample: true');
    assert.deepEqual(problemsOf(await loadLibrary(library.dir)), [
      `${shownFile(file('issue.cy.md'))}:8 sample: the English issue is not a sample; remove this line`,
    ]);
  });

  it('takes only true or false', async () => {
    await addToFrontMatter(file('issue.md'), 'sample: maybe');
    const problems = problemsOf(await loadLibrary(library.dir));
    assert.ok(
      problems.includes(
        `${shownFile(file('issue.md'))}:8 sample: must be true (a sample written for this product) or false; or remove the line`,
      ),
      problems.join('\n'),
    );
  });
});
