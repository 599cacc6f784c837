import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config';
import { AppError } from '../../../src/errors';

const deployed = {
  MICROSOFT_APP_ID: '5e0a0000-0000-4000-8000-0000000000a9',
  MICROSOFT_APP_PASSWORD: 'a-client-secret-from-the-vault',
  MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
  DATABASE_URL: 'postgres://ltl_app:secret@db.example:5432/ltl',
  OPERATOR_KEY: 'an-operator-key-of-forty-characters-0123',
};
const reference =
  '@Microsoft.KeyVault(SecretUri=https://kv-ltl-ltlprod.vault.azure.net/secrets/operator-key/)';

/** The error `loadConfig` throws for an environment (fails the test if it starts). */
function refusal(environment: Record<string, string>): AppError {
  try {
    loadConfig(environment);
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.name, 'Misconfigured');
    return error;
  }
  assert.fail('the configuration was accepted');
}

describe('the configuration', () => {
  it('starts with the values App Service resolved from the Key Vault', () => {
    const config = loadConfig(deployed);
    assert.equal(config.operatorKey, deployed.OPERATOR_KEY);
    assert.equal(config.databaseUrl, deployed.DATABASE_URL);
  });

  for (const variable of ['OPERATOR_KEY', 'MICROSOFT_APP_PASSWORD', 'DATABASE_URL'] as const) {
    it(`refuses to start while ${variable} is still an unresolved Key Vault reference`, () => {
      const error = refusal({ ...deployed, [variable]: reference });
      assert.match(error.message, new RegExp(`^${variable} is still a Key Vault reference`));
      assert.equal(error.message.split('. ').length, 1, 'one sentence');
    });
  }

  it('refuses an unresolved reference in any variable, in any spelling', () => {
    const error = refusal({
      ...deployed,
      CONSENT_STATE_SECRET: ' @microsoft.keyvault(VaultName=kv;SecretName=consent)',
    });
    assert.match(error.message, /^CONSENT_STATE_SECRET is still a Key Vault reference/);
  });

  it('refuses an operator key shorter than 32 characters, without repeating it', () => {
    const error = refusal({ ...deployed, OPERATOR_KEY: 'short-but-not-empty-key-31-char' });
    assert.match(error.message, /^OPERATOR_KEY must be at least 32 characters/);
    assert.doesNotMatch(error.message, /short-but-not-empty/);
    assert.equal(
      loadConfig({ ...deployed, OPERATOR_KEY: 'x'.repeat(32) }).operatorKey,
      'x'.repeat(32),
    );
  });

  it('takes a migration role for the same PostgreSQL database, and nothing else', () => {
    const migrationUrl = 'postgres://ltladmin:admin-secret@db.example/ltl';
    const config = loadConfig({ ...deployed, DATABASE_MIGRATION_URL: migrationUrl });
    assert.equal(config.databaseMigrationUrl, migrationUrl);
    assert.equal(loadConfig(deployed).databaseMigrationUrl, undefined);
    assert.match(
      refusal({ ...deployed, DATABASE_MIGRATION_URL: 'postgres://ltladmin:x@other.example/ltl' })
        .message,
      /^DATABASE_MIGRATION_URL must name the same server and database as DATABASE_URL/,
    );
    const sqlite = refusal({
      ...deployed,
      DATABASE_URL: './data/ltl.sqlite',
      DATABASE_MIGRATION_URL: migrationUrl,
    });
    assert.match(sqlite.message, /^DATABASE_MIGRATION_URL is for PostgreSQL only/);
    assert.doesNotMatch(sqlite.message, /admin-secret/);
  });

  it('keeps local mode as it is: no operator key, a SQLite file', () => {
    const config = loadConfig({});
    assert.equal(config.localMode, true);
    assert.equal(config.operatorKey, undefined);
    assert.equal(config.databaseUrl, './data/ltl.sqlite');
  });
});
