import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { PERIOD_COLUMNS, type InsightsView } from '../../../src/insights/view';
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

/** The periods offered, in whole weeks ending with this one. */
const PERIODS = [4, 13, 26, 52] as const;

/** The Monday (UTC) of the week of `at`, `weeks` weeks on. */
function monday(at: Date, weeks = 0): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + weeks * 7);
  return day.toISOString().slice(0, 10);
}

function periodOf(weeks: number, now: Date): InsightsPeriod {
  return { from: monday(now, -(weeks - 1)), to: monday(now) };
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
  const [weeks, setWeeks] = useState<number>(13);
  const period = useMemo(() => periodOf(weeks, new Date()), [weeks]);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const insights = useResource(
    (signal) => getInsights(period, language, inTeams, signal),
    [period.from, period.to, language, inTeams],
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
          <Select value={String(weeks)} onChange={(_, data) => setWeeks(Number(data.value))}>
            {PERIODS.map((count) => (
              <option key={count} value={count}>
                {t('insights.period.weeks', { count })}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => download('xlsx')}>{t('insights.export.xlsx')}</Button>
        <Button onClick={() => download('csv')}>{t('insights.export.csv')}</Button>
      </div>
      <p className={styles.note}>
        {t('insights.period.dates', { from: text.date(period.from), to: text.date(period.to) })}
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

      <Section title={t('insights.byWeek')}>
        <ChartBoundary fallback={<p className={styles.note}>{t('insights.chart.unavailable')}</p>}>
          <Suspense fallback={<Loading label={t('insights.chart.loading')} />}>
            {/* A picture of the table below, which carries the same figures for keyboards and
                screen readers: inert, so the chart's own focus stops are not in the way. */}
            <div className={styles.chart} data-chart="weeks" aria-hidden="true" {...inert}>
              <InsightsChart weeks={view.byWeek} />
            </div>
          </Suspense>
        </ChartBoundary>
        <p className={styles.note}>{t('insights.chart.note')}</p>
        <FigureTable
          caption={t('insights.byWeek')}
          headings={[
            t('insights.column.week'),
            t('insights.column.postsDelivered'),
            t('insights.column.postsFailed'),
            t('insights.column.postsDiscussed'),
            t('insights.column.replies'),
            t('insights.column.participants'),
            t('insights.column.reads'),
          ]}
          rows={view.byWeek.map((week) => ({
            key: week.week,
            cells: [
              text.date(week.week),
              figure(week.postsDelivered),
              figure(week.postsFailed),
              figure(week.postsDiscussed),
              figure(week.replies),
              figure(week.participants),
              figure(week.reads),
            ],
          }))}
        />
      </Section>

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
