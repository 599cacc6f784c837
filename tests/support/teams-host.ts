import type { Frame, FrameLocator, Page } from 'playwright-core';

/**
 * A stand-in for the Teams client: a page that embeds the tab in an iframe and answers teams-js
 * (`initialize`, `getContext`, `authentication.getAuthToken`, the configuration page's
 * `settings.setSettings`, a meeting's sharing to the stage), sends `themeChange` and
 * `settings.save` events, and records every call.
 * It is served by the test itself (`page.route`) at the tab's own origin, so teams-js accepts
 * its messages and the service needs no test-only route.
 */

/** The host's theme names, as Teams sends them. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsHostOptions {
  theme?: TeamsTheme;
  locale?: string;
  /** The sub-page id (legacy `subEntityId`) the host opens the tab on. */
  subEntityId?: string;
  /**
   * `settings` for a configuration page, `content` for a tab, `sidePanel` and `meetingStage` for
   * a meeting's side panel and stage.
   */
  frameContext?: 'content' | 'settings' | 'sidePanel' | 'meetingStage';
  /** The meeting the tab is in, with its chat (`meetingId`, `chatId` in the context). */
  meeting?: { meetingId: string; chatId: string };
  /** Whether `meeting.getAppContentStageSharingCapabilities` lets the app share (default true). */
  canShareToStage?: boolean;
  /** The tab's path on the service, e.g. `/` or `/config`. */
  path?: string;
  /** The SSO token `authentication.getAuthToken` returns; null makes it fail. */
  authToken?: string | null;
  /** True when the host never answers `authentication.getAuthToken`. */
  authTokenUnanswered?: boolean;
  /** How long the host takes to answer `initialize`, as a slow Teams client does (default 0). */
  initializeDelayMs?: number;
}

/** One message the tab sent to the host. */
export interface HostCall {
  func: string;
  args: unknown[];
}

/** The configuration a channel tab's page saved through `pages.config.setConfig`. */
export interface SavedTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
}

export interface TeamsHost {
  /** The tab inside the host. */
  tab: FrameLocator;
  /** The tab's frame, for `evaluate`. */
  tabFrame(): Frame;
  /** Sends a theme change, as Teams does when the user switches theme. */
  setTheme(theme: TeamsTheme): Promise<void>;
  /** Presses the host's Save on a configuration page; resolves with what the tab saved. */
  save(): Promise<SavedTabConfig>;
  /** Every call the tab has made so far. */
  calls(): Promise<HostCall[]>;
  /** What the tab shared to the meeting stage, in order: the URL and the sharing options. */
  sharedToStage(): Promise<{ url: string; options: { sharingProtocol?: string } }[]>;
}

export const TEST_HOST_PATH = '/__test-host.html';

/** The tenant and team the host's context names. */
export const HOST_IDS = {
  tid: '11111111-2222-4333-8444-555555555555',
  userObjectId: '66666666-7777-4888-9999-000000000000',
  groupId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  channelId: '19:channel@thread.tacv2',
  teamId: '19:team@thread.tacv2',
} as const;

