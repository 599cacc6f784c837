import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Language } from '../i18n/language';

/**
 * An accessible A4 PDF written from the top down: every piece of text is tagged in the PDF's
 * structure tree (headings, paragraphs, lists) with its language, the document has a title and a
 * language, and what only decorates (rules, box borders, the running footer) is marked as an
 * artifact, so a screen reader reads the text in order and nothing else. Black text on white, and
 * no meaning carried by colour, so it prints legibly in black and white. Noto Sans (embedded,
 * subset) has every Welsh letter (ŵ, ŷ).
 */

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic:
    require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
} as const;

type FontName = keyof typeof FONT_FILES;

/** The language tag a PDF (and each of its parts) is marked with. */
const PDF_LANGUAGE: Readonly<Record<Language, string>> = { en: 'en-GB', cy: 'cy' };

const MARGIN = 50;
const TOP_MARGIN = 42;
/** Where the running footer sits, above the bottom edge; the text ends above it. */
const FOOTER_FROM_BOTTOM = 34;
const FOOTER_SPACE = 60;
const INK = '#000000';
const SUBTLE_INK = '#333333';

/** Type sizes, in points. */
const SIZE = { body: 10.5, small: 8.5 } as const;
const HEADING_SIZES = { 1: 20, 2: 14, 3: 12, 4: 10.5 } as const;

export interface TaggedPdfOptions {
  /** The language of the document as a whole. */
  language: Language;
  /** The document's title, which viewers show instead of the file name. */
  title: string;
  /** The date the document is dated with (so the same content always makes the same file). */
  date: Date;
}

/** Text options: the language of a part in another language than the document's. */
export interface PartOptions {
  language?: Language;
}

/** A tagged A4 document, written part by part, then `finish`ed into bytes. */
export class TaggedPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;

  constructor(options: TaggedPdfOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: TOP_MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_SPACE },
      pdfVersion: '1.7',
      tagged: true,
      lang: PDF_LANGUAGE[options.language],
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: options.title,
        Author: 'Learning the Lessons',
        Creator: 'Learning the Lessons',
        CreationDate: options.date,
      },
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    for (const [name, file] of Object.entries(FONT_FILES)) this.doc.registerFont(name, file);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.use('regular', SIZE.body);
  }

  /** The pages written so far: the last is the one being written. */
  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** A small line above the title, such as where the document comes from. */
  kicker(text: string, options: PartOptions = {}): void {
    this.tagged('P', options, () => {
      this.use('regular', SIZE.small, SUBTLE_INK);
      this.doc.text(text);
      this.doc.moveDown(0.4);
    });
  }

  /** A heading: 1 the document's title, 2 a section, 3 and 4 parts within it. */
  heading(level: 1 | 2 | 3 | 4, text: string, options: PartOptions = {}): void {
    const size = HEADING_SIZES[level];
    if (level > 1) this.doc.moveDown(level === 2 ? 0.7 : 0.4);
    this.keepWithNext(text, size);
    this.tagged(`H${level}`, options, () => {
      this.use('bold', size);
      this.doc.text(text);
      this.doc.moveDown(level === 1 ? 0.3 : 0.15);
    });
  }

  /** A paragraph of body text; `subtle` for a note about the text rather than the text. */
  paragraph(text: string, options: PartOptions & { subtle?: boolean } = {}): void {
    this.tagged('P', options, () => {
      if (options.subtle) this.use('italic', SIZE.body, SUBTLE_INK);
      else this.use('regular', SIZE.body);
      this.doc.text(text);
      this.doc.moveDown(0.5);
    });
  }

  /** A list, with bullets or numbered from 1; each item a list item of the structure tree. */
  list(items: readonly string[], options: PartOptions & { numbered?: boolean } = {}): void {
    const list = this.doc.struct('L', this.languageOf(options));
    this.root.add(list);
    this.use('regular', SIZE.body);
    this.doc.list([...items], {
      structParent: list,
      listType: options.numbered ? 'numbered' : 'bullet',
      bulletRadius: 2,
      bulletIndent: 0,
      textIndent: 16,
      paragraphGap: 3,
    });
    list.end();
    this.doc.moveDown(0.4);
  }

  /**
   * Text in a ruled box with its label in bold before it (`Content warning: …`): read as one
   * paragraph, the box an artifact. `weight` thickens the rule for what must not be missed.
   */
  box(label: string, text: string, options: PartOptions & { weight?: number } = {}): void {
    const padding = 6;
    const width = this.doc.page.width - MARGIN * 2;
    this.use('bold', SIZE.body);
    const labelText = text === '' ? label : `${label} `;
    const height =
      this.doc.heightOfString(labelText + text, { width: width - padding * 2 }) + padding * 2;
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage();
    const top = this.doc.y;
    this.artifact(() => {
      this.doc
        .lineWidth(options.weight ?? 1)
        .strokeColor(INK)
        .rect(MARGIN, top, width, height)
        .stroke();
    });
    this.tagged('P', options, () => {
      this.use('bold', SIZE.body);
      this.doc.text(labelText, MARGIN + padding, top + padding, {
        width: width - padding * 2,
        continued: text !== '',
      });
      if (text !== '') {
        this.use('regular', SIZE.body);
        this.doc.text(text);
      }
    });
    this.doc.x = MARGIN;
    this.doc.y = top + height;
    this.doc.moveDown(0.6);
  }

  /** A horizontal rule (an artifact), to set parts apart. */
  rule(): void {
    const y = this.doc.y + 2;
    this.artifact(() => {
      this.doc
        .lineWidth(0.5)
        .strokeColor(INK)
        .moveTo(MARGIN, y)
        .lineTo(this.doc.page.width - MARGIN, y)
        .stroke();
    });
    this.doc.y = y + 6;
  }

  /** Continues on a new page. */
  newPage(): void {
    this.doc.addPage();
  }

  /**
   * Writes the running footer on every page (an artifact: not read out with the text), then the
   * file. `footer` says what a page's footer reads, from its number and the page count.
   */
  async finish(footer: (page: number, count: number) => string): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.artifact(() => {
        this.use('regular', SIZE.small, SUBTLE_INK);
        this.doc.text(footer(index + 1, count), MARGIN, this.doc.page.height - FOOTER_FROM_BOTTOM, {
          width: this.doc.page.width - MARGIN * 2,
          align: 'center',
          lineBreak: false,
        });
      });
      this.doc.page.margins.bottom = bottom;
    }
    this.root.end();
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }

  /** Starts a heading on the next page when it and two lines of what follows would not fit. */
  private keepWithNext(text: string, size: number): void {
    this.use('bold', size);
    const needed =
      this.doc.heightOfString(text) + this.doc.currentLineHeight(true) * 2 + SIZE.body * 2;
    if (this.doc.y + needed > this.doc.page.maxY()) this.doc.addPage();
  }

  private tagged(type: string, options: PartOptions, write: () => void): void {
    this.root.add(this.doc.struct(type, this.languageOf(options), write));
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private languageOf(options: PartOptions): PDFKit.Mixins.StructureElementOptions {
    return options.language ? { lang: PDF_LANGUAGE[options.language] } : {};
  }

  private use(font: FontName, size: number, colour: string = INK): void {
    this.doc.font(font).fontSize(size).fillColor(colour);
  }
}
