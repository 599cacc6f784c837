import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { PREAUTHORIZED_CLIENTS } from '../../../src/identity/microsoft-clients';
import { createTabTokenVerifier, type TabTokenVerifier } from '../../../src/identity/tab-token';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { createTenantAccess } from '../../../src/tenants/access';
import { FakeGraph } from '../../../testkit';
import { SsoTokens } from '../../support/sso-tokens';

const appId = '5e0a0000-0000-4000-8000-0000000000a9';
const force = 'aaaaaaaa-0000-4000-8000-00000000000a';
const invited = 'dddddddd-0000-4000-8000-00000000000d';
const suspended = 'cccccccc-0000-4000-8000-00000000000c';
const unknown = 'eeeeeeee-0000-4000-8000-00000000000e';

describe('tab SSO tokens', () => {
  let dir: string;
  let store: Store;
  let authority: FakeGraph;
  let sso: SsoTokens;
  let verifier: TabTokenVerifier;
  const sign = (overrides: Partial<Parameters<SsoTokens['sign']>[0]> = {}) =>
    sso.sign({
      authorityHost: authority.url,
      appId,
      tenantId: force,
      userObjectId: 'officer-1',
      ...overrides,
    });

  before(async () => {
    sso = await SsoTokens.create();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-sso-'));
    store = createStore(join(dir, 'ltl.sqlite'));
    await store.migrate();
    await store.tenants.ensure(force, 'consented');
    await store.tenants.ensure(invited, 'invited');
    await store.tenants.ensure(suspended, 'suspended');
    authority = await new FakeGraph().start();
    authority.signingKeys = sso.jwks;
    const logger = pino({ level: 'silent' });
    verifier = createTabTokenVerifier({
      appId,
      authorityHost: authority.url,
      tenants: createTenantAccess(store, logger),
      logger,
    });
  });

  afterEach(async () => {
    await store.close();
    await authority.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const refusal = async (token: string) => {
    const result = await verifier.verifyTabToken(token);
    assert.equal(result.ok, false);
    return result.ok ? undefined : result.reason;
  };

  it('accepts a v2 token of a served tenant and names the caller from its claims', async () => {
    const result = await verifier.verifyTabToken(await sign({ name: 'PC Example' }));
    assert.deepEqual(result, {
      ok: true,
      identity: { tenantId: force, userObjectId: 'officer-1', name: 'PC Example', roles: [] },
    });
    assert.ok(authority.requests.some((request) => request.path === '/common/discovery/v2.0/keys'));
  });

  it('keeps the app roles the token grants, and drops any it does not know', async () => {
    const result = await verifier.verifyTabToken(
      await sign({ claims: { roles: ['LearningLead', 'SuperUser'] } }),
    );
    assert.deepEqual(result.ok && result.identity.roles, ['LearningLead']);
  });

  it('serves an invited tenant as well as a consented one', async () => {
    const result = await verifier.verifyTabToken(await sign({ tenantId: invited }));
    assert.equal(result.ok, true);
  });

  it('refuses a token signed with a key the authority does not publish', async () => {
    assert.equal(await refusal(await sign({ forged: true })), 'bad-signature');
  });

  it('refuses a token for another app', async () => {
    assert.equal(
      await refusal(await sign({ claims: { aud: 'api://someone-else' } })),
      'wrong-audience',
    );
  });

  it('refuses an expired token', async () => {
    assert.equal(await refusal(await sign({ expiresInSeconds: -600 })), 'expired');
  });

  it('refuses a v1 token', async () => {
    assert.equal(
      await refusal(
        await sign({ claims: { iss: `https://sts.windows.net/${force}/`, ver: '1.0' } }),
      ),
      'v1-token',
    );
  });

  it('refuses a token whose issuer is another tenant than its own tid', async () => {
    assert.equal(
      await refusal(await sign({ claims: { iss: `${authority.url}/${invited}/v2.0` } })),
      'wrong-issuer',
    );
    assert.equal(
      await refusal(await sign({ claims: { iss: `https://evil.example/${force}/v2.0` } })),
      'wrong-issuer',
    );
  });

  it('refuses a token without the access_as_user scope', async () => {
    assert.equal(await refusal(await sign({ claims: { scp: 'User.Read' } })), 'missing-scope');
  });

  it('accepts a token issued to Teams, Outlook or the Microsoft 365 app', async () => {
    for (const client of PREAUTHORIZED_CLIENTS) {
      const result = await verifier.verifyTabToken(await sign({ claims: { azp: client.id } }));
      assert.equal(result.ok, true, client.host);
    }
  });

  it('refuses a token another app obtained for our API through user consent', async () => {
    const otherApp = '99999999-0000-4000-8000-000000000099';
    assert.equal(await refusal(await sign({ claims: { azp: otherApp } })), 'wrong-client');
    assert.equal(await refusal(await sign({ claims: { azp: undefined } })), 'wrong-client');
  });

  it('refuses a tenant the service does not know, or has suspended', async () => {
    assert.equal(await refusal(await sign({ tenantId: unknown })), 'tenant-not-served');
    assert.equal(await refusal(await sign({ tenantId: suspended })), 'tenant-not-served');
  });

  it('refuses what is not a token at all', async () => {
    assert.equal(await refusal('not-a-token'), 'malformed');
  });
});
