/**
 * What `GET /api/insights` answers (design contract), shared with the tab: types only.
 */

/** A figure as shown: a count, or `null` for "fewer than 5"; `partial` when a total leaves hidden figures out. */
export interface Figure {
  value: number | null;
  partial: boolean;
}

/** Whether a period is shown week by week or month by month. */
export type PeriodUnit = 'week' | 'month';

/**
 * Whole weeks asked for: the Mondays of the first and the last week, both included, shown week
 * by week or month by month (a month is the weeks whose Thursday falls in it).
 */
export interface InsightsPeriod {
  by: PeriodUnit;
  from: string;
  to: string;
}

/** One force's figures, or every force's, over a period. */
export interface PeriodFigures {
  teams: Figure;
  channels: Figure;
  postsDelivered: Figure;
  postsFailed: Figure;
  /** Posts (threads) replied to in the week. */
  postsDiscussed: Figure;
  replies: Figure;
  reads: Figure;
  learningRecordEntries: Figure;
  teamResponses: Figure;
  openActions: Figure;
  closedActions: Figure;
}

/** A period's figures in the order the tab's tables and the exports show them. */
export const PERIOD_COLUMNS: readonly (keyof PeriodFigures)[] = [
  'teams',
  'channels',
  'postsDelivered',
  'postsFailed',
  'postsDiscussed',
  'replies',
  'reads',
  'learningRecordEntries',
  'teamResponses',
  'openActions',
  'closedActions',
];

export interface ForceInsights extends PeriodFigures {
  tenantId: string;
  name: string | null;
}

/** The figures of a week, or of a month's weeks. */
export interface RowFigures {
  postsDelivered: Figure;
  postsFailed: Figure;
  postsDiscussed: Figure;
  replies: Figure;
  /** Distinct colleagues who replied in a week (a force's, added up across forces and weeks). */
  participants: Figure;
  reads: Figure;
}

export interface WeekInsights extends RowFigures {
  /** The week's Monday. */
  week: string;
}

export interface MonthInsights extends RowFigures {
  /** The month, `YYYY-MM`. */
  month: string;
  /** The Mondays of its first and last week. */
  from: string;
  to: string;
}

export interface CaseInsights {
  caseId: string;
  title: string | null;
  replies: Figure;
  reads: Figure;
}

export interface RatingInsights {
  /** The issue number or case id. */
  item: string;
  ratings: Figure;
  /** The average of the ratings shown (1 to 5, one decimal), or null when none is shown. */
  average: number | null;
}

export interface PollInsights {
  poll: string;
  options: { option: string; votes: Figure }[];
}

/** What `GET /api/insights` answers (design contract). */
export interface InsightsView {
  /** `force`: a learning lead's own force; `all`: an editor's every force. */
  scope: 'force' | 'all';
  by: PeriodUnit;
  from: string;
  to: string;
  weeks: string[];
  total: PeriodFigures;
  /** Force by force (one force for a learning lead). */
  forces: ForceInsights[];
  byWeek: WeekInsights[];
  /** Month by month when the period is asked for by month, otherwise empty. */
  byMonth: MonthInsights[];
  /** Most discussed first. */
  cases: CaseInsights[];
  ratings: RatingInsights[];
  /** Readers' comments without names (editors only). */
  comments: { item: string; comment: string }[];
  polls: PollInsights[];
}