function hostScript(): string {
  return `
const config = JSON.parse(document.getElementById('host-config').textContent);
const frame = document.getElementById('tab');
const origin = window.location.origin;
window.__hostCalls = [];
window.__saved = null;
window.__saveResult = null;
window.__shared = [];
const runtime = { apiVersion: 4, supports: { app: {}, appInitialization: {}, authentication: {},
  pages: { config: {}, tabs: {} }, teams: {} } };
function reply(message, args) {
  frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, origin);
}
function send(func, args) { frame.contentWindow.postMessage({ func, args }, origin); }
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== origin) return;
  const message = event.data;
  if (!message || typeof message.func !== 'string') return;
  window.__hostCalls.push({ func: message.func, args: message.args || [] });
  switch (message.func) {
    case 'initialize':
      setTimeout(() => reply(message, [config.frameContext, 'web', JSON.stringify(runtime), '2.0.0']),
        config.initializeDelayMs);
      break;
    case 'getContext':
      reply(message, [Object.assign({ locale: config.locale, theme: config.theme,
        frameContext: config.frameContext, subEntityId: config.subEntityId, entityId: 'library',
        tid: config.ids.tid, userObjectId: config.ids.userObjectId, groupId: config.ids.groupId,
        teamId: config.ids.teamId, channelId: config.ids.channelId, hostClientType: 'web',
        appSessionId: 'test-session' }, config.meeting || {})]);
      break;
    case 'meeting.getAppContentStageSharingCapabilities':
      reply(message, [null, { doesAppHaveSharePermission: config.canShareToStage }]);
      break;
    case 'meeting.shareAppContentToStage':
      window.__shared.push({ url: message.args[0], options: message.args[1] || {} });
      reply(message, [null, true]);
      break;
    case 'authentication.getAuthToken':
      if (config.authTokenUnanswered) break;
      reply(message, config.authToken ? [true, config.authToken] : [false, 'resourceDisabled']);
      break;
    case 'settings.setSettings':
      window.__saved = message.args[0];
      reply(message, [true]);
      break;
    case 'settings.save.success':
      window.__saveResult = 'success';
      break;
    case 'settings.save.failure':
      window.__saveResult = 'failure';
      break;
  }
});
window.__setTheme = (theme) => send('themeChange', [theme]);
window.__save = () => send('settings.save', [{}]);
frame.src = config.path;
`;
}

function hostPage(
  options: Required<
    Omit<
      TeamsHostOptions,
      | 'subEntityId'
      | 'authToken'
      | 'authTokenUnanswered'
      | 'initializeDelayMs'
      | 'meeting'
      | 'canShareToStage'
    >
  > &
    TeamsHostOptions,
): string {
  const config = JSON.stringify({
    theme: options.theme,
    locale: options.locale,
    subEntityId: options.subEntityId ?? '',
    frameContext: options.frameContext,
    path: options.path,
    authToken: options.authToken ?? null,
    authTokenUnanswered: options.authTokenUnanswered ?? false,
    initializeDelayMs: options.initializeDelayMs ?? 0,
    meeting: options.meeting ?? null,
    canShareToStage: options.canShareToStage ?? true,
    ids: HOST_IDS,
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Test host</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body>
<iframe id="tab" title="Learning the Lessons"></iframe>
<script type="application/json" id="host-config">${config}</script>
<script>${hostScript()}</script>
</body>
</html>`;
}

/** Opens the tab inside the test host at the service's origin and waits for teams-js to connect. */
export async function openInTeamsHost(
  page: Page,
  baseUrl: string,
  options: TeamsHostOptions = {},
): Promise<TeamsHost> {
  const html = hostPage({
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'en-GB',
    frameContext: options.frameContext ?? 'content',
    path: options.path ?? '/',
    subEntityId: options.subEntityId,
    authToken: options.authToken,
    authTokenUnanswered: options.authTokenUnanswered,
    initializeDelayMs: options.initializeDelayMs,
    meeting: options.meeting,
    canShareToStage: options.canShareToStage,
  });
  const hostUrl = new URL(TEST_HOST_PATH, baseUrl).toString();
  await page.route(hostUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(hostUrl);
  await page.waitForFunction("window.__hostCalls.some((call) => call.func === 'getContext')");
  const tabFrame = (): Frame => {
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (!frame) throw new Error('The host has no tab frame.');
    return frame;
  };
  return {
    tab: page.frameLocator('#tab'),
    tabFrame,
    async setTheme(theme) {
      await page.evaluate(`window.__setTheme(${JSON.stringify(theme)})`);
    },
    async save() {
      await page.evaluate('window.__save()');
      await page.waitForFunction('window.__saveResult !== null');
      const result = await page.evaluate<string>('window.__saveResult');
      if (result !== 'success') throw new Error(`The tab reported a failed save (${result}).`);
      return page.evaluate<SavedTabConfig>('window.__saved');
    },
    calls: () => page.evaluate<HostCall[]>('window.__hostCalls'),
    sharedToStage: () => page.evaluate('window.__shared'),
  };
}
