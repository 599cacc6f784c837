import {
  GlobalWorkerOptions,
  getDocument,
  TextLayer,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * PDF.js in the tab, in this view's own chunk (the tab's first script never carries it). The
 * legacy build runs in the older browsers and web views Teams may use; its worker is a file of
 * its own that the tab's build copies beside the bundle (`PDF_WORKER_URL`).
 */

declare const PDF_WORKER_URL: string;
GlobalWorkerOptions.workerSrc = PDF_WORKER_URL;

const documents = new Map<string, Promise<PDFDocumentProxy>>();

/**
 * The size of each part PDF.js asks for: half its default, so a page of a large issue arrives
 * after fewer bytes, and a PDF from 64 KiB up is read by parts.
 */
const RANGE_CHUNK_BYTES = 32 * 1024;

/**
 * An issue's PDF, opened once per tab: PDF.js fetches the parts a page needs with HTTP range
 * requests rather than the whole file (the service answers them; the browser revalidates its
 * copy by ETag). No `eval`, so a strict content security policy holds.
 */
export function openDocument(url: string): Promise<PDFDocumentProxy> {
  let opened = documents.get(url);
  if (!opened) {
    opened = getDocument({
      url,
      isEvalSupported: false,
      disableAutoFetch: true,
      disableStream: true,
      rangeChunkSize: RANGE_CHUNK_BYTES,
    }).promise;
    opened.catch(() => documents.delete(url));
    documents.set(url, opened);
  }
  return opened;
}

/** The natural width of a page, in CSS pixels at 100%. */
export async function pageWidth(document: PDFDocumentProxy, page: number): Promise<number> {
  return (await document.getPage(page)).getViewport({ scale: 1 }).width;
}

/** A page being drawn; `cancel` stops it when the reader moves on first. */
export interface PageDrawing {
  done: Promise<void>;
  cancel(): void;
}

/**
 * Draws a page at a scale: the picture on the canvas (sharp on high-density screens) and, over
 * it, the text layer of transparent, positioned text that can be selected, found with the
 * browser's find and read by a screen reader.
 */
export function drawPage(
  document: PDFDocumentProxy,
  pageNumber: number,
  scale: number,
  parts: { frame: HTMLElement; canvas: HTMLCanvasElement; text: HTMLElement },
): PageDrawing {
  let cancelled = false;
  const cancels: (() => void)[] = [];
  const done = (async () => {
    const page = await document.getPage(pageNumber);
    if (cancelled) return;
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const { frame, canvas, text } = parts;
    frame.style.width = `${Math.floor(viewport.width)}px`;
    frame.style.height = `${Math.floor(viewport.height)}px`;
    frame.style.setProperty('--scale-factor', String(scale));
    frame.style.setProperty('--total-scale-factor', String(scale));
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const picture = page.render({
      canvas,
      canvasContext: canvas.getContext('2d')!,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    });
    cancels.push(() => picture.cancel());
    text.replaceChildren();
    const layer = new TextLayer({
      textContentSource: page.streamTextContent(),
      container: text,
      viewport,
    });
    cancels.push(() => layer.cancel());
    await Promise.all([picture.promise, layer.render()]);
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      for (const cancel of cancels) cancel();
    },
  };
}
