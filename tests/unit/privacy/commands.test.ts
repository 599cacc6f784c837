import assert from 'node:assert/strict';
import { parsePrivacyCommand, parseTenantPrivacyCommand } from '../../../src/privacy/index';

const tenant = '0b7e5a44-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const person = '6a1f0c2e-3b4d-4e5f-9a8b-7c6d5e4f3a2b';

describe('privacy commands', () => {
  it('reads an export to stdout or to a file, and an erase', () => {
    assert.deepEqual(parsePrivacyCommand(['export', tenant.toUpperCase(), person]), {
      name: 'export',
      tenantId: tenant,
      objectId: person,
      out: undefined,
    });
    assert.deepEqual(parsePrivacyCommand(['export', tenant, person, '--out', 'subject.json']), {
      name: 'export',
      tenantId: tenant,
      objectId: person,
      out: 'subject.json',
    });
    assert.deepEqual(parsePrivacyCommand(['erase', tenant, person]), {
      name: 'erase',
      tenantId: tenant,
      objectId: person,
    });
  });

  it('refuses anything else with the usage or the id that is wrong', () => {
    const refusals: [string[], RegExp][] = [
      [[], /^usage: npm run privacy/],
      [['delete', tenant, person], /^usage/],
      [['export', tenant], /is not an Entra object id/],
      [['export', 'contoso', person], /"contoso" is not a tenant id/],
      [['erase', tenant, person, '--out', 'x.json'], /^usage/],
      [['export', tenant, person, '--out'], /--out needs a file name/],
      [['export', tenant, person, 'extra'], /^usage/],
    ];
    for (const [args, message] of refusals) {
      assert.throws(() => parsePrivacyCommand(args), { name: 'BadRequest', message });
    }
  });

  it('reads the tenants subcommands it owns and leaves the others alone', () => {
    assert.deepEqual(parseTenantPrivacyCommand(['set-retention', tenant, '18']), {
      name: 'set-retention',
      tenantId: tenant,
      months: 18,
    });
    assert.deepEqual(parseTenantPrivacyCommand(['remove', '--yes', tenant]), {
      name: 'remove',
      tenantId: tenant,
      confirmed: true,
    });
    assert.deepEqual(parseTenantPrivacyCommand(['remove', tenant]), {
      name: 'remove',
      tenantId: tenant,
      confirmed: false,
    });
    assert.equal(parseTenantPrivacyCommand(['list']), undefined);
    assert.equal(parseTenantPrivacyCommand(['suspend', tenant]), undefined);
  });

  it('refuses a retention that is not a whole number of months', () => {
    for (const months of ['0', '-3', '1.5', 'twelve', '121']) {
      assert.throws(() => parseTenantPrivacyCommand(['set-retention', tenant, months]), {
        name: 'BadRequest',
      });
    }
    assert.throws(() => parseTenantPrivacyCommand(['set-retention', tenant]), {
      name: 'BadRequest',
    });
    assert.throws(() => parseTenantPrivacyCommand(['remove']), { name: 'BadRequest' });
  });
});
