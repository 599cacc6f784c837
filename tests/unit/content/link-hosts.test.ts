import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, loadLibrary } from '../../../src/content';
import { copyFixture } from './fixtures';

describe('content: links only to the hosts the library allows', () => {
  let library: Awaited<ReturnType<typeof copyFixture>>;
  const file = (...segments: string[]) => path.join(library.dir, 'issues', ...segments);
  const shownFile = (name: string) => path.relative(process.cwd(), name).split(path.sep).join('/');

  beforeEach(async () => {
    library = await copyFixture('valid');
  });
  afterEach(() => library.remove());

  async function warnings(): Promise<string[]> {
    const result = await loadLibrary(library.dir);
    assert.ok(result.ok, 'warnings do not keep the library from loading');
    return result.warnings.map(formatProblem);
  }

  it('warns of each link to a host outside allowed-hosts.txt, in front matter and in the text', async () => {
    await writeFile(path.join(library.dir, 'allowed-hosts.txt'), 'policeconduct.gov.uk\n');
    const issue7 = file('7-roads-policing', 'issue.md');
    const issue8 = file('8-mental-health', 'issue.md');
    const case82 = file('8-mental-health', 'cases', '02-restraint-of-a-man-in-crisis.md');
    const listed = 'the allowed hosts (policeconduct.gov.uk)';
    const advice =
      'check that the address exists and is one readers can trust, then add the host to allowed-hosts.txt';
    assert.deepEqual(await warnings(), [
      `${shownFile(issue7)}:6 pdf: links to example.org, which is not in ${listed}; ${advice}`,
      `${shownFile(case82)}:18 link: links to example.org, which is not in ${listed}; ${advice}`,
      `${shownFile(issue8)}:7 feedback: links to example.org, which is not in ${listed}; ${advice}`,
    ]);
  });

  it('allows a listed host and its subdomains, and ignores comments in the list', async () => {
    await writeFile(
      path.join(library.dir, 'allowed-hosts.txt'),
      '# the test library\nexample.org # and www.example.org\n',
    );
    const case82 = file('8-mental-health', 'cases', '02-restraint-of-a-man-in-crisis.md');
    const text = await readFile(case82, 'utf8');
    await writeFile(case82, text.replace('https://example.org/guidance', 'https://www.example.org/g'));
    assert.deepEqual(await warnings(), []);
  });

  it('finds a bare address and an e-mail address in the text', async () => {
    const case82 = file('8-mental-health', 'cases', '02-restraint-of-a-man-in-crisis.md');
    const text = await readFile(case82, 'utf8');
    await writeFile(
      case82,
      text.replace(
        'See the [guidance](https://example.org/guidance).',
        'See https://www.example.net/guide or write to <ltl@example.com>.',
      ),
    );
    const hosts = (await warnings()).map((warning) => /links to (\S+),/.exec(warning)?.[1]);
    assert.deepEqual(hosts, ['www.example.net', 'example.com']);
  });

  it('allows only the IOPC’s website when the library lists no hosts', async () => {
    await rm(path.join(library.dir, 'allowed-hosts.txt'));
    const found = await warnings();
    assert.equal(found.length, 3);
    assert.ok(found.every((warning) => warning.includes('(policeconduct.gov.uk)')));
  });
});
