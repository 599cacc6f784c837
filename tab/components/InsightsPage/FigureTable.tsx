import type { ReactNode } from 'react';
import { useInsightsPageStyles } from './InsightsPage.styles';

export interface FigureTableProps {
  /** What the table shows (its caption, read first by screen readers). */
  caption: string;
  headings: string[];
  /** Each row's cells: the first is the row's header (a week, a force, a case). */
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A table of figures as plain HTML (Fluent's look, from its tokens): column and row headers,
 * numbers aligned for comparison; it scrolls sideways when narrow.
 */
export function FigureTable({ caption, headings, rows }: FigureTableProps) {
  const styles = useInsightsPageStyles();
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading, index) => (
              <th
                key={heading}
                scope="col"
                className={index === 0 ? styles.headCell : styles.headNumber}
              >
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={styles.row}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={styles.rowHeader}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={styles.number}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
