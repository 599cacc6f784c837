import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FORCES } from './forces';
import { eventually } from '../../support/eventually';
import { ServiceHarness } from './harness';

const force = FORCES.a;

/** Publishes issue 47 (a copy of 46) today, moved into the library in one step. */
async function publishIssue47(contentDir: string): Promise<void> {
  const staging = await mkdtemp(path.join(tmpdir(), 'ltl-e2e-issue-'));
  const issueDir = path.join(staging, '47-frontline-policing-again');
  await cp(path.join(contentDir, 'issues', '46-frontline-policing'), issueDir, { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  const issueFile = path.join(issueDir, 'issue.md');
  const issue = await readFile(issueFile, 'utf8');
  await writeFile(
    issueFile,
    issue
      .replace(/^number: 46$/m, 'number: 47')
      .replace(/^published: .*$/m, `published: ${today}`)
      .replace(/ltl-issue-46/g, 'ltl-issue-47'),
  );
  for (const name of await readdir(path.join(issueDir, 'cases'))) {
    const file = path.join(issueDir, 'cases', name);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^id: 46-/m, 'id: 47-'));
  }
  await rename(issueDir, path.join(contentDir, 'issues', path.basename(issueDir)));
  await rm(staging, { recursive: true, force: true });
}

describe('a new issue published while the composed service runs', () => {
  let contentDir = '';
  let harness: ServiceHarness;

  before(async () => {
    contentDir = await mkdtemp(path.join(tmpdir(), 'ltl-e2e-content-'));
    await cp('content', contentDir, { recursive: true });
    harness = new ServiceHarness({ contentDir });
    await harness.start();
    for (const each of [FORCES.a, FORCES.b]) {
      await harness.send(harness.activities(each).botAdded());
    }
    await harness.send(
      harness.activities(force).saveSetUp({
        channelId: force.briefing,
        weekday: '2',
        time: '09:00',
        timeZone: 'Europe/London',
        audiences: 'officers-and-staff',
        notifyNewIssues: 'true',
      }),
    );
    await harness.restart({ background: true });
  });
  after(async () => {
    await harness.stop();
    await rm(contentDir, { recursive: true, force: true });
  });

  it('is announced in the activity feed of the subscribed team that asked for notices, and no other', async () => {
    assert.equal(harness.graph.notices.length, 0);

    await publishIssue47(contentDir);
    await eventually(() => harness.service.content.snapshot.library.latest?.number === 47);
    await eventually(() => harness.graph.notices.length > 0);

    assert.deepEqual(
      harness.graph.notices.map((notice) => [notice.tenantId, notice.teamId]),
      [[force.tenantId, force.groupId]],
    );
    assert.match(JSON.stringify(harness.graph.notices[0]!.body), /Issue 47/);
  });
});
