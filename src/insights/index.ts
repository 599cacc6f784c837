export { insightsCsv, insightsTables, insightsWorkbook } from './export';
export { MAX_WEEKS, readInsights, type InsightsDeps } from './insights';
export type * from './view';
export * from './ports';
export { FEWEST_PEOPLE } from './suppression';
export {
  addMonths,
  addWeeks,
  firstWeekOfMonth,
  monthOfWeek,
  weekOf,
  weeksBetween,
  weeksOfMonth,
  weeksOfMonths,
} from './weeks';
export { storeInsightSources } from './sources';
export { keepSettledWeeks } from './settle';
