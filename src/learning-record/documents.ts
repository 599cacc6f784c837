import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { ContentSnapshot } from '../content';
import { textFor } from '../i18n';
import type { Language } from '../i18n/language';
import { TaggedPdf } from '../publication/tagged-pdf';
import type { LearningEntry } from '../store/types';
import { caseTitle } from './entries';

/** The formats a learning record is exported in. */
export const LEARNING_RECORD_FORMATS = ['pdf', 'docx', 'csv'] as const;

export type LearningRecordFormat = (typeof LEARNING_RECORD_FORMATS)[number];

/** What the document says about whose record it is and what it holds. */
export interface LearningRecordDocumentOptions {
  language: Language;
  /** The officer's name, as their sign-in gives it. */
  name: string;
  /** When the document is made. */
  madeAt: Date;
  /** The days the entries were filtered by (`2026-03-31`), if any. */
  from?: string | undefined;
  to?: string | undefined;
}

/** A document made from a learning record: its bytes, its media type and a file name. */
export interface LearningRecordDocument {
  bytes: Buffer;
  type: string;
  fileName: string;
}

const TYPES: Readonly<Record<LearningRecordFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

/** Word's language tags. */
const WORD_LANGUAGE: Readonly<Record<Language, string>> = { en: 'en-GB', cy: 'cy-GB' };

/** One entry as a document shows it, with its case's title in the reader's language. */
interface DocumentEntry {
  entry: LearningEntry;
  caseTitle: string;
  written: string;
}

/**
 * The officer's learning record as a document to attach to their development review: a tagged
 * PDF (headings, language), a Word document with real headings, or CSV for a spreadsheet. Each
 * holds the case studies' titles, the dates and the officer's own words, newest first.
 */
export async function learningRecordDocument(
  format: LearningRecordFormat,
  entries: readonly LearningEntry[],
  content: ContentSnapshot,
  options: LearningRecordDocumentOptions,
): Promise<LearningRecordDocument> {
  const t = textFor('learning', options.language);
  const rows: DocumentEntry[] = entries.map((entry) => ({
    entry,
    caseTitle:
      caseTitle(content.library, entry.caseId, options.language) ??
      t.text('learning.unknownCase', { caseId: entry.caseId }),
    written: t.dateTime(entry.createdAt.toISOString()),
  }));
  const day = options.madeAt.toISOString().slice(0, 10);
  const fileName = `${t.text('learning.document.filename')}-${day}.${format}`;
  const bytes =
    format === 'pdf'
      ? await pdf(rows, options)
      : format === 'docx'
        ? await word(rows, options)
        : Buffer.from(csv(rows, options), 'utf8');
  return { bytes, type: TYPES[format], fileName };
}

/** The lines before the entries: whose record, when made, the period and the totals. */
function preamble(rows: readonly DocumentEntry[], options: LearningRecordDocumentOptions) {
  const t = textFor('learning', options.language);
  const minutes = rows.reduce((sum, row) => sum + row.entry.minutes, 0);
  return {
    title: t.text('learning.document.title'),
    lines: [
      t.text('learning.document.for', {
        name: options.name,
        date: t.date(options.madeAt.toISOString().slice(0, 10)),
      }),
      ...(options.from || options.to
        ? [
            t.text('learning.document.period', {
              from: options.from ? t.date(options.from) : '…',
              to: options.to ? t.date(options.to) : '…',
            }),
          ]
        : []),
      t.text('learning.document.total', { count: rows.length, minutes }),
      t.text('learning.private'),
    ],
  };
}

async function pdf(
  rows: readonly DocumentEntry[],
  options: LearningRecordDocumentOptions,
): Promise<Buffer> {
  const t = textFor('learning', options.language);
  const { title, lines } = preamble(rows, options);
  const doc = new TaggedPdf({ language: options.language, title, date: options.madeAt });
  doc.kicker(t.text('learning.document.source'));
  doc.heading(1, title);
  for (const line of lines) doc.paragraph(line);
  for (const row of rows) {
    doc.rule();
    doc.heading(2, row.caseTitle);
    doc.paragraph(
      `${t.text('learning.document.case', { caseId: row.entry.caseId })} · ${t.text('learning.written', { date: row.written })} · ${t.text('learning.minutes', { minutes: row.entry.minutes })}`,
      { subtle: true },
    );
    doc.heading(3, t.text('learning.reflection'));
    doc.paragraph(row.entry.reflection);
    doc.heading(3, t.text('learning.application'));
    doc.paragraph(row.entry.application || t.text('learning.noApplication'));
  }
  return doc.finish((page, count) => t.text('learning.document.footer', { page, count }));
}

async function word(
  rows: readonly DocumentEntry[],
  options: LearningRecordDocumentOptions,
): Promise<Buffer> {
  const t = textFor('learning', options.language);
  const { title, lines } = preamble(rows, options);
  const paragraphs = (text: string) =>
    text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] }));
  const children: Paragraph[] = [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    ...lines.map((line) => new Paragraph({ text: line })),
  ];
  for (const row of rows) {
    children.push(
      new Paragraph({ text: row.caseTitle, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun({
            text: `${t.text('learning.document.case', { caseId: row.entry.caseId })} · ${t.text('learning.written', { date: row.written })} · ${t.text('learning.minutes', { minutes: row.entry.minutes })}`,
            italics: true,
          }),
        ],
      }),
      new Paragraph({ text: t.text('learning.reflection'), heading: HeadingLevel.HEADING_3 }),
      ...paragraphs(row.entry.reflection),
      new Paragraph({ text: t.text('learning.application'), heading: HeadingLevel.HEADING_3 }),
      ...paragraphs(row.entry.application || t.text('learning.noApplication')),
    );
  }
  const section: ISectionOptions = { children };
  const document = new Document({
    title,
    creator: 'Learning the Lessons',
    description: t.text('learning.document.source'),
    styles: {
      default: { document: { run: { language: { value: WORD_LANGUAGE[options.language] } } } },
    },
    sections: [section],
  });
  return Packer.toBuffer(document);
}

/**
 * A spreadsheet cell: quoted when it holds a comma, quote or line break; text a spreadsheet
 * would run as a formula (starting `=`, `+`, `-`, `@`, or a tab or carriage return) starts with
 * `'` so it stays text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly DocumentEntry[], options: LearningRecordDocumentOptions): string {
  const t = textFor('learning', options.language);
  const header = [
    t.text('learning.csv.written'),
    t.text('learning.csv.changed'),
    t.text('learning.csv.caseId'),
    t.text('learning.csv.caseTitle'),
    t.text('learning.reflection'),
    t.text('learning.application'),
    t.text('learning.csv.minutes'),
  ];
  const lines = rows.map((row) =>
    [
      row.entry.createdAt.toISOString(),
      row.entry.updatedAt.toISOString(),
      row.entry.caseId,
      row.caseTitle,
      row.entry.reflection,
      row.entry.application,
      row.entry.minutes,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}
