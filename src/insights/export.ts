import ExcelJS from 'exceljs';
import { textFor, type MessageKey, type MessageValues } from '../i18n';
import type { Language } from '../i18n/language';
import { PERIOD_COLUMNS, type Figure, type InsightsView, type RowFigures } from './view';

type InsightsText = (key: MessageKey<'insights'>, values?: MessageValues) => string;
type Cell = string | number;

/** One table of the insights: a name, its headings and its rows. */
interface Table {
  name: string;
  headings: string[];
  rows: Cell[][];
}

/** A figure as a cell: its number, "fewer than 5", or its number with the note that some are left out. */
function cellOf(figure: Figure, text: InsightsText): Cell {
  if (figure.value === null) return text('insights.fewerThanFive');
  if (figure.partial) return text('insights.partial', { value: figure.value });
  return figure.value;
}

/**
 * The tables of an insights view, in the reader's language: the same figures the tab shows, the
 * period's table first (month by month, then week by week, when asked for by month).
 */
export function insightsTables(view: InsightsView, language: Language): Table[] {
  const translator = textFor('insights', language);
  const text: InsightsText = (key, values) => translator.text(key, values);
  const forceName = (force: InsightsView['forces'][number]) =>
    force.name ?? text('insights.unnamedForce', { id: force.tenantId });
  const rowHeadings = [
    text('insights.column.postsDelivered'),
    text('insights.column.postsFailed'),
    text('insights.column.postsDiscussed'),
    text('insights.column.replies'),
    text('insights.column.participants'),
    text('insights.column.reads'),
  ];
  const rowCells = (row: RowFigures): Cell[] => [
    cellOf(row.postsDelivered, text),
    cellOf(row.postsFailed, text),
    cellOf(row.postsDiscussed, text),
    cellOf(row.replies, text),
    cellOf(row.participants, text),
    cellOf(row.reads, text),
  ];
  const byWeek: Table = {
    name: text('insights.byWeek'),
    headings: [text('insights.column.week'), ...rowHeadings],
    rows: view.byWeek.map((week) => [week.week, ...rowCells(week)]),
  };
  const byMonth: Table = {
    name: text('insights.byMonth'),
    headings: [
      text('insights.column.month'),
      text('insights.column.firstWeek'),
      text('insights.column.lastWeek'),
      ...rowHeadings,
    ],
    rows: view.byMonth.map((month) => [month.month, month.from, month.to, ...rowCells(month)]),
  };
  const tables: Table[] = [
    ...(view.by === 'month' ? [byMonth] : []),
    byWeek,
    {
      name: text('insights.forces'),
      headings: [
        text('insights.column.force'),
        ...PERIOD_COLUMNS.map((column) => text(`insights.column.${column}`)),
      ],
      rows: [
        ...view.forces.map((force) => [
          forceName(force),
          ...PERIOD_COLUMNS.map((column) => cellOf(force[column], text)),
        ]),
        ...(view.scope === 'all'
          ? [
              [
                text('insights.allForces'),
                ...PERIOD_COLUMNS.map((column) => cellOf(view.total[column], text)),
              ],
            ]
          : []),
      ],
    },
    {
      name: text('insights.cases'),
      headings: [
        text('insights.column.case'),
        text('insights.column.replies'),
        text('insights.column.reads'),
      ],
      rows: view.cases.map((row) => [
        row.title ? `${row.caseId} ${row.title}` : row.caseId,
        cellOf(row.replies, text),
        cellOf(row.reads, text),
      ]),
    },
    {
      name: text('insights.ratings'),
      headings: [
        text('insights.column.item'),
        text('insights.column.ratings'),
        text('insights.column.average'),
      ],
      rows: view.ratings.map((rating) => [
        rating.item,
        cellOf(rating.ratings, text),
        rating.average ?? text('insights.fewerThanFive'),
      ]),
    },
    {
      name: text('insights.polls'),
      headings: [
        text('insights.column.poll'),
        text('insights.column.option'),
        text('insights.column.votes'),
      ],
      rows: view.polls.flatMap((poll) =>
        poll.options.map((option) => [poll.poll, option.option, cellOf(option.votes, text)]),
      ),
    },
  ];
  if (view.scope === 'all') {
    tables.push({
      name: text('insights.comments'),
      headings: [text('insights.column.item'), text('insights.column.comment')],
      rows: view.comments.map((comment) => [comment.item, comment.comment]),
    });
  }
  return tables;
}

/** A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return) is kept as text. */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const value = safeText(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The week-by-week (or month-by-month) table as CSV (RFC 4180, CRLF, with a byte-order mark so
 * Excel reads UTF-8).
 */
export function insightsCsv(view: InsightsView, language: Language): string {
  const [period] = insightsTables(view, language);
  const lines = [period!.headings, ...period!.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every table of the insights as a sheet of an Excel workbook. */
export async function insightsWorkbook(view: InsightsView, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Learning the Lessons';
  for (const table of insightsTables(view, language)) {
    const sheet = workbook.addWorksheet(table.name.replace(/[*?:\\/[\]]/g, '').slice(0, 31));
    sheet.addRow(table.headings).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell)));
    }
    sheet.columns.forEach((column) => {
      column.width = 22;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
