import assert from 'node:assert/strict';
import type { MeView } from '../../../src/content/views';
import { LOCAL_PERSON, LOCAL_TEAM } from '../../../src/identity';
import { startTestService, type TestService } from '../../../testkit';
import { FORCES } from '../service/forces';
import { PUBLISHER_TENANT, ServiceHarness } from '../service/harness';

const force = FORCES.a;

describe('who am I (GET /api/me)', () => {
  describe('with Teams sign-in', () => {
    const harness = new ServiceHarness();
    before(async () => {
      await harness.start();
      const teams = harness.activities(force);
      await harness.send(teams.botAdded());
    });
    after(() => harness.stop());

    const me = async (token: string) => harness.get('/api/me', `Bearer ${token}`);

    it('names the caller and the teams of theirs where the app is installed, owner or member', async () => {
      const owner = await me(await harness.ssoToken(force, force.owner));
      assert.equal(owner.status, 200);
      const view = owner.body as MeView;
      assert.deepEqual(
        [view.tenantId, view.objectId, view.name, view.roles, view.localMode],
        [force.tenantId, force.owner.aadObjectId, force.owner.name, [], false],
      );
      assert.deepEqual(view.teams, [
        { graphGroupId: force.groupId, name: force.teamName, owner: true },
      ]);
      const member = (await me(await harness.ssoToken(force, force.member))).body as MeView;
      assert.deepEqual(
        member.teams.map((team) => team.owner),
        [false],
      );
      const outsider = (await me(await harness.ssoToken(force, force.outsider))).body as MeView;
      assert.deepEqual(outsider.teams, []);
    });

    it('grants LearningLead in the caller’s own force, and Editor only in the publisher’s tenant', async () => {
      const lead = (await me(await harness.ssoToken(force, force.member, ['LearningLead'])))
        .body as MeView;
      assert.deepEqual(lead.roles, ['LearningLead']);
      const claimsEditor = (
        await me(await harness.ssoToken(force, force.member, ['Editor', 'Operator', 'Admin']))
      ).body as MeView;
      assert.deepEqual(claimsEditor.roles, [], 'a force cannot make its own editors');
      const editor = await me(
        await harness.ssoToken({ tenantId: PUBLISHER_TENANT }, force.outsider, ['Editor']),
      );
      assert.equal(editor.status, 200, 'the publisher’s tenant is served for its editors');
      assert.deepEqual((editor.body as MeView).roles, ['Editor']);
    });

    it('answers in the language asked for, and is never cached', async () => {
      const token = await harness.ssoToken(force, force.member);
      const response = await fetch(`${harness.baseUrl}/api/me?lang=cy`, {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(((await response.json()) as MeView).language, 'cy');
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
    });

    it('refuses a call without a token (401) and a force the service does not serve (403)', async () => {
      assert.equal((await harness.get('/api/me')).status, 401);
      const stranger = await me(
        await harness.ssoToken({ tenantId: 'eeeeeeee-0000-4000-8000-00000000000e' }, force.member),
      );
      assert.equal(stranger.status, 403);
    });
  });

  describe('in local mode', () => {
    let service: TestService;
    before(async () => {
      service = await startTestService({ background: false });
    });
    after(() => service.stop());

    it('is the documented local person: an owner of the local team with both roles, no token needed', async () => {
      const response = await fetch(`${service.baseUrl}/api/me`);
      assert.equal(response.status, 200);
      const view = (await response.json()) as MeView;
      assert.deepEqual(
        [view.tenantId, view.objectId, view.name, view.roles, view.localMode],
        [
          LOCAL_PERSON.tenantId,
          LOCAL_PERSON.userObjectId,
          LOCAL_PERSON.name,
          ['LearningLead', 'Editor'],
          true,
        ],
      );
      assert.deepEqual(view.teams, [
        { graphGroupId: LOCAL_TEAM.graphGroupId, name: LOCAL_TEAM.name, owner: true },
      ]);
    });
  });
});
