import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import type { WeekInsights } from '../../../src/insights/view';
import { useInsightsText } from './insightsText';

export interface InsightsChartProps {
  weeks: WeekInsights[];
}

/**
 * Replies and reads by week as a bar chart: the figures of the "Week by week" table beside it (a
 * hidden figure is drawn as nothing, as the table shows no number for it). Loaded on demand only.
 */
export default function InsightsChart({ weeks }: InsightsChartProps) {
  const text = useInsightsText();
  const replies = text.text('insights.column.replies');
  const reads = text.text('insights.column.reads');
  return (
    <GroupedVerticalBarChart
      chartTitle={text.text('insights.chart.title')}
      height={260}
      data={weeks.map((week) => ({
        name: text.date(week.week),
        series: [
          { key: 'replies', legend: replies, data: week.replies.value ?? 0 },
          { key: 'reads', legend: reads, data: week.reads.value ?? 0 },
        ],
      }))}
    />
  );
}
