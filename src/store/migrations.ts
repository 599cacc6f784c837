import type { Dialect } from './sql/engine';

/**
 * The schema, as one ordered list of versions for both engines. Each script is written once;
 * `{timestamp}`, `{json}`, `{boolean}` and `{serial}` become each engine's column types. Never edit a
 * released version: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  script: string;
}

type ColumnType = 'timestamp' | 'json' | 'boolean' | 'serial';

const columnTypes: Readonly<Record<Dialect, Record<ColumnType, string>>> = {
  sqlite: { timestamp: 'TEXT', json: 'TEXT', boolean: 'INTEGER', serial: 'INTEGER PRIMARY KEY' },
  postgres: {
    timestamp: 'TIMESTAMPTZ',
    json: 'JSONB',
    boolean: 'BOOLEAN',
    serial: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  },
};

/** The migration's script in the engine's own column types. */
export function migrationScript(migration: Migration, dialect: Dialect): string {
  const types = columnTypes[dialect];
  return migration.script.replace(
    /\{(timestamp|json|boolean|serial)\}/g,
    (_match, type: ColumnType) => types[type],
  );
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'foundation',
    script: `
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT,
  status TEXT NOT NULL,
  status_reason TEXT,
  retention_months INTEGER NOT NULL,
  created_at {timestamp} NOT NULL,
  updated_at {timestamp} NOT NULL
);

CREATE TABLE teams (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  graph_group_id TEXT,
  name TEXT,
  service_url TEXT NOT NULL,
  installed_at {timestamp} NOT NULL,
  removed_at {timestamp},
  removed_reason TEXT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX teams_by_graph_group ON teams (tenant_id, graph_group_id);

CREATE TABLE channels (
  tenant_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT,
  removed_at {timestamp},
  removed_reason TEXT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX channels_by_team ON channels (tenant_id, team_id);

CREATE TABLE subscriptions (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  weekday INTEGER NOT NULL,
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  audiences {json} NOT NULL,
  themes {json} NOT NULL,
  notify_new_issues {boolean} NOT NULL,
  status TEXT NOT NULL,
  status_reason TEXT,
  updated_by TEXT NOT NULL,
  created_at {timestamp} NOT NULL,
  updated_at {timestamp} NOT NULL,
  UNIQUE (tenant_id, channel_id)
);
CREATE INDEX subscriptions_by_status ON subscriptions (status, tenant_id);
CREATE INDEX subscriptions_by_team ON subscriptions (tenant_id, team_id);

CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  week_key TEXT NOT NULL,
  case_id TEXT NOT NULL,
  due_at {timestamp} NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  root_message_id TEXT,
  reason TEXT,
  possible_duplicate {boolean} NOT NULL,
  created_at {timestamp} NOT NULL,
  updated_at {timestamp} NOT NULL,
  UNIQUE (subscription_id, week_key)
);
CREATE INDEX deliveries_by_status ON deliveries (status, due_at);
CREATE INDEX deliveries_by_tenant ON deliveries (tenant_id, status);

CREATE TABLE posted_threads (
  tenant_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  root_message_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  delivery_id TEXT,
  posted_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, channel_id, root_message_id)
);
CREATE INDEX posted_threads_by_channel_time ON posted_threads (tenant_id, channel_id, posted_at);
CREATE INDEX posted_threads_by_time ON posted_threads (tenant_id, posted_at);

CREATE TABLE replies (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  root_message_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at {timestamp} NOT NULL,
  edited_at {timestamp},
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX replies_by_thread ON replies (tenant_id, channel_id, root_message_id, created_at);
CREATE INDEX replies_by_author ON replies (tenant_id, author_id);
CREATE INDEX replies_by_time ON replies (tenant_id, created_at);

CREATE TABLE audit_entries (
  id {serial},
  tenant_id TEXT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail {json} NOT NULL,
  at {timestamp} NOT NULL
);
CREATE INDEX audit_entries_by_tenant ON audit_entries (tenant_id, id);

CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at {timestamp} NOT NULL
);

CREATE TABLE new_issue_notices (
  tenant_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  issue_number INTEGER NOT NULL,
  claimed_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, team_id, issue_number)
);

CREATE TABLE consent_states (
  nonce TEXT PRIMARY KEY,
  expires_at {timestamp} NOT NULL,
  consumed_at {timestamp} NOT NULL
);
CREATE INDEX consent_states_by_expiry ON consent_states (expires_at);
`,
  },
  {
    version: 2,
    name: 'replies_by_conversation',
    script: `
CREATE TABLE replies_by_conversation (
  tenant_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  root_message_id TEXT NOT NULL,
  id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at {timestamp} NOT NULL,
  edited_at {timestamp},
  PRIMARY KEY (tenant_id, channel_id, root_message_id, id)
);
INSERT INTO replies_by_conversation (tenant_id, channel_id, root_message_id, id, team_id, case_id,
  author_id, author_name, text, created_at, edited_at)
SELECT tenant_id, channel_id, root_message_id, id, team_id, case_id, author_id, author_name, text,
  created_at, edited_at FROM replies;
DROP TABLE replies;
ALTER TABLE replies_by_conversation RENAME TO replies;
CREATE INDEX replies_by_author ON replies (tenant_id, author_id);
CREATE INDEX replies_by_time ON replies (tenant_id, created_at);

CREATE INDEX posted_threads_by_delivery ON posted_threads (delivery_id);
CREATE INDEX posted_threads_by_case ON posted_threads (tenant_id, team_id, case_id, posted_at);
CREATE INDEX audit_entries_by_action ON audit_entries (tenant_id, action, subject);
CREATE INDEX deliveries_by_tenant_due ON deliveries (tenant_id, status, due_at, id);
`,
  },
  {
    version: 3,
    name: 'post language',
    script: `
ALTER TABLE subscriptions ADD COLUMN post_language TEXT NOT NULL DEFAULT 'en';
`,
  },
  {
    version: 4,
    name: 'meeting chats',
    script: `
CREATE TABLE meeting_chats (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  service_url TEXT NOT NULL,
  added_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
`,
  },
  {
    version: 5,
    name: 'learning record',
    script: `
CREATE TABLE learning_entries (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  reflection TEXT NOT NULL,
  application TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  source TEXT NOT NULL,
  created_at {timestamp} NOT NULL,
  updated_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX learning_entries_by_person ON learning_entries (tenant_id, person_id, created_at);
CREATE INDEX learning_entries_by_change ON learning_entries (tenant_id, updated_at);

CREATE TABLE learning_record_retention (
  tenant_id TEXT PRIMARY KEY,
  months INTEGER NOT NULL,
  updated_at {timestamp} NOT NULL
);
`,
  },
  {
    version: 6,
    name: 'team responses',
    script: `
CREATE TABLE team_responses (
  tenant_id TEXT NOT NULL,
  graph_group_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  conclusions {json} NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, graph_group_id, case_id)
);
CREATE INDEX team_responses_by_time ON team_responses (tenant_id, updated_at);

CREATE TABLE response_actions (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  graph_group_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  assignee_id TEXT,
  assignee_name TEXT,
  due_on TEXT,
  status TEXT NOT NULL,
  created_at {timestamp} NOT NULL,
  completed_at {timestamp},
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX response_actions_by_response ON response_actions (tenant_id, graph_group_id, case_id, position);
CREATE INDEX response_actions_by_status ON response_actions (tenant_id, status, graph_group_id);
CREATE INDEX response_actions_by_assignee ON response_actions (tenant_id, assignee_id);

CREATE TABLE force_responses (
  tenant_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  change TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT,
  updated_by TEXT NOT NULL,
  updated_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, case_id)
);
`,
  },
  {
    version: 7,
    name: 'feedback and polls',
    script: `
CREATE TABLE feedback_ratings (
  tenant_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  issue_number INTEGER NOT NULL,
  case_id TEXT NOT NULL,
  rating INTEGER NOT NULL,
  comment_id TEXT NOT NULL,
  comment TEXT,
  comment_hidden {boolean} NOT NULL,
  rated_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, person_id, issue_number, case_id)
);
CREATE INDEX feedback_ratings_by_time ON feedback_ratings (rated_at, tenant_id);
CREATE INDEX feedback_ratings_by_tenant_time ON feedback_ratings (tenant_id, rated_at);
CREATE UNIQUE INDEX feedback_ratings_by_comment ON feedback_ratings (comment_id);

CREATE TABLE feedback_settings (
  tenant_id TEXT PRIMARY KEY,
  comments_off {boolean} NOT NULL,
  updated_at {timestamp} NOT NULL
);

CREATE TABLE poll_votes (
  tenant_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  poll_id TEXT NOT NULL,
  option_id TEXT NOT NULL,
  voted_at {timestamp} NOT NULL,
  PRIMARY KEY (tenant_id, poll_id, person_id)
);
CREATE INDEX poll_votes_by_poll ON poll_votes (poll_id, tenant_id, option_id);
CREATE INDEX poll_votes_by_tenant_time ON poll_votes (tenant_id, voted_at);
`,
  },
  {
    version: 8,
    name: 'insights',
    script: `
CREATE TABLE case_reads (
  tenant_id TEXT NOT NULL,
  day TEXT NOT NULL,
  case_id TEXT NOT NULL,
  reads INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, day, case_id)
);

CREATE TABLE insight_weeks (
  tenant_id TEXT NOT NULL,
  week TEXT NOT NULL,
  posts_delivered INTEGER NOT NULL,
  posts_failed INTEGER NOT NULL,
  posts_discussed INTEGER NOT NULL,
  replies INTEGER NOT NULL,
  participants INTEGER NOT NULL,
  reads INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, week)
);

CREATE TABLE insight_kept (
  tenant_id TEXT PRIMARY KEY,
  kept_until TEXT NOT NULL
);

CREATE TABLE insight_case_weeks (
  tenant_id TEXT NOT NULL,
  week TEXT NOT NULL,
  case_id TEXT NOT NULL,
  replies INTEGER NOT NULL,
  participants INTEGER NOT NULL,
  reads INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, week, case_id)
);
CREATE INDEX deliveries_by_tenant_week ON deliveries (tenant_id, due_at, status);
`,
  },
  {
    version: 9,
    name: 'insights-replies-index',
    script: `
CREATE INDEX replies_for_insights ON replies (tenant_id, created_at, case_id, author_id, channel_id, root_message_id);
`,
  },
];
