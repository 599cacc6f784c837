import type { IssueView } from '../src/content/views';
import { PRERENDERED_ISSUE_ID } from './ssr/contract';

/**
 * True when the URL is the home view as the server sees it: `/` with no hash route (the same
 * test as the script in index.html, which hides the server's markup for any other URL).
 */
export function isHomeView(location: Pick<Location, 'pathname' | 'hash'>): boolean {
  return location.pathname === '/' && /^(#\/?)?$/.test(location.hash);
}

/** The latest issue the server rendered into the page, if it did. */
export function readPrerenderedIssue(): IssueView | undefined {
  const element = document.getElementById(PRERENDERED_ISSUE_ID);
  if (!element?.textContent) return undefined;
  try {
    const issue = JSON.parse(element.textContent) as IssueView;
    return Array.isArray(issue.cases) ? issue : undefined;
  } catch {
    return undefined;
  }
}
