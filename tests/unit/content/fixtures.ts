import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixture libraries of tests/fixtures/content. */
export const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/content',
);

/** A fixture's path as problems show it (relative to the working directory). */
export function shown(...segments: string[]): string {
  return path.relative(process.cwd(), path.join(fixtures, ...segments)).split(path.sep).join('/');
}

/** A writable copy of a fixture library in a fresh temp folder; `remove` deletes it. */
export async function copyFixture(name: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'ltl-content-'));
  const dir = path.join(root, name);
  await cp(path.join(fixtures, name), dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}
