import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { loadConfig } from '../../../src/config';

const envFile = (name: string) =>
  readFileSync(new URL(`../../../env/${name}`, import.meta.url), 'utf8');

describe('the environment files', () => {
  it('env/.env.local runs the service in local mode with the embedded store', () => {
    const config = loadConfig(parse(envFile('.env.local')));
    assert.equal(config.localMode, true);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, './data/ltl.sqlite');
    assert.equal(config.graphBaseUrl, 'https://graph.microsoft.com');
  });

  it('env/.env.dev, once provision has written its ids, configures the bot as SingleTenant', () => {
    const config = loadConfig({
      ...parse(envFile('.env.dev')),
      MICROSOFT_APP_ID: '3f6b1c2d-8e4a-4b7c-9d1e-2a3b4c5d6e7f',
      MICROSOFT_APP_PASSWORD: 'from-the-key-vault',
      MICROSOFT_APP_TENANT_ID: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      PUBLIC_BASE_URL: 'https://app-ltl-ltldev.azurewebsites.net',
    });
    assert.equal(config.localMode, false);
    assert.equal(config.bot?.appType, 'SingleTenant');
    assert.equal(config.publicBaseUrl, 'https://app-ltl-ltldev.azurewebsites.net');
  });

  it('every variable is explained by a comment above it', () => {
    for (const name of ['.env.local', '.env.dev', '.env.dev.user.sample']) {
      const lines = envFile(name).split('\n');
      lines.forEach((line, index) => {
        if (!/^[A-Z][A-Z0-9_]*=/.test(line)) return;
        const above = lines.slice(0, index).reverse();
        const firstNonVariable = above.find((previous) => !/^[A-Z][A-Z0-9_]*=/.test(previous));
        assert.ok(
          firstNonVariable?.startsWith('#'),
          `${name}: ${line.split('=')[0]} has no comment`,
        );
      });
    }
  });

  it('secrets are only in the git-ignored .user files', () => {
    const ignored = readFileSync(new URL('../../../.gitignore', import.meta.url), 'utf8');
    assert.match(ignored, /^env\/\.env\.\*\.user$/m);
    for (const name of ['.env.local', '.env.dev']) {
      const values = parse(envFile(name));
      for (const secret of [
        'MICROSOFT_APP_PASSWORD',
        'OPERATOR_KEY',
        'SECRET_MICROSOFT_APP_PASSWORD',
      ]) {
        assert.ok(!values[secret], `${name} sets ${secret}`);
      }
    }
  });
});
