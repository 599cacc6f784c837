/** What a channel tab shows: always the newest issue, or one chosen issue. */
export type TabChoice = { kind: 'latest' } | { kind: 'issue'; issueNumber: number };

/** The settings teams-js saves for a configured channel tab. */
export interface ChannelTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The channel tab's settings for a choice, with URLs on the tab's own origin. */
export function channelTabConfig(choice: TabChoice, origin: string): ChannelTabConfig {
  if (choice.kind === 'latest') {
    return {
      entityId: 'latest',
      contentUrl: `${origin}/`,
      websiteUrl: `${origin}/`,
      suggestedDisplayName: 'Learning the Lessons',
    };
  }
  const url = `${origin}/#/issues/${choice.issueNumber}`;
  return {
    entityId: `issue-${choice.issueNumber}`,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: `Learning the Lessons ${choice.issueNumber}`,
  };
}
