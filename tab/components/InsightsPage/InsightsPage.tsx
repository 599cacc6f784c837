import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import {
  PERIOD_COLUMNS,
  type InsightsView,
  type PeriodUnit,
  type RowFigures,
} from '../../../src/insights/view';
import {
  addMonths,
  addWeeks,
  monthOfWeek,
  weekOf,
  weeksOfMonths,
} from '../../../src/insights/weeks';
import { caseSubPage } from '../../../src/links';
import { ApiError, downloadInsights, getInsights, type InsightsPeriod } from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { Section } from '../Section/Section';
import { TabLink } from '../TabLink/TabLink';
import { ErrorNotice, Loading } from '../Status/Status';
import { FigureTable } from './FigureTable';
import { figureText, useInsightsText, type InsightsKey } from './insightsText';
import { useInsightsPageStyles } from './InsightsPage.styles';

/** React 18 does not know `inert` yet; an empty string sets it on the element. */
const inert = { inert: '' } as Record<string, string>;

/** The chart and its library load only once the figures are on screen. */
const InsightsChart = lazy(() => import('./InsightsChart'));

/** The periods offered, ending with this week or this week's month. */
const PERIODS = [
  { by: 'week', count: 4 },
  { by: 'week', count: 13 },
  { by: 'week', count: 26 },
  { by: 'week', count: 52 },
  { by: 'month', count: 3 },
  { by: 'month', count: 6 },
  { by: 'month', count: 12 },
  { by: 'month', count: 24 },
] as const;
type Choice = (typeof PERIODS)[number];
const choiceKey = (choice: Choice) => `${choice.by}:${choice.count}`;

/** The whole weeks, or months of whole weeks, of a choice, ending with this week or its month. */
function periodOf(
  choice: Choice,
  now: Date,
): InsightsPeriod & { firstWeek: string; lastWeek: string } {
  const thisWeek = weekOf(now);
  if (choice.by === 'week') {
    const from = addWeeks(thisWeek, -(choice.count - 1));
    return { by: 'week', from, to: thisWeek, firstWeek: from, lastWeek: thisWeek };
  }
  const to = monthOfWeek(thisWeek);
  const from = addMonths(to, -(choice.count - 1));
  const weeks = weeksOfMonths(from, to);
  return { by: 'month', from, to, firstWeek: weeks.from, lastWeek: weeks.to };
}

/** Keeps the table when the chart's code cannot be loaded or drawn. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export interface InsightsPageProps {
  inTeams: boolean;
}

/**
 * Insights for a force's learning lead (their force) and the IOPC's editors (every force): each
 * figure in an accessible table, the weekly figures also as a chart beside it, and a download as
 * a workbook or CSV. A figure from fewer than 5 people shows as "fewer than 5".
 */
export default function InsightsPage({ inTeams }: InsightsPageProps) {
  const { language } = useText();
  const text = useInsightsText();
  const styles = useInsightsPageStyles();
  const [choice, setChoice] = useState<Choice>(PERIODS[1]);
  const period = useMemo(() => periodOf(choice, new Date()), [choice]);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const insights = useResource(
    (signal) => getInsights(period, language, inTeams, signal),
    [period.by, period.from, period.to, language, inTeams],
  );
  const t = (key: InsightsKey, values?: Record<string, string | number>) => text.text(key, values);

  const download = (format: 'xlsx' | 'csv') => {
    setDownloadError(null);
    downloadInsights(format, period, language, inTeams).catch((error: unknown) =>
      setDownloadError(error instanceof ApiError ? error : new ApiError(0)),
    );
  };

  return (
    <>
      <PageTitle>{t('insights.title')}</PageTitle>
      <div className={styles.controls}>
        <Field label={t('insights.period')} className={styles.period}>
          <Select
            value={choiceKey(choice)}
            onChange={(_, data) =>
              setChoice(PERIODS.find((option) => choiceKey(option) === data.value) ?? PERIODS[1])
            }
          >
            {PERIODS.map((option) => (
              <option key={choiceKey(option)} value={choiceKey(option)}>
                {t(option.by === 'week' ? 'insights.period.weeks' : 'insights.period.months', {
                  count: option.count,
                })}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => download('xlsx')}>{t('insights.export.xlsx')}</Button>
        <Button onClick={() => download('csv')}>
          {t('insights.export.csv', { by: period.by })}
        </Button>
      </div>
      <p className={styles.note}>
        {period.by === 'week'
          ? t('insights.period.dates', { from: text.date(period.from), to: text.date(period.to) })
          : t('insights.period.monthDates', {
              from: text.month(period.from),
              to: text.month(period.to),
              firstWeek: text.date(period.firstWeek),
              lastWeek: text.date(period.lastWeek),
            })}
      </p>
      {downloadError && <ErrorNotice what={t('insights.export.xlsx')} error={downloadError} />}
      {insights.status === 'loading' && <Loading label={t('insights.loading')} />}
      {insights.status === 'error' &&
        (insights.error.status === 403 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('insights.forbidden')}</MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorNotice what={t('insights.error')} error={insights.error} />
        ))}
      {insights.status === 'ready' && <Figures view={insights.data} />}
    </>
  );
}

