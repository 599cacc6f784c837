import assert from 'node:assert/strict';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import {
  InvalidContentError,
  LibrarySource,
  type Library,
} from '../../../src/content';
import { eventually } from '../../support/eventually';
import { copyFixture, fixtures, shown } from './fixtures';

interface LogLine {
  level: number;
  msg: string;
  problem?: string;
}

function capturingLogger() {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('content source', () => {
  it('refuses to open an invalid library, with every problem in its message', async () => {
    const { logger } = capturingLogger();
    const error = await LibrarySource.open(path.join(fixtures, 'broken'), logger).then(
      () => assert.fail('opened an invalid library'),
      (reason: unknown) => reason,
    );
    assert.ok(error instanceof InvalidContentError);
    assert.equal(error.problems.length, 27);
    assert.equal(error.catastrophic, true);
    assert.ok(
      error.message.includes(
        `${shown('broken/issues/23-roads/issue.md')}:2 number: 24 does not match the folder's number 23 (23-roads)`,
      ),
      error.message,
    );
    assert.equal(error.title, 'The case study library is not available.');
  });

  describe('while watching a library folder', () => {
    let dir: string;
    let remove: () => Promise<void>;
    let source: LibrarySource;
    let lines: LogLine[];
    let changes: { previous: Library; current: Library }[];

    beforeEach(async () => {
      ({ dir, remove } = await copyFixture('valid'));
      const captured = capturingLogger();
      lines = captured.lines;
      source = await LibrarySource.open(dir, captured.logger, { debounceMs: 50 });
      changes = [];
      source.onChange((previous, current) => changes.push({ previous, current }));
      source.watch();
    });

    afterEach(async () => {
      source.close();
      await remove();
    });

    const caseFile = () =>
      path.join(dir, 'issues/7-roads-policing/cases/01-a-pursuit-not-called-off.md');

    it('swaps in a valid change, with its views and search, and tells listeners', async () => {
      const before = source.snapshot;
      const text = await readFile(caseFile(), 'utf8');
      await writeFile(
        caseFile(),
        text.replace('title: A pursuit that was not called off', 'title: A chase that went on'),
      );
      await eventually(() => source.snapshot !== before);
      const after = source.snapshot;
      assert.equal(after.library.caseStudy('7-1')!.title, 'A chase that went on');
      assert.equal(after.views.en.caseStudy('7-1')!.title, 'A chase that went on');
      assert.deepEqual(
        after.search.search({ text: 'chase went' }).hits.map((hit) => hit.id),
        ['7-1'],
      );
      assert.equal(before.library.caseStudy('7-1')!.title, 'A pursuit that was not called off');
      assert.equal(changes[0]!.previous, before.library);
      assert.equal(changes[0]!.current.caseStudy('7-1')!.title, 'A chase that went on');
      assert.ok(lines.some((line) => line.msg === 'content reloaded'));
    });

    it('keeps the current library when a change is invalid, and logs each problem', async () => {
      const before = source.snapshot;
      const text = await readFile(caseFile(), 'utf8');
      await writeFile(caseFile(), text.replace('audience: trainers', 'audience: officers'));
      await eventually(() => lines.some((line) => line.msg.startsWith('content change refused')));
      assert.equal(source.snapshot, before);
      assert.deepEqual(changes, []);
      const problems = lines.flatMap((line) => (line.problem ? [line.problem] : []));
      assert.equal(problems.length, 1);
      assert.match(
        problems[0]!,
        /01-a-pursuit-not-called-off\.md:14 questions\[2\]\.audience: unknown audience "officers"/,
      );
    });

    it('picks up a new issue folder and tells listeners of the newer issue', async () => {
      const folder = path.join(dir, 'issues/9-custody');
      await mkdir(path.join(folder, 'cases'), { recursive: true });
      await writeFile(
        path.join(folder, 'issue.md'),
        '---\nnumber: 9\ntitle: Custody\ntheme: Custody\npublished: 2025-01-15\n---\n\nThe foreword.\n',
      );
      const caseText = await readFile(
        path.join(dir, 'issues/7-roads-policing/cases/03-detention-after-a-roadside-stop.md'),
        'utf8',
      );
      await writeFile(path.join(folder, 'cases/01-a-cell.md'), caseText.replace('id: 7-3', 'id: 9-1'));
      await eventually(() => source.snapshot.library.latest?.number === 9);
      assert.deepEqual(source.snapshot.views.en.issueList.themes, [
        'Custody',
        'Mental health',
        'Roads policing',
      ]);
      assert.ok(
        changes.some(
          ({ previous, current }) => previous.latest?.number === 8 && current.latest?.number === 9,
        ),
      );
    });

    it('settles reloads asked for at once on the library as it is on disk', async () => {
      await cp(path.join(dir, 'issues/8-mental-health'), path.join(dir, 'issues/10-copy'), {
        recursive: true,
      });
      for (const name of ['issue.md', 'cases/01-a-welfare-check-that-was-delayed.md']) {
        const file = path.join(dir, 'issues/10-copy', name);
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace('number: 8', 'number: 10').replace('id: 8-1', 'id: 10-1'));
      }
      const second = path.join(dir, 'issues/10-copy/cases/02-restraint-of-a-man-in-crisis.md');
      await writeFile(second, (await readFile(second, 'utf8')).replace('id: 8-2', 'id: 10-2'));
      const results = await Promise.all([source.reload(), source.reload()]);
      assert.ok(results.includes(true));
      await eventually(() => source.snapshot.library.caseStudy('10-2') !== undefined);
    });
  });
});
