/**
 * What insights need from the parts that keep other figures (feedback, polls, the learning record,
 * teams' responses): one small port each, counts only, at the finest grain with the people each
 * count is drawn from, so insights apply the same rule to every figure (`storeInsightSources`
 * reads them from the store).
 */

/** The forces and period asked for: tenant ids and [from, until). */
export interface CountQuery {
  tenantIds: readonly string[];
  from: Date;
  until: Date;
}

/** A count for one force and one key (an item, an option, a week), with its people. */
export interface CountUnit {
  tenantId: string;
  key: string;
  value: number;
  people: number;
}

/** Ratings of an issue or a case ("Was this useful?", 1 to 5) in one force. */
export interface RatingUnit {
  tenantId: string;
  /** The issue number (`44`) or the case id (`44-3`). */
  item: string;
  /** How many people rated it (one rating each). */
  ratings: number;
  /** The sum of their ratings, for the average. */
  total: number;
}

/** Readers' feedback: ratings per item and force, and comments (without names) for editors. */
export interface FeedbackPort {
  ratings(query: CountQuery): Promise<RatingUnit[]>;
  /** Comments not hidden by an editor, from forces that allow comments; never who wrote them. */
  comments(query: CountQuery): Promise<{ item: string; comment: string }[]>;
}

/** A poll's votes per option and force. */
export interface PollPort {
  /** Key: `<poll id>/<option>`; value: votes, people: voters. */
  votes(query: CountQuery): Promise<CountUnit[]>;
}

/** Officers' learning-record entries per force (key: the week's Monday). */
export interface LearningRecordPort {
  entries(query: CountQuery): Promise<CountUnit[]>;
}

/** Teams' responses to cases and their actions per force (key: the week's Monday). */
export interface TeamResponsePort {
  responses(query: CountQuery): Promise<CountUnit[]>;
  openActions(query: CountQuery): Promise<CountUnit[]>;
  closedActions(query: CountQuery): Promise<CountUnit[]>;
}

/** The other parts' figures, wired where the service starts. */
export interface InsightSources {
  feedback: FeedbackPort;
  polls: PollPort;
  learningRecord: LearningRecordPort;
  teamResponses: TeamResponsePort;
}
