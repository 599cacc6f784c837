export { insightsCsv, insightsTables, insightsWorkbook } from './export';
export {
  MAX_WEEKS,
  readInsights,
  type CaseInsights,
  type ForceInsights,
  type InsightsDeps,
  type InsightsPeriod,
  type InsightsView,
  type PeriodFigures,
  type RatingInsights,
  type PollInsights,
  type WeekInsights,
} from './insights';
export * from './ports';
export { FEWEST_PEOPLE, type Figure } from './suppression';
export { addWeeks, weekOf, weeksBetween } from './weeks';
