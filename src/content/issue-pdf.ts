import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { folderProblem } from './files';
import type { ContentProblem, PublishedPdf } from './model';

/** The issue as published, beside `issue.md` in its pack. */
export const PUBLISHED_PDF_FILE = 'issue.pdf';

/**
 * Checks a pack's `issue.pdf`: a PDF that PDF.js (the tab's viewer) can open, and its page count,
 * size and a strong `ETag` of its bytes. A file that is missing is no problem (the pack has no
 * PDF); one that cannot be read as a PDF is.
 */
export async function readPublishedPdf(
  file: string,
): Promise<{ pdf: PublishedPdf | null; problems: ContentProblem[] }> {
  let bytes: Buffer;
  let modifiedMs: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { pdf: null, problems: [notAPdf(file)] };
    bytes = await readFile(file);
    modifiedMs = info.mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { pdf: null, problems: [] };
    throw error;
  }
  const pageCount = await countPages(bytes);
  if (pageCount === undefined) return { pdf: null, problems: [notAPdf(file)] };
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  const pdf = { file: path.resolve(file), pageCount, bytes: bytes.length, modifiedMs, etag };
  return { pdf, problems: [] };
}

/** The page count PDF.js reads, or undefined when it cannot open the bytes as a PDF. */
async function countPages(bytes: Buffer): Promise<number | undefined> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1) return undefined;
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: true,
  });
  try {
    const document = await task.promise;
    return document.numPages > 0 ? document.numPages : undefined;
  } catch {
    return undefined;
  } finally {
    await task.destroy();
  }
}

function notAPdf(file: string): ContentProblem {
  return folderProblem(
    file,
    'file',
    'not a PDF that can be opened; export the issue again as a PDF, or remove the file',
  );
}
