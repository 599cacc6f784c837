/** What a channel tab shows: always the newest issue, or one chosen issue. */
export type TabChoice = { kind: 'latest' } | { kind: 'issue'; issueNumber: number };

/** The settings teams-js saves for a configured tab (in a channel or a meeting). */
export interface ChannelTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The tab's name in the reader's language: for the latest issue, and for one chosen issue. */
export interface TabNames {
  latest: string;
  issue(issueNumber: number): string;
}

/** The channel tab's settings for a choice, with URLs on the tab's own origin. */
export function channelTabConfig(
  choice: TabChoice,
  origin: string,
  names: TabNames,
): ChannelTabConfig {
  if (choice.kind === 'latest') {
    return {
      entityId: 'latest',
      contentUrl: `${origin}/`,
      websiteUrl: `${origin}/`,
      suggestedDisplayName: names.latest,
    };
  }
  const url = `${origin}/#/issues/${choice.issueNumber}`;
  return {
    entityId: `issue-${choice.issueNumber}`,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: names.issue(choice.issueNumber),
  };
}

/** A meeting's tab: the side panel at `/meeting`, which shares the stage view of a case. */
export function meetingTabConfig(origin: string, name: string): ChannelTabConfig {
  return {
    entityId: 'meeting',
    contentUrl: `${origin}/meeting`,
    websiteUrl: `${origin}/`,
    suggestedDisplayName: name,
  };
}
