/**
 * The tab's sub-pages, shared by the bot (which builds deep links on cards) and the tab (which
 * opens them). A sub-page is the hash route without `#`: `/cases/44-3`, `/issues/43`, or, from a
 * weekly post, `/cases/44-3?delivery=<delivery id>`. Posts made before the delivery named the
 * thread carry `/cases/44-3?team=<graph group id>&channel=<channel id>&thread=<root message id>`,
 * which still opens the same discussion.
 */

import { isCaseId, isGuid, ISSUE_NUMBER, PAGE_NUMBER } from './ids/patterns';

/**
 * The channel thread a case was opened from: the delivery of a weekly post (known before the post
 * is sent, so the card never needs rewriting; the service knows which thread it became), or, in
 * links posted earlier, the team, channel and root message.
 */
export type ThreadRef =
  | { delivery: string }
  | {
      /** The team's Graph group id. */
      team: string;
      channel: string;
      /** The root message id of the thread the bot posted. */
      thread: string;
    };

export type SubPage =
  | { view: 'latest' }
  | { view: 'library' }
  | { view: 'insights' }
  /** The IOPC's editors' screen of readers' comments (hide and show). */
  | { view: 'comments' }
  | { view: 'issue'; issueNumber: number }
  | { view: 'issuePages'; issueNumber: number; page: number }
  | { view: 'case'; caseId: string; thread: ThreadRef | null }
  | { view: 'learning'; addCaseId: string | null }
  /** The learning lead's view of the force's responses. */
  | { view: 'force' };

/** The query naming a thread, as in a sub-page and in the discussion API. */
export function threadQuery(thread: ThreadRef): string {
  const query = new URLSearchParams(
    'delivery' in thread
      ? { delivery: thread.delivery }
      : { team: thread.team, channel: thread.channel, thread: thread.thread },
  );
  return query.toString();
}

/** The sub-page of a case, optionally naming the channel thread it was opened from. */
export function caseSubPage(caseId: string, thread?: ThreadRef): string {
  return thread ? `/cases/${caseId}?${threadQuery(thread)}` : `/cases/${caseId}`;
}

/** The sub-page of an issue as published, at a page (from 1): `/issues/44/pages/7`. */
export function issuePagesSubPage(issueNumber: number, page: number): string {
  return `/issues/${issueNumber}/pages/${page}`;
}

/** Where the service exports insights for whole weeks (`from`, `to`: Mondays) as a workbook or CSV. */
export function insightsExportPath(
  format: 'xlsx' | 'csv',
  period: { by: 'week' | 'month'; from: string; to: string },
  language: string,
): string {
  const query = new URLSearchParams({
    format,
    by: period.by,
    from: period.from,
    to: period.to,
    lang: language,
  });
  return `/api/insights/export?${query.toString()}`;
}

/** Where the service serves an issue as published (a PDF, with range requests). */
export function issuePdfPath(issueNumber: number): string {
  return `/api/issues/${issueNumber}/pdf`;
}

/**
 * Where the service makes a case's briefing sheet (an A4 PDF) in a language, with the reflective
 * questions for the audiences given (every audience's when none are).
 */
export function briefingSheetPath(
  caseId: string,
  audiences: readonly string[],
  language: string,
): string {
  const query = new URLSearchParams();
  if (audiences.length > 0) query.set('audiences', audiences.join(','));
  query.set('lang', language);
  return `/api/cases/${caseId}/sheet.pdf?${query.toString().replace(/%2C/g, ',')}`;
}

/**
 * The sub-page of the reader's private learning record (`/learning`); with a case, the form to add
 * an entry about it is open (`/learning?case=44-3`).
 */
export function learningSubPage(addCaseId?: string): string {
  return addCaseId ? `/learning?case=${addCaseId}` : '/learning';
}

/** Parses a sub-page or hash route; anything unknown is the latest issue. */
export function parseSubPage(value: string | null | undefined): SubPage {
  const raw = (value ?? '').replace(/^#/, '');
  const [path = '', queryString = ''] = raw.split('?', 2);
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments[0] === 'library' && segments.length === 1) return { view: 'library' };
  if (segments[0] === 'learning' && segments.length === 1) {
    const addCaseId = new URLSearchParams(queryString).get('case');
    return { view: 'learning', addCaseId: addCaseId && isCaseId(addCaseId) ? addCaseId : null };
  }
  if (segments[0] === 'force' && segments.length === 1) return { view: 'force' };
  if (segments[0] === 'insights' && segments.length === 1) return { view: 'insights' };
  if (segments[0] === 'comments' && segments.length === 1) return { view: 'comments' };
  if (segments[0] === 'issues' && segments.length === 2 && ISSUE_NUMBER.test(segments[1]!)) {
    return { view: 'issue', issueNumber: Number(segments[1]) };
  }
  if (
    segments[0] === 'issues' &&
    segments.length === 4 &&
    ISSUE_NUMBER.test(segments[1]!) &&
    segments[2] === 'pages' &&
    PAGE_NUMBER.test(segments[3]!)
  ) {
    return { view: 'issuePages', issueNumber: Number(segments[1]), page: Number(segments[3]) };
  }
  if (segments[0] === 'cases' && segments.length === 2 && isCaseId(segments[1]!)) {
    return { view: 'case', caseId: segments[1]!, thread: threadOf(queryString) };
  }
  return { view: 'latest' };
}

function threadOf(queryString: string): ThreadRef | null {
  const query = new URLSearchParams(queryString);
  const delivery = query.get('delivery');
  if (delivery && isGuid(delivery)) return { delivery };
  const team = query.get('team');
  const channel = query.get('channel');
  const thread = query.get('thread');
  return team && channel && thread ? { team, channel, thread } : null;
}

/** The deep link that opens the personal tab on a sub-page (design contract). */
export function tabDeepLink(teamsAppId: string, subPage: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: subPage }));
  return `https://teams.microsoft.com/l/entity/${teamsAppId}/library?context=${context}`;
}
