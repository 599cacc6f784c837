/**
 * What the core needs from Microsoft Graph in a force's tenant (app-only). `src/graph/`
 * implements it; where Graph is not configured (local mode) callers receive `undefined`.
 */

export interface ChannelMessageSummary {
  id: string;
  /** Set on replies: the root message id. */
  replyToId: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string | null;
  /** When the author last edited the text (reactions change `lastModifiedDateTime` only). */
  lastEditedDateTime?: string | null;
  deletedDateTime: string | null;
  /** The author's Entra object id and display name (null for apps and system messages). */
  from: { id: string; displayName: string } | null;
  /** As Graph returns it: `text` or `html`. */
  body: { contentType: 'text' | 'html'; content: string };
  /** Adaptive Card attachments' content, for finding a delivery id on a card. */
  attachments: { contentType: string; content: string | null }[];
}

export interface ActivityNotice {
  /** The activity type declared in the manifest. */
  activityType: string;
  /** Shown in the feed. */
  previewText: string;
  /** Opens in the tab. */
  webUrl: string;
  templateParameters: Record<string, string>;
}

/** A member of a team as Graph lists it. */
export interface TeamMember {
  /** Entra object id. */
  userId: string;
  displayName: string;
  /** `owner` for owners; empty for members. */
  roles: string[];
}

/** Who belongs to a team, for answering only a team's own members. */
export interface TeamMembership {
  /** Every member of the team (owners included), following `@odata.nextLink`. */
  listTeamMembers(tenantId: string, graphGroupId: string): Promise<TeamMember[]>;
}

export interface GraphOperations {
  /** Entra object ids of the team's owners. */
  listTeamOwners(tenantId: string, graphGroupId: string): Promise<string[]>;
  /** Every reply of a root message, following `@odata.nextLink`. */
  listReplies(
    tenantId: string,
    graphGroupId: string,
    channelId: string,
    rootMessageId: string,
  ): Promise<ChannelMessageSummary[]>;
  /** The channel's root messages created at or after `since`, newest first. */
  listRecentChannelMessages(
    tenantId: string,
    graphGroupId: string,
    channelId: string,
    since: Date,
  ): Promise<ChannelMessageSummary[]>;
  sendActivityNotice(tenantId: string, graphGroupId: string, notice: ActivityNotice): Promise<void>;
}
