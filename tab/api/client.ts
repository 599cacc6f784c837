import type {
  CaseView,
  DiscussionView,
  IssueListView,
  IssueView,
  LearningEntryView,
  LearningRecordView,
  MyFeedbackView,
  PollView,
  ProblemView,
  SearchResultsView,
} from '../../src/content/views';
import type { Audience } from '../../src/content/model';
import type { InsightsView } from '../../src/insights/view';
import type { Language } from '../../src/i18n/language';
import { insightsExportPath, threadQuery, type ThreadRef } from '../../src/links';
import { getSsoToken } from '../host';

/**
 * A failed API call: the HTTP status (0 when the service could not be reached) and, for the
 * record, the service's title. The tab says what went wrong in the reader's language instead.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly title = '',
  ) {
    super(title);
  }
}

function isProblem(value: unknown): value is ProblemView {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

declare global {
  interface Window {
    /** The latest issue, requested by index.html before the scripts load (home view only). */
    ltlLatestIssue?: Promise<Response>;
  }
}

/** The request index.html started early, used once; later calls fetch afresh. */
function takeEarlyLatestIssue(): Promise<Response> | undefined {
  const early = window.ltlLatestIssue;
  window.ltlLatestIssue = undefined;
  return early;
}

async function getJson<T>(
  path: string,
  signal?: AbortSignal,
  headers?: HeadersInit,
  early?: Promise<Response>,
): Promise<T> {
  let response: Response;
  try {
    response =
      (await early) ??
      (await fetch(path, { signal, headers: { accept: 'application/json', ...headers } }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'The service could not be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(body) ? body.title : response.statusText);
  }
  return body as T;
}

/** Filters for a search over every case study. */
export interface SearchFilters {
  q: string;
  theme?: string;
  factor?: string;
  audience?: Audience;
}

/** Every issue, newest first, with the themes and factors used for filters. */
export const getIssueList = (language: Language, signal?: AbortSignal) =>
  getJson<IssueListView>(`/api/issues?lang=${language}`, signal);

/**
 * The latest issue. In English, the first call takes the response index.html already asked for
 * (`/api/issues/latest?lang=en`).
 */
export const getLatestIssue = (language: Language, signal?: AbortSignal) =>
  getJson<IssueView>(
    `/api/issues/latest?lang=${language}`,
    signal,
    undefined,
    language === 'en' ? takeEarlyLatestIssue() : undefined,
  );

/** One issue by its number. */
export const getIssue = (issueNumber: number, language: Language, signal?: AbortSignal) =>
  getJson<IssueView>(`/api/issues/${issueNumber}?lang=${language}`, signal);

/** One case study by its id, e.g. `44-3`. */
export const getCase = (caseId: string, language: Language, signal?: AbortSignal) =>
  getJson<CaseView>(`/api/cases/${encodeURIComponent(caseId)}?lang=${language}`, signal);

/** Case studies matching the words and filters, in the reader's language. */
export function searchCases(filters: SearchFilters, language: Language, signal?: AbortSignal) {
  const query = new URLSearchParams({ q: filters.q });
  if (filters.theme) query.set('theme', filters.theme);
  if (filters.factor) query.set('factor', filters.factor);
  if (filters.audience) query.set('audience', filters.audience);
  query.set('lang', language);
  return getJson<SearchResultsView>(`/api/search?${query.toString()}`, signal);
}

/** The status of an `ApiError` when Teams gave no sign-in token, so nothing was asked. */
export const NO_TOKEN = -1;

/**
 * A signed-in call. Inside Teams it carries the Teams SSO token (an `ApiError` of `NO_TOKEN`
 * without one); outside Teams it goes without, which the service answers as its local person in
 * local mode and with a 401 anywhere else.
 */
export async function getSignedIn<T>(
  path: string,
  inTeams: boolean,
  signal?: AbortSignal,
): Promise<T> {
  return getJson<T>(path, signal, await signedInHeaders(inTeams));
}

/**
 * A signed-in `PUT` of a JSON body, answered with JSON; the caller and refusals as for
 * `getSignedIn`. Rejects with an `ApiError`.
 */
export function putSignedIn<T>(path: string, body: unknown, inTeams: boolean): Promise<T> {
  return sendSignedIn<T>('PUT', path, inTeams, body);
}

/** The discussion of a case in a team's channel thread, for the signed-in reader. */
export function getDiscussion(
  caseId: string,
  thread: ThreadRef,
  inTeams: boolean,
  signal?: AbortSignal,
) {
  return getSignedIn<DiscussionView>(
    `/api/discussions/${encodeURIComponent(caseId)}?${threadQuery(thread)}`,
    inTeams,
    signal,
  );
}

/** An issue, or one of its cases, that a reader rates. */
export interface FeedbackItemRef {
  issue: number;
  caseId?: string;
}

const feedbackQuery = (item: FeedbackItemRef) =>
  `issue=${item.issue}${item.caseId ? `&caseId=${encodeURIComponent(item.caseId)}` : ''}`;

/** The reader's own rating and comment of an issue or case, and whether their force takes comments. */
export const getMyFeedback = (item: FeedbackItemRef, inTeams: boolean, signal?: AbortSignal) =>
  getSignedIn<MyFeedbackView>(`/api/feedback?${feedbackQuery(item)}`, inTeams, signal);

/** "Was this useful?": the reader's rating (1–5) with an optional comment; a second replaces it. */
export const sendFeedback = (
  item: FeedbackItemRef,
  rating: number,
  comment: string | null,
  inTeams: boolean,
) =>
  sendSignedIn<MyFeedbackView>('POST', '/api/feedback', inTeams, {
    issue: item.issue,
    ...(item.caseId ? { caseId: item.caseId } : {}),
    rating,
    comment,
  });

/** The polls on future themes open now, in the reader's language, with the reader's vote. */
export const getOpenPolls = (language: Language, inTeams: boolean, signal?: AbortSignal) =>
  getSignedIn<{ polls: PollView[] }>(`/api/polls/open?lang=${language}`, inTeams, signal);

/** The reader's vote in an open poll; a second replaces the first until the poll closes. */
export const sendVote = (pollId: string, option: string, language: Language, inTeams: boolean) =>
  sendSignedIn<PollView>(
    'PUT',
    `/api/polls/${encodeURIComponent(pollId)}/vote?lang=${language}`,
    inTeams,
    { option },
  );

/** What the side panel asks the bot to post in the meeting's chat. */
export interface MeetingChatPost {
  chatId: string;
  caseId: string;
  audiences: Audience[];
}

/**
 * Asks the bot to post a case in the meeting's chat, with the caller's Teams SSO token (none in
 * local mode, where the service takes the local person). Rejects with an `ApiError`.
 */
export async function postCaseToMeetingChat(
  post: MeetingChatPost,
  language: Language,
  token: string | null,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/meetings/chat-posts', {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ ...post, lang: language }),
    });
  } catch {
    throw new ApiError(0, 'The service could not be reached.');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, isProblem(body) ? body.title : response.statusText);
  }
}

