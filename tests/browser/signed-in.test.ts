import assert from 'node:assert/strict';
import type { IssueView } from '../../src/content/views';
import { LOCAL_PERSON, LOCAL_TEAM } from '../../src/identity';
import { caseSubPage } from '../../src/links';
import { HOST_IDS, openInTeamsHost } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

const delivery = '6c1d0e2a-7b3f-4e8a-9c6d-0a1b2c3d4e5f';

describe('The tab in local mode: the documented local person', function () {
  this.timeout(60_000);
  const tab = useTabFixture();

  it('opens a weekly post of the local team with its discussion, with no Teams sign-in', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseId = latest.cases[0]!.id;
    await tab.store.discussion.recordThread({
      tenantId: LOCAL_PERSON.tenantId,
      teamId: LOCAL_TEAM.id,
      channelId: LOCAL_TEAM.id,
      rootMessageId: '1764000000001',
      caseId,
      deliveryId: delivery,
      postedAt: new Date(),
    });
    await tab.store.discussion.upsertReply({
      tenantId: LOCAL_PERSON.tenantId,
      teamId: LOCAL_TEAM.id,
      channelId: LOCAL_TEAM.id,
      rootMessageId: '1764000000001',
      id: '1764000000002',
      caseId,
      authorId: LOCAL_PERSON.userObjectId,
      authorName: LOCAL_PERSON.name,
      text: 'We would call the duty inspector first.',
      createdAt: new Date(),
      editedAt: null,
    });
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${caseSubPage(caseId, { delivery })}`);
    await page.getByRole('heading', { level: 2, name: 'Your team’s discussion' }).waitFor();
    await page.getByText('We would call the duty inspector first.').waitFor();
    await page.getByText(LOCAL_PERSON.name).waitFor();
  });
});

describe('The tab outside Teams, on a service with an app identity', function () {
  this.timeout(60_000);
  const tab = useTabFixture({
    background: false,
    env: {
      MICROSOFT_APP_ID: '5e0a0000-0000-4000-8000-0000000000b7',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: 'dddddddd-0000-4000-8000-00000000000d',
      ALLOWED_TENANTS: 'aaaaaaaa-0000-4000-8000-00000000000a',
    },
  });

  it('says why the discussion of a channel thread is hidden', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${caseSubPage(latest.cases[0]!.id, { delivery })}`);
    await page.getByRole('heading', { level: 2, name: 'Your team’s discussion' }).waitFor();
    await page.getByText('shown only inside Microsoft Teams').waitFor();
  });

  it('says so when the service refuses the sign-in token', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage();
    const host = await openInTeamsHost(page, tab.baseUrl, {
      subEntityId: caseSubPage(latest.cases[0]!.id, {
        team: HOST_IDS.groupId,
        channel: HOST_IDS.channelId,
        thread: '1700000000000',
      }),
      authToken: 'not-a-valid-token',
    });
    await host.tab.getByText('did not accept your Teams sign-in').waitFor();
    const calls = await host.calls();
    assert.ok(calls.some((call) => call.func === 'authentication.getAuthToken'));
  });

  it('opened from a weekly post, asks the service for the discussion of that post’s delivery', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage();
    const asked = page.waitForRequest((request) => request.url().includes('/api/discussions/'));
    const host = await openInTeamsHost(page, tab.baseUrl, {
      subEntityId: caseSubPage(latest.cases[0]!.id, { delivery }),
      authToken: 'not-a-valid-token',
    });
    const request = await asked;
    assert.equal(
      new URL(request.url()).search,
      `?delivery=${delivery}`,
      'the tab names the delivery, not a team or thread',
    );
    assert.equal(request.headers().authorization, 'Bearer not-a-valid-token');
    await host.tab.getByText('did not accept your Teams sign-in').waitFor();
  });
});
