import type * as TeamsJsModule from '@microsoft/teams-js';

/**
 * The connection to a Microsoft 365 host (Teams, Outlook, SharePoint, the Microsoft 365 app)
 * through teams-js. Outside a host the tab is a plain web page: teams-js is then never loaded
 * when the page is clearly top-level. In a frame, `app.initialize()` hangs for 60 s when no host
 * answers, so the UI waits only `HOST_TIMEOUT_MS` before showing the plain web page, and still
 * connects to a slow host that answers later (useTeamsHost).
 */

/** The host's theme names. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** What the tab learns from its host once connected. */
export interface TeamsSession {
  theme: HostTheme;
  locale: string;
  /** The sub-page the host opened (a deep link or the configured tab's page), if any. */
  subPageId: string | null;
  /** Where the host shows the tab: `content`, `settings`, `sidePanel`, `meetingStage`, … */
  frameContext: string;
  /** The meeting the tab is in, with its chat's id; null outside a meeting. */
  meeting: { chatId: string | null } | null;
  /** Calls the listener whenever the host's theme changes. */
  onThemeChange(listener: (theme: HostTheme) => void): void;
}

/** How long the tab waits for a host before showing itself as a plain web page. */
export const HOST_TIMEOUT_MS = 1500;

type TeamsJs = typeof TeamsJsModule;

let teamsJs: Promise<TeamsJs> | undefined;
let session: Promise<TeamsSession | null> | undefined;

/** teams-js, loaded once on demand. */
export function loadTeamsJs(): Promise<TeamsJs> {
  teamsJs ??= import('@microsoft/teams-js');
  return teamsJs;
}

/** True when a host could be present: a parent frame, an opener or a native host bridge. */
export function mightBeHosted(): boolean {
  return window.parent !== window || window.opener !== null || 'nativeInterface' in window;
}

/** Normalises the host's theme name. */
export function hostTheme(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

async function connect(): Promise<TeamsSession | null> {
  if (!mightBeHosted()) return null;
  try {
    const { app } = await loadTeamsJs();
    await app.initialize();
    const context = await app.getContext();
    app.notifySuccess();
    return {
      theme: hostTheme(context.app.theme),
      locale: context.app.locale || 'en-GB',
      subPageId: context.page.subPageId || null,
      frameContext: context.page.frameContext ?? 'content',
      meeting: context.meeting?.id ? { chatId: context.chat?.id ?? null } : null,
      onThemeChange: (listener) =>
        app.registerOnThemeChangeHandler((theme) => listener(hostTheme(theme))),
    };
  } catch {
    return null;
  }
}

/**
 * The host session, or null when no host is there (at once when top-level, after teams-js gives
 * up in a frame). Connects once per page load.
 */
export function connectToTeams(): Promise<TeamsSession | null> {
  session ??= connect();
  return session;
}

/** How long the tab waits for the host to give an SSO token before treating it as refused. */
export const SSO_TIMEOUT_MS = 10_000;

/**
 * The caller's Teams SSO token, or null when the host cannot give one or does not answer within
 * `SSO_TIMEOUT_MS`.
 */
export async function getSsoToken(): Promise<string | null> {
  if (!(await connectToTeams())) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), SSO_TIMEOUT_MS);
  });
  try {
    const { authentication } = await loadTeamsJs();
    return await Promise.race([authentication.getAuthToken(), noAnswer]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
