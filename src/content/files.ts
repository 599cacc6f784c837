import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readContentDocument, type ContentDocument } from './document';
import type { ContentProblem } from './model';
import { displayPath } from './problems';

/** The file system side of loading: reading files and listing folders. */

export async function readDocument(
  file: string,
): Promise<{ document: ContentDocument | null; problems: ContentProblem[] }> {
  try {
    return readContentDocument(displayPath(file), await readFile(file, 'utf8'));
  } catch (error) {
    if (isMissing(error)) {
      return { document: null, problems: [folderProblem(file, 'file', 'missing')] };
    }
    throw error;
  }
}

/** The `.md` files of a folder in name order; other files are problems, a missing folder is none. */
export async function markdownFiles(folder: string, problems: ContentProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await listFolder(folder)) ?? []) {
    if (entry.isFile() && entry.name.endsWith('.md')) files.push(path.join(folder, entry.name));
    else if (!/^[.#]|~$/.test(entry.name)) {
      const message = 'not a Markdown file; name it NN-slug.md or move it out of this folder';
      problems.push(folderProblem(path.join(folder, entry.name), 'file', message));
    }
  }
  return files;
}

export async function listFolder(folder: string) {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** A problem with a folder or a whole file, at its line 1. */
export function folderProblem(file: string, field: string, message: string): ContentProblem {
  return { path: displayPath(file), line: 1, field, message };
}

/** A problem with a body as a whole, at its first line. */
export function bodyProblem(document: ContentDocument, field: string, message: string): ContentProblem {
  return { path: document.path, line: document.bodyLine, field, message };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

