import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { rm } from 'node:fs/promises';
import { copyFixture, fixtures, shown } from './fixtures';

const run = promisify(execFile);

async function validate(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/content-validate.ts',
      dir,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run content:validate', () => {
  it('prints the size of a valid library and succeeds', async () => {
    const result = await validate(path.join(fixtures, 'valid'));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      'content OK: 2 issues, 5 case studies, 11 reflective questions\n' +
        "Welsh: 0 files translated, 0 awaiting a Welsh translator's review (translationReview: needed)\n" +
        'As published: 0 of 2 issues with issue.pdf\n',
    );
  });

  it('counts the Welsh translations and those awaiting a translator’s review', async () => {
    const result = await validate(path.join(fixtures, 'bilingual'));
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^Welsh: 4 files translated, 3 awaiting a Welsh translator's review/m,
    );
  });

  it('prints a warning for a link outside the allowed hosts, and still succeeds', async () => {
    const library = await copyFixture('valid');
    try {
      await rm(path.join(library.dir, 'allowed-hosts.txt'));
      const result = await validate(library.dir);
      assert.equal(result.code, 0, result.stderr);
      const warnings = result.stderr.trim().split('\n');
      assert.equal(warnings.length, 3);
      assert.ok(warnings.every((line) => /^\S+:\d+ \S+: warning: links to example\.org,/.test(line)));
      assert.match(result.stdout, /^3 warnings \(above\)$/m);
    } finally {
      await library.remove();
    }
  });

  it('prints every problem of an invalid library and fails', async () => {
    const result = await validate(path.join(fixtures, 'broken'));
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 30);
    assert.ok(
      lines.includes(
        `${shown('broken/issues/20-pursuits/issue.md')}:4 published: "2024-02-30" is not a real date; write it as YYYY-MM-DD`,
      ),
    );
    assert.equal(lines.at(-1), 'content invalid: 27 problems');
  });
});
