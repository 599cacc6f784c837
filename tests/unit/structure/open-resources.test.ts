import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

describe('a test run that leaves something open', () => {
  it('fails, naming what was left open, instead of hanging', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/mocha/bin/mocha.js', 'tests/fixtures/leaky/leaves-a-server-open.ts'],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TEST_DATABASE_URL: '' } },
    );
    assert.equal(run.signal, null, 'the run ended by itself');
    assert.notEqual(run.status, 0);
    assert.match(run.stdout, /left these open.*TCPServerWrap/);
  });
});
