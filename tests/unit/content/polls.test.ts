import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, loadLibrary } from '../../../src/content';
import { isPollOpen } from '../../../src/content/polls';
import { copyFixture } from './fixtures';

const goodPoll = `---
question: Which theme would help your force most next year?
opens: 2026-11-01
closes: 2027-01-31
options:
  - id: custody
    label: Custody and detention
  - id: roads-policing
    label: Roads policing
cy:
  question: Pa thema fyddai’n helpu eich heddlu fwyaf y flwyddyn nesaf?
  options:
    custody: Dalfa a chadw
    roads-policing: Plismona’r ffyrdd
---
`;

describe('content: polls on future themes', () => {
  let library: Awaited<ReturnType<typeof copyFixture>>;
  const pollFile = (name: string) => path.join(library.dir, 'polls', name);
  const shownFile = (name: string) =>
    path.relative(process.cwd(), pollFile(name)).split(path.sep).join('/');

  beforeEach(async () => {
    library = await copyFixture('valid');
    await mkdir(path.join(library.dir, 'polls'));
  });
  afterEach(() => library.remove());

  it('loads a poll with its options and Welsh, named by its file', async () => {
    await writeFile(pollFile('2027-themes.md'), goodPoll);
    const result = await loadLibrary(library.dir);
    assert.ok(result.ok);
    const [poll] = result.library.polls;
    assert.deepEqual(
      [poll?.id, poll?.opensOn, poll?.closesOn, poll?.questionCy?.startsWith('Pa thema')],
      ['2027-themes', '2026-11-01', '2027-01-31', true],
    );
    assert.deepEqual(
      poll?.options.map((option) => [option.id, option.labelCy]),
      [
        ['custody', 'Dalfa a chadw'],
        ['roads-policing', 'Plismona’r ffyrdd'],
      ],
    );
    assert.ok(isPollOpen(poll!, new Date('2026-11-01T00:00:00Z')));
    assert.ok(isPollOpen(poll!, new Date('2027-01-31T23:59:59Z')));
    assert.ok(!isPollOpen(poll!, new Date('2027-02-01T00:00:00Z')));
    assert.ok(!isPollOpen(poll!, new Date('2026-10-31T23:59:59Z')));
  });

  it('refuses a poll that is not valid, naming each problem at its line, and loads nothing', async () => {
    await writeFile(
      pollFile('bad.md'),
      `---
question: ''
opens: 2027-02-30
closes: 2026-01-01
options:
  - id: custody
    label: Custody
  - id: custody
    label: Custody again
  - id: Roads
    label: Roads
colour: blue
cy:
  question: Pa thema?
  options:
    custody: Dalfa
    sport: Chwaraeon
---
`,
    );
    await writeFile(
      pollFile('one-option.md'),
      goodPoll.replace(/ {2}- id: roads-policing\n {4}label: Roads policing\n/, ''),
    );
    await writeFile(pollFile('Bad Name.md'), goodPoll);

    const result = await loadLibrary(library.dir);

    assert.ok(!result.ok);
    const bad = shownFile('bad.md');
    assert.deepEqual(result.problems.map(formatProblem), [
      `${shownFile('Bad Name.md')}:1 file: name it <id>.md in lower-case letters, digits and hyphens`,
      `${bad}:2 question: must not be empty`,
      `${bad}:3 opens: "2027-02-30" is not a real date; write it as YYYY-MM-DD`,
      `${bad}:4 closes: must not be before opens`,
      `${bad}:8 options[1].id: "custody" is used twice; each option id is used once`,
      `${bad}:10 options[2].id: must be lower-case letters, digits and hyphens, e.g. roads-policing`,
      `${bad}:12 colour: unknown field; use question, opens, closes, options, cy`,
      `${bad}:15 cy.options: missing the Welsh label of "Roads"`,
      `${bad}:17 cy.options.sport: no option "sport"; name the options listed above`,
      `${shownFile('one-option.md')}:5 options: list at least 2 options`,
      `${shownFile('one-option.md')}:12 cy.options.roads-policing: no option "roads-policing"; name the options listed above`,
    ]);
  });

  it('checks the dates, the option ids and the Welsh labels against each other', async () => {
    await writeFile(
      pollFile('crossed.md'),
      goodPoll
        .replace('closes: 2027-01-31', 'closes: 2026-10-01')
        .replace('  - id: roads-policing', '  - id: custody')
        .replace('    roads-policing: Plismona’r ffyrdd', '    sport: Chwaraeon'),
    );
    const result = await loadLibrary(library.dir);
    assert.ok(!result.ok);
    const crossed = shownFile('crossed.md');
    assert.deepEqual(result.problems.map(formatProblem), [
      `${crossed}:4 closes: must not be before opens`,
      `${crossed}:8 options[1].id: "custody" is used twice; each option id is used once`,
      `${crossed}:14 cy.options.sport: no option "sport"; name the options listed above`,
    ]);
  });
});
