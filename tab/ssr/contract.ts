import type { IssueView } from '../../src/content/views';

/**
 * The contract between the tab's server render (dist/tab-server/render.js, built from
 * tab/ssr/server.tsx) and the service that serves it. Free of DOM and JSX so the service's own
 * typecheck can read it.
 */

/** The latest issue rendered for the home view: the markup for `#root` and the style elements for `<head>`. */
export interface HomeRender {
  html: string;
  styles: string;
}

/** What the server render module exports. */
export interface TabServerRenderer {
  renderHome(issue: IssueView): HomeRender;
}

/** The id of the inline JSON element that carries the prerendered issue to the client. */
export const PRERENDERED_ISSUE_ID = 'ltl-latest-issue';

/** Where in tab/index.html the service inserts the styles and the issue's JSON. */
export const PRERENDER_MARKER = '<!-- ltl:prerender -->';
