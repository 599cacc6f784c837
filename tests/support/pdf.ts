/** A PDF as a reader's software sees it, read back with PDF.js (the tab's viewer). */
export interface ReadPdf {
  pageCount: number;
  title: string | undefined;
  /** The document's language (`/Lang`). */
  language: string | undefined;
  /** Whether it is a tagged PDF (`/MarkInfo /Marked true`). */
  tagged: boolean;
  /** Each page's text, its pieces joined by spaces, in reading order. */
  pages: string[];
  /** Each page's size in points, width by height (A4 is 595 by 842). */
  sizes: [number, number][];
  /** Each page's structure tree as `Role[lang]` lines, indented by depth. */
  structure: string[][];
}

interface StructNode {
  role?: string;
  lang?: string;
  children?: StructNode[];
}

function flatten(node: StructNode | null, depth = 0, lines: string[] = []): string[] {
  if (!node) return lines;
  if (node.role)
    lines.push(`${'  '.repeat(depth)}${node.role}${node.lang ? `[${node.lang}]` : ''}`);
  for (const child of node.children ?? []) flatten(child, node.role ? depth + 1 : depth, lines);
  return lines;
}

/**
 * Reads a PDF's pages, text, metadata and structure tree. PDF.js is imported when first used:
 * its module waits at the top level, which would change how a test file importing it is loaded.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  try {
    const pdf = await task.promise;
    const metadata = await pdf.getMetadata();
    const info = metadata.info as { Title?: string; Language?: string };
    const pages: string[] = [];
    const sizes: [number, number][] = [];
    const structure: string[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      sizes.push([
        Math.round(page.view[2]! - page.view[0]!),
        Math.round(page.view[3]! - page.view[1]!),
      ]);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      structure.push(flatten((await page.getStructTree()) as StructNode | null));
    }
    return {
      pageCount: pdf.numPages,
      title: info.Title,
      language: info.Language,
      tagged: (await pdf.getMarkInfo())?.Marked === true,
      pages,
      sizes,
      structure,
    };
  } finally {
    await task.destroy();
  }
}
