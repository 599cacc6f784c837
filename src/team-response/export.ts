import ExcelJS from 'exceljs';
import type { Library } from '../content/model';
import { textFor, type Language } from '../i18n';
import type { ForceResponsesView } from './views';

/** The rows a force's export holds, each with the same columns in the CSV. */
interface ExportRows {
  headings: string[];
  conclusions: string[][];
  actions: string[][];
  force: string[][];
}

/** Everything in the force view as rows of text, headed in the reader's language. */
function exportRows(view: ForceResponsesView, library: Library, language: Language): ExportRows {
  const t = textFor('response', language);
  const title = (caseId: string) => library.caseStudy(caseId)?.title ?? '';
  const question = (caseId: string, index: number | null) =>
    index === null
      ? t.text('response.wholeCase')
      : (library.caseStudy(caseId)?.questions[index]?.text ?? '');
  const team = (name: string | null) => name ?? t.text('response.unnamedTeam');
  const headings = [
    'response.export.kind',
    'response.export.case',
    'response.export.caseTitle',
    'response.export.team',
    'response.export.question',
    'response.export.text',
    'response.export.assignee',
    'response.export.due',
    'response.export.status',
    'response.export.updated',
  ] as const;
  return {
    headings: headings.map((key) => t.text(key)),
    conclusions: view.teams.flatMap((response) =>
      response.conclusions.map((conclusion) => [
        t.text('response.export.kindConclusion'),
        response.caseId,
        title(response.caseId),
        team(response.team.name),
        question(response.caseId, conclusion.question),
        conclusion.text,
        '',
        '',
        '',
        response.updatedAt,
      ]),
    ),
    actions: view.teams.flatMap((response) =>
      response.actions.map((action) => [
        t.text('response.export.kindAction'),
        response.caseId,
        title(response.caseId),
        team(response.team.name),
        '',
        action.description,
        action.assignee?.name ?? '',
        action.dueOn ?? '',
        t.text(`response.status.${action.status}`),
        response.updatedAt,
      ]),
    ),
    force: view.force.map((response) => [
      t.text('response.export.kindForce'),
      response.caseId,
      title(response.caseId),
      '',
      '',
      response.change,
      response.owner,
      response.dueOn ?? '',
      '',
      response.updatedAt,
    ]),
  };
}

/**
 * A cell as CSV: always quoted, quotes doubled, and text a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) kept as text with a leading `'`.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The force's responses as CSV (UTF-8 with a byte-order mark, so Excel reads Welsh letters). */
export function forceResponsesCsv(
  view: ForceResponsesView,
  library: Library,
  language: Language,
): Buffer {
  const rows = exportRows(view, library, language);
  const lines = [rows.headings, ...rows.force, ...rows.conclusions, ...rows.actions].map((row) =>
    row.map(csvCell).join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The force's responses as an Excel workbook: one sheet each for the force's own response, the
 * teams' conclusions and their actions, with a bold frozen heading row and filters.
 */
export async function forceResponsesWorkbook(
  view: ForceResponsesView,
  library: Library,
  language: Language,
): Promise<Buffer> {
  const t = textFor('response', language);
  const rows = exportRows(view, library, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Learning the Lessons';
  const sheets: [string, string[][]][] = [
    [t.text('response.export.force'), rows.force],
    [t.text('response.export.conclusions'), rows.conclusions],
    [t.text('response.export.actions'), rows.actions],
  ];
  for (const [name, body] of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(rows.headings).font = { bold: true };
    sheet.addRows(body);
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: rows.headings.length },
    };
    sheet.columns.forEach((column, index) => {
      column.width = index === 5 ? 60 : index === 2 || index === 4 ? 40 : 16;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