function Figures({ view }: { view: InsightsView }) {
  const text = useInsightsText();
  const styles = useInsightsPageStyles();
  const t = (key: InsightsKey, values?: Record<string, string | number>) => text.text(key, values);
  const figure = (value: Parameters<typeof figureText>[0]) => figureText(value, text);
  const forceName = (force: InsightsView['forces'][number]) =>
    force.name ?? t('insights.unnamedForce', { id: force.tenantId });
  const none = <p>{t('insights.none')}</p>;
  return (
    <>
      <p>{t(view.scope === 'all' ? 'insights.intro.all' : 'insights.intro.force')}</p>

      <Section title={t('insights.summary')}>
        <FigureTable
          caption={t('insights.summary')}
          headings={[t('insights.figure'), t('insights.value')]}
          rows={PERIOD_COLUMNS.map((column) => ({
            key: column,
            cells: [t(`insights.column.${column}`), figure(view.total[column])],
          }))}
        />
      </Section>

      {view.by === 'month' ? (
        <PeriodRows
          by="month"
          rows={view.byMonth.map((month) => ({
            ...month,
            key: month.month,
            label: text.month(month.month),
          }))}
        />
      ) : (
        <PeriodRows
          by="week"
          rows={view.byWeek.map((week) => ({
            ...week,
            key: week.week,
            label: text.date(week.week),
          }))}
        />
      )}

      {view.scope === 'all' && (
        <Section title={t('insights.forces')}>
          <FigureTable
            caption={t('insights.forces')}
            headings={[
              t('insights.column.force'),
              ...PERIOD_COLUMNS.map((column) => t(`insights.column.${column}`)),
            ]}
            rows={[
              ...view.forces.map((force) => ({
                key: force.tenantId,
                cells: [forceName(force), ...PERIOD_COLUMNS.map((column) => figure(force[column]))],
              })),
              {
                key: 'all',
                cells: [
                  t('insights.allForces'),
                  ...PERIOD_COLUMNS.map((column) => figure(view.total[column])),
                ],
              },
            ]}
          />
        </Section>
      )}

      <Section title={t('insights.cases')}>
        {view.cases.length === 0 ? (
          none
        ) : (
          <FigureTable
            caption={t('insights.cases')}
            headings={[
              t('insights.column.case'),
              t('insights.column.replies'),
              t('insights.column.reads'),
            ]}
            rows={view.cases.map((row) => ({
              key: row.caseId,
              cells: [
                <TabLink key="case" href={`#${caseSubPage(row.caseId)}`}>
                  {row.title ? `${row.caseId}: ${row.title}` : row.caseId}
                </TabLink>,
                figure(row.replies),
                figure(row.reads),
              ],
            }))}
          />
        )}
      </Section>

      <Section title={t('insights.ratings')}>
        {view.ratings.length === 0 ? (
          none
        ) : (
          <FigureTable
            caption={t('insights.ratings')}
            headings={[
              t('insights.column.item'),
              t('insights.column.ratings'),
              t('insights.column.average'),
            ]}
            rows={view.ratings.map((rating) => ({
              key: rating.item,
              cells: [
                rating.item,
                figure(rating.ratings),
                rating.average === null
                  ? t('insights.fewerThanFive')
                  : new Intl.NumberFormat(text.locale).format(rating.average),
              ],
            }))}
          />
        )}
      </Section>

      <Section title={t('insights.polls')}>
        {view.polls.length === 0
          ? none
          : view.polls.map((poll) => (
              <FigureTable
                key={poll.poll}
                caption={`${t('insights.column.poll')}: ${poll.poll}`}
                headings={[t('insights.column.option'), t('insights.column.votes')]}
                rows={poll.options.map((option) => ({
                  key: option.option,
                  cells: [option.option, figure(option.votes)],
                }))}
              />
            ))}
      </Section>

      {view.scope === 'all' && (
        <Section title={t('insights.comments')}>
          <p>
            <TabLink href="#/comments">{t('insights.comments.manage')}</TabLink>
          </p>
          {view.comments.length === 0 ? (
            none
          ) : (
            <ul>
              {view.comments.map((comment, index) => (
                <li key={index} className={styles.comment}>
                  <strong>{comment.item}</strong>: {comment.comment}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
    </>
  );
}

/** A row of the week-by-week or month-by-month table: its figures and how it is named. */
export interface PeriodRow extends RowFigures {
  key: string;
  label: string;
}

/** The period's figures row by row, as a chart and as the accessible table it pictures. */
function PeriodRows({ by, rows }: { by: PeriodUnit; rows: PeriodRow[] }) {
  const text = useInsightsText();
  const styles = useInsightsPageStyles();
  const t = (key: InsightsKey, values?: Record<string, string | number>) => text.text(key, values);
  const figure = (value: Parameters<typeof figureText>[0]) => figureText(value, text);
  const title = t(by === 'month' ? 'insights.byMonth' : 'insights.byWeek');
  return (
    <Section title={title}>
      <ChartBoundary fallback={<p className={styles.note}>{t('insights.chart.unavailable')}</p>}>
        <Suspense fallback={<Loading label={t('insights.chart.loading')} />}>
          {/* A picture of the table below, which carries the same figures for keyboards and
              screen readers: inert, so the chart's own focus stops are not in the way. */}
          <div className={styles.chart} data-chart={by} aria-hidden="true" {...inert}>
            <InsightsChart by={by} rows={rows} />
          </div>
        </Suspense>
      </ChartBoundary>
      <p className={styles.note}>{t('insights.chart.note', { by })}</p>
      <FigureTable
        caption={title}
        headings={[
          t(by === 'month' ? 'insights.column.month' : 'insights.column.week'),
          t('insights.column.postsDelivered'),
          t('insights.column.postsFailed'),
          t('insights.column.postsDiscussed'),
          t('insights.column.replies'),
          t('insights.column.participants'),
          t('insights.column.reads'),
        ]}
        rows={rows.map((row) => ({
          key: row.key,
          cells: [
            row.label,
            figure(row.postsDelivered),
            figure(row.postsFailed),
            figure(row.postsDiscussed),
            figure(row.replies),
            figure(row.participants),
            figure(row.reads),
          ],
        }))}
      />
    </Section>
  );
}
