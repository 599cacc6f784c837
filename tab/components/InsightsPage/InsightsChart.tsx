import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import type { PeriodUnit } from '../../../src/insights/view';
import type { PeriodRow } from './InsightsPage';
import { useInsightsText } from './insightsText';

export interface InsightsChartProps {
  by: PeriodUnit;
  rows: PeriodRow[];
}

/**
 * Replies and reads by week or month as a bar chart: the figures of the table beside it (a
 * hidden figure is drawn as nothing, as the table shows no number for it). Loaded on demand only.
 */
export default function InsightsChart({ by, rows }: InsightsChartProps) {
  const text = useInsightsText();
  const replies = text.text('insights.column.replies');
  const reads = text.text('insights.column.reads');
  return (
    <GroupedVerticalBarChart
      chartTitle={text.text('insights.chart.title', { by })}
      height={260}
      data={rows.map((row) => ({
        name: row.label,
        series: [
          { key: 'replies', legend: replies, data: row.replies.value ?? 0 },
          { key: 'reads', legend: reads, data: row.reads.value ?? 0 },
        ],
      }))}
    />
  );
}
