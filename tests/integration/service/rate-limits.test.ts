import assert from 'node:assert/strict';
import { FORCES } from './forces';
import { ServiceHarness } from './harness';

const force = FORCES.a;
const budgets = {
  address: { points: 5, durationSeconds: 60 },
  person: { points: 3, durationSeconds: 60 },
};

/** Asserts a plain 429 problem that says when to come back. */
function assertTooMany(answer: { status: number; body: unknown; headers: Headers }): void {
  assert.equal(answer.status, 429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `${retryAfter}`);
  assert.deepEqual(answer.body, {
    type: 'about:blank',
    title: 'Too many requests: try again shortly.',
    status: 429,
  });
}

describe('rate limits on the public endpoints', () => {
  describe('anywhere but behind App Service’s front end', () => {
    const harness = new ServiceHarness({ rateBudgets: budgets });
    before(() => harness.start());
    after(() => harness.stop());

    it('when one address has spent its budget it gets a 429 with Retry-After, whatever X-Forwarded-For it claims, and Teams still reaches the bot', async () => {
      for (let request = 0; request < budgets.address.points; request += 1) {
        assert.equal((await harness.getWith('/api/issues', {})).status, 200);
      }
      assertTooMany(await harness.getWith('/api/issues', {}));
      assertTooMany(await harness.getWith('/privacy', {}));
      assertTooMany(await harness.getWith('/api/issues', { 'x-forwarded-for': '203.0.113.7' }));

      const install = await harness.send(harness.activities(force).botAdded());
      assert.equal(install.status, 200);
    });
  });

  describe('behind App Service’s front end', () => {
    const harness = new ServiceHarness({
      rateBudgets: budgets,
      env: { WEBSITE_INSTANCE_ID: 'a1b2c3d4e5f6' },
    });
    before(async () => {
      await harness.start();
      await harness.send(harness.activities(force).botAdded());
    });
    after(() => harness.stop());

    const from = (forwardedFor: string) => ({ 'x-forwarded-for': forwardedFor });

    it('counts each client by the address the front end added last, port and spoofed entries aside', async () => {
      for (let request = 0; request < budgets.address.points; request += 1) {
        assert.equal(
          (await harness.getWith('/api/issues', from('198.51.100.1:50123'))).status,
          200,
        );
      }
      assertTooMany(await harness.getWith('/api/issues', from('198.51.100.1:50124')));
      assertTooMany(await harness.getWith('/api/issues', from('192.0.2.9, 198.51.100.1:50125')));
      assert.equal((await harness.getWith('/api/issues', from('198.51.100.2:40000'))).status, 200);
      assert.equal(
        (await harness.getWith('/api/issues', from('[2001:db8:1:2::5]:443'))).status,
        200,
      );
    });

    it('a signed-in person has a budget of their own: a colleague at the same address is still served', async () => {
      const address = from('203.0.113.50:1000');
      const path = `/api/discussions/44-3?team=${force.groupId}`;
      const member = `Bearer ${await harness.ssoToken(force, force.member)}`;
      for (let request = 0; request < budgets.person.points; request += 1) {
        const answer = await harness.getWith(path, { ...address, authorization: member });
        assert.equal(answer.status, 200);
      }
      assertTooMany(await harness.getWith(path, { ...address, authorization: member }));

      const owner = `Bearer ${await harness.ssoToken(force, force.owner)}`;
      const colleague = await harness.getWith(path, { ...address, authorization: owner });
      assert.equal(colleague.status, 200);
    });

    it('refused sign-ins count against their address', async () => {
      const address = from('203.0.113.60:1000');
      const path = `/api/discussions/44-3?team=${force.groupId}`;
      for (let request = 0; request < budgets.address.points; request += 1) {
        const answer = await harness.getWith(path, { ...address, authorization: 'Bearer forged' });
        assert.equal(answer.status, 401);
      }
      assertTooMany(await harness.getWith(path, { ...address, authorization: 'Bearer forged' }));
    });
  });
});
