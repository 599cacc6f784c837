import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Server } from 'restify';
import { createOperatorAccess } from '../../../src/operations/index';
import { createApp } from '../../../src/server/app';
import { consentRoutes } from '../../../src/server/routes/consent';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { createConsentLink, type ConsentSettings } from '../../../src/tenants/consent';

const force = 'aaaaaaaa-0000-4000-8000-00000000000a';
const otherForce = 'bbbbbbbb-0000-4000-8000-00000000000b';
const operatorKey = 'operator-key-for-tests';
const logger = pino({ level: 'silent' });

describe('admin consent for a force', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let base: string;
  const settings: ConsentSettings = {
    appId: '5e0a0000-0000-4000-8000-0000000000a9',
    authorityHost: 'https://login.microsoftonline.com',
    publicBaseUrl: 'https://ltl.example.org',
    secret: new TextEncoder().encode('a-secret-of-at-least-thirty-two-bytes!!'),
  };

  const start = async (withSettings: boolean) => {
    server = createApp(logger, [
      consentRoutes({
        store,
        logger,
        settings: withSettings ? settings : undefined,
        operator: createOperatorAccess({ operatorKey }),
      }),
    ]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  const linkFor = async (tenant: string) => {
    const response = await fetch(`${base}/api/admin/consent-url?tenant=${tenant}`, {
      headers: { authorization: `Bearer ${operatorKey}` },
    });
    assert.equal(response.status, 200);
    return new URL(((await response.json()) as { url: string }).url);
  };

  /** Entra's redirect back to us after the admin's decision. */
  const callback = async (params: Record<string, string>) => {
    const response = await fetch(
      `${base}/api/admin/consent-callback?${new URLSearchParams(params)}`,
    );
    return { status: response.status, page: await response.text() };
  };

  const statusOf = async (tenant: string) => (await store.tenants.get(tenant))?.status;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-consent-'));
    store = createStore(join(dir, 'ltl.sqlite'));
    await store.migrate();
  });

  afterEach(async () => {
    server?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the operator an Entra admin-consent link for the tenant, and records the tenant as invited', async () => {
    await start(true);
    const link = await linkFor(force.toUpperCase());
    assert.equal(
      link.origin + link.pathname,
      `https://login.microsoftonline.com/${force}/adminconsent`,
    );
    assert.equal(link.searchParams.get('client_id'), settings.appId);
    assert.equal(
      link.searchParams.get('redirect_uri'),
      'https://ltl.example.org/api/admin/consent-callback',
    );
    assert.ok(link.searchParams.get('state'));
    assert.equal(await statusOf(force), 'invited');
    assert.ok(
      (await store.audit.list(force)).some((entry) => entry.action === 'tenant.consent_link'),
    );
  });

  it('refuses the link to anyone without the operator key', async () => {
    await start(true);
    assert.equal((await fetch(`${base}/api/admin/consent-url?tenant=${force}`)).status, 401);
    const wrong = await fetch(`${base}/api/admin/consent-url?tenant=${force}`, {
      headers: { authorization: 'Bearer guess' },
    });
    assert.equal(wrong.status, 403);
    assert.equal(await statusOf(force), undefined);
  });

  it('records the consent from a valid callback and says so', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    const { status, page } = await callback({ admin_consent: 'True', tenant: force, state });
    assert.equal(status, 200);
    assert.match(page, /now enabled for your organisation/);
    assert.equal(await statusOf(force), 'consented');
  });

  it('records a refusal and its reason, and changes no status', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    const { status, page } = await callback({
      error: 'access_denied',
      error_description: 'AADSTS65004: User declined to consent',
      admin_consent: 'False',
      tenant: force,
      state,
    });
    assert.equal(status, 200);
    assert.match(page, /did not grant the permissions \(access_denied\)/);
    assert.doesNotMatch(page, /AADSTS/);
    assert.equal(await statusOf(force), 'invited');
    const refusal = (await store.audit.list(force)).find(
      (entry) => entry.action === 'tenant.consent_refused',
    );
    assert.equal(refusal?.detail.error, 'access_denied');
  });

  it('records a refusal that comes back with only its error and state', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    const { status, page } = await callback({ error: 'consent_required', state });
    assert.equal(status, 200);
    assert.match(page, /did not grant the permissions \(consent_required\)/);
    assert.equal(await statusOf(force), 'invited');
    assert.ok(
      (await store.audit.list(force)).some((entry) => entry.action === 'tenant.consent_refused'),
    );
  });

  it('changes nothing on a consent that does not name its tenant, and the link still works', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    const { status, page } = await callback({ admin_consent: 'True', state });
    assert.equal(status, 400);
    assert.match(page, /does not say which organisation consented/);
    assert.equal(await statusOf(force), 'invited');
    assert.ok(
      !(await store.audit.list(force)).some((entry) => entry.action === 'tenant.consented'),
    );
    const genuine = await callback({ admin_consent: 'True', tenant: force, state });
    assert.equal(genuine.status, 200);
    assert.equal(await statusOf(force), 'consented');
  });

  it('changes nothing on a refusal that names another tenant', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    const { status } = await callback({ error: 'access_denied', tenant: otherForce, state });
    assert.equal(status, 400);
    assert.ok(
      !(await store.audit.list(force)).some((entry) => entry.action === 'tenant.consent_refused'),
    );
  });

  it('changes nothing on a replayed callback', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    await callback({ admin_consent: 'True', tenant: force, state });
    await store.tenants.setStatus(force, 'suspended', 'operator');
    const replay = await callback({ admin_consent: 'True', tenant: force, state });
    assert.equal(replay.status, 400);
    assert.match(replay.page, /already been used/);
    assert.equal(await statusOf(force), 'suspended');
  });

  it('changes nothing on a forged state', async () => {
    await start(true);
    const forged = await createConsentLink(
      store,
      { ...settings, secret: new TextEncoder().encode('someone-elses-secret-thirty-two-bytes') },
      otherForce,
      'attacker',
    );
    const state = new URL(forged.url).searchParams.get('state')!;
    await store.tenants.setStatus(otherForce, 'suspended', 'operator');
    const { status } = await callback({ admin_consent: 'True', tenant: otherForce, state });
    assert.equal(status, 400);
    assert.equal(await statusOf(otherForce), 'suspended');
    assert.equal(
      (await callback({ admin_consent: 'True', tenant: force, state: 'not-a-state' })).status,
      400,
    );
    assert.equal(await statusOf(force), undefined);
  });

  it('changes nothing when the state was made for another tenant', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    const { status } = await callback({ admin_consent: 'True', tenant: otherForce, state });
    assert.equal(status, 400);
    assert.equal(await statusOf(otherForce), undefined);
    assert.equal(await statusOf(force), 'invited');
  });

  it('changes nothing on an expired state', async () => {
    await start(true);
    const old = await createConsentLink(
      store,
      { ...settings, now: () => new Date(Date.now() - 2 * 3_600_000) },
      force,
      'operator',
    );
    const state = new URL(old.url).searchParams.get('state')!;
    const { status, page } = await callback({ admin_consent: 'True', tenant: force, state });
    assert.equal(status, 400);
    assert.match(page, /expired/);
    assert.equal(await statusOf(force), 'invited');
  });

  it('keeps a suspended tenant suspended when its admin consents', async () => {
    await start(true);
    const state = (await linkFor(force)).searchParams.get('state')!;
    await store.tenants.setStatus(force, 'suspended', 'BotDisabledByAdmin');
    const { page } = await callback({ admin_consent: 'True', tenant: force, state });
    assert.match(page, /suspended for your organisation/);
    assert.equal(await statusOf(force), 'suspended');
  });

  it('in local mode explains that consent needs the app identity', async () => {
    await start(false);
    const response = await fetch(`${base}/api/admin/consent-url?tenant=${force}`, {
      headers: { authorization: `Bearer ${operatorKey}` },
    });
    assert.equal(response.status, 501);
    assert.equal(
      (await callback({ admin_consent: 'True', tenant: force, state: 'x' })).status,
      501,
    );
  });
});