/** Whole weeks of insights (the Mondays of the first and last week), or months (`YYYY-MM`). */
export interface InsightsPeriod {
  by: 'week' | 'month';
  from: string;
  to: string;
}

/** The insights the signed-in caller may see (a learning lead's force, an editor's every force). */
export function getInsights(
  period: InsightsPeriod,
  language: Language,
  inTeams: boolean,
  signal?: AbortSignal,
) {
  const query = new URLSearchParams({
    by: period.by,
    from: period.from,
    to: period.to,
    lang: language,
  });
  return getSignedIn<InsightsView>(`/api/insights?${query.toString()}`, inTeams, signal);
}

/** The headers of a signed-in call: the Teams SSO token in Teams, none outside. */
async function signedInHeaders(inTeams: boolean): Promise<Record<string, string>> {
  if (!inTeams) return {};
  const token = await getSsoToken();
  if (!token) throw new ApiError(NO_TOKEN);
  return { authorization: `Bearer ${token}` };
}

/** A signed-in call that changes something; resolves to the answer's JSON body. */
async function sendSignedIn<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  inTeams: boolean,
  body?: unknown,
): Promise<T> {
  const headers = await signedInHeaders(inTeams);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'The service could not be reached.');
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(answer) ? answer.title : response.statusText);
  }
  return answer as T;
}

/** Days (`2026-03-31`) that bound the entries shown, both included. */
export interface LearningPeriodFilter {
  from?: string;
  to?: string;
}

/** What an entry of the learning record holds, as the reader writes it. */
export interface LearningEntryFields {
  reflection: string;
  application: string;
  minutes: number;
}

function reflectionsQuery(period: LearningPeriodFilter, extra: Record<string, string>): string {
  const query = new URLSearchParams(extra);
  if (period.from) query.set('from', period.from);
  if (period.to) query.set('to', period.to);
  return query.toString();
}

/** The reader's own learning record, newest first. */
export function getLearningRecord(
  period: LearningPeriodFilter,
  language: Language,
  inTeams: boolean,
  signal?: AbortSignal,
) {
  return getSignedIn<LearningRecordView>(
    `/api/me/reflections?${reflectionsQuery(period, { lang: language })}`,
    inTeams,
    signal,
  );
}

/** Adds an entry about a case to the reader's learning record. */
export const addLearningEntry = (
  caseId: string,
  fields: LearningEntryFields,
  language: Language,
  inTeams: boolean,
) =>
  sendSignedIn<LearningEntryView>('POST', `/api/me/reflections?lang=${language}`, inTeams, {
    caseId,
    ...fields,
  });

/** Changes one of the reader's entries. */
export const changeLearningEntry = (
  id: string,
  fields: LearningEntryFields,
  language: Language,
  inTeams: boolean,
) =>
  sendSignedIn<LearningEntryView>(
    'PATCH',
    `/api/me/reflections/${encodeURIComponent(id)}?lang=${language}`,
    inTeams,
    fields,
  );

/** Deletes one of the reader's entries. */
export const deleteLearningEntry = (id: string, inTeams: boolean) =>
  sendSignedIn<{ deleted: string }>(
    'DELETE',
    `/api/me/reflections/${encodeURIComponent(id)}`,
    inTeams,
  );

/**
 * Fetches a file the service makes, with the sign-in (a plain link cannot carry it inside Teams),
 * and saves it under the name the service gives (`fallbackName` if it gives none). Rejects with
 * an `ApiError`.
 */
export async function downloadSignedIn(
  path: string,
  fallbackName: string,
  inTeams: boolean,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: await signedInHeaders(inTeams) });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, 'The service could not be reached.');
  }
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves the reader's learning record as a PDF, Word or CSV document, for the days given. */
export const downloadLearningRecord = (
  format: 'pdf' | 'docx' | 'csv',
  period: LearningPeriodFilter,
  language: Language,
  inTeams: boolean,
) =>
  downloadSignedIn(
    `/api/me/reflections/export?${reflectionsQuery(period, { format, lang: language })}`,
    `learning-record.${format}`,
    inTeams,
  );

/** Saves the insights as a workbook or CSV. */
export const downloadInsights = (
  format: 'xlsx' | 'csv',
  period: InsightsPeriod,
  language: Language,
  inTeams: boolean,
) => downloadSignedIn(insightsExportPath(format, period, language), `insights.${format}`, inTeams);

/**
 * Tells the service a case page was read in Teams, with the SSO token: it counts reads per case,
 * force and day, never who read. Outside Teams nothing is counted; a failure is not the reader's
 * concern and is let go.
 */
export async function reportCaseRead(caseId: string, inTeams: boolean): Promise<void> {
  if (!inTeams) return;
  try {
    await fetch('/api/reads', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await signedInHeaders(true)) },
      body: JSON.stringify({ caseId }),
    });
  } catch {
    // A read that cannot be counted changes nothing for the reader.
  }
}
