import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseEnvironmentFile } from 'dotenv';
import { z } from 'zod';
import { misconfigured } from './errors';
import { isGuid } from './ids';

/**
 * The service's configuration. This module is the only reader of `process.env`:
 * everything else receives a `Config`. `loadConfig` validates it all at start and fails
 * with one sentence naming the variable.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const url = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((value) => value.replace(/\/+$/, ''))
    .pipe(z.url({ message: 'must be an absolute URL' }));

/** The shortest operator key accepted: long enough that it cannot be guessed. */
export const MIN_OPERATOR_KEY_LENGTH = 32;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().trim().min(1).default('./data/ltl.sqlite'),
  DATABASE_MIGRATION_URL: optionalText,
  CONTENT_DIR: z.string().trim().min(1).default('./content'),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z
    .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
    .default('SingleTenant'),
  MICROSOFT_APP_TENANT_ID: optionalText,
  BOT_OPENID_METADATA_URL: optionalText,
  BOT_TOKEN_ISSUER: optionalText,
  TEAMS_APP_ID: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.url({ message: 'must be an absolute URL' }).optional()),
  ALLOWED_TENANTS: optionalText,
  GRAPH_BASE_URL: url('https://graph.microsoft.com'),
  AUTHORITY_HOST: url('https://login.microsoftonline.com'),
  MISSED_POST_GRACE_HOURS: z.coerce.number().positive().default(24),
  OPERATOR_KEY: optionalText.pipe(
    z
      .string()
      .min(MIN_OPERATOR_KEY_LENGTH, {
        message: `must be at least ${MIN_OPERATOR_KEY_LENGTH} characters (a long random string)`,
      })
      .optional(),
  ),
  CONSENT_STATE_SECRET: optionalText,
  WEBSITE_INSTANCE_ID: optionalText,
});

export type LogLevel = z.infer<typeof environmentSchema>['LOG_LEVEL'];

export interface BotIdentity {
  appId: string;
  appPassword: string | undefined;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  tenantId: string | undefined;
  /** Overrides for the channel token validation (tests sign tokens with a local key). */
  openIdMetadataUrl: string | undefined;
  tokenIssuer: string | undefined;
}

export interface Config {
  port: number;
  /** Local mode (no bot app id) listens on loopback only and checks no tokens. */
  host: string;
  localMode: boolean;
  logLevel: LogLevel;
  databaseUrl: string;
  /**
   * PostgreSQL only: the role that owns the schema and migrates it at start; `databaseUrl` is
   * then the runtime role, which reads and writes rows only. Undefined: `databaseUrl` does both.
   */
  databaseMigrationUrl: string | undefined;
  contentDir: string;
  bot: BotIdentity | undefined;
  teamsAppId: string;
  publicBaseUrl: string;
  /** Tenant ids that seed the tenants table at start; `*` (local mode only) admits any. */
  allowedTenants: string[] | '*';
  graphBaseUrl: string;
  authorityHost: string;
  missedPostGraceHours: number;
  operatorKey: string | undefined;
  /** Signs the admin-consent `state`; when absent it is derived from the app password. */
  consentStateSecret?: string | undefined;
  /**
   * Requests arrive through App Service's front end (App Service sets `WEBSITE_INSTANCE_ID` on
   * every instance), so the client address is the last `X-Forwarded-For` entry; elsewhere the
   * header is ignored.
   */
  behindAppServiceFrontEnd: boolean;
}

/**
 * The process environment over the variables of `env/.env.<name>` and, if present, the
 * git-ignored `env/.env.<name>.user` (secrets): what `npm start` runs with locally. Variables
 * already set in the process win.
 */
export function environmentWithFiles(name: string, dir = 'env'): NodeJS.ProcessEnv {
  const base = path.join(dir, `.env.${name}`);
  if (!existsSync(base)) throw misconfigured(`There is no environment file ${base}.`);
  const files = [base, `${base}.user`].filter((file) => existsSync(file));
  const fromFiles = Object.assign(
    {},
    ...files.map((file) => parseEnvironmentFile(readFileSync(file))),
  );
  return { ...fromFiles, ...process.env };
}

/** Variables whose value is never repeated in an error. */
const secretVariables: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'MICROSOFT_APP_PASSWORD',
  'OPERATOR_KEY',
  'CONSENT_STATE_SECRET',
]);

/** What App Service passes on, unchanged, when it cannot read a Key Vault secret. */
const keyVaultReference = /^\s*@Microsoft\.KeyVault\s*\(/i;

/**
 * Refuses a value that is still a Key Vault reference: App Service could not read the vault (as
 * on a first deploy, while the role assignment propagates), and the literal text would otherwise
 * serve as a secret anyone can guess, or as a SQLite path to an empty database.
 */
function refuseUnresolvedReferences(environment: NodeJS.ProcessEnv): void {
  const names = new Set([...Object.keys(environmentSchema.shape), ...Object.keys(environment)]);
  for (const name of names) {
    const value = environment[name];
    if (value !== undefined && keyVaultReference.test(value)) {
      throw misconfigured(
        `${name} is still a Key Vault reference: App Service could not read the secret, so the service does not start until its managed identity can read the vault.`,
      );
    }
  }
}

/** Reads and validates the environment; throws a `Misconfigured` `AppError` with one clear sentence. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  refuseUnresolvedReferences(environment);
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const received = secretVariables.has(variable) ? undefined : environment[variable];
    throw misconfigured(
      `${variable} ${issue.message.replace(/^Invalid input: /, '')}` +
        (received === undefined ? '.' : ` (got "${received}").`),
    );
  }
  const env = parsed.data;
  const localMode = env.MICROSOFT_APP_ID === undefined;
  if (!localMode && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD) {
    throw misconfigured('MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set.');
  }
  if (!localMode && env.MICROSOFT_APP_TYPE === 'SingleTenant' && !env.MICROSOFT_APP_TENANT_ID) {
    throw misconfigured(
      'MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is SingleTenant (the publisher tenant).',
    );
  }
  const allowedTenants = parseAllowedTenants(env.ALLOWED_TENANTS, localMode);
  checkMigrationUrl(env.DATABASE_URL, env.DATABASE_MIGRATION_URL);
  const port = env.PORT;
  return {
    port,
    host: localMode ? '127.0.0.1' : '0.0.0.0',
    localMode,
    logLevel: env.LOG_LEVEL,
    databaseUrl: env.DATABASE_URL,
    databaseMigrationUrl: env.DATABASE_MIGRATION_URL,
    contentDir: env.CONTENT_DIR,
    bot: localMode
      ? undefined
      : {
          appId: env.MICROSOFT_APP_ID!,
          appPassword: env.MICROSOFT_APP_PASSWORD,
          appType: env.MICROSOFT_APP_TYPE,
          tenantId: env.MICROSOFT_APP_TENANT_ID,
          openIdMetadataUrl: env.BOT_OPENID_METADATA_URL,
          tokenIssuer: env.BOT_TOKEN_ISSUER,
        },
    teamsAppId: env.TEAMS_APP_ID ?? '00000000-0000-4000-8000-00000000a11e',
    publicBaseUrl: env.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
    allowedTenants,
    graphBaseUrl: env.GRAPH_BASE_URL,
    authorityHost: env.AUTHORITY_HOST,
    missedPostGraceHours: env.MISSED_POST_GRACE_HOURS,
    operatorKey: env.OPERATOR_KEY,
    consentStateSecret: env.CONSENT_STATE_SECRET,
    behindAppServiceFrontEnd: env.WEBSITE_INSTANCE_ID !== undefined,
  };
}

const postgresUrl = /^postgres(ql)?:\/\//i;

/** The migration role's URL must name the same PostgreSQL database as `DATABASE_URL`. */
function checkMigrationUrl(databaseUrl: string, migrationUrl: string | undefined): void {
  if (migrationUrl === undefined) return;
  if (!postgresUrl.test(databaseUrl) || !postgresUrl.test(migrationUrl)) {
    throw misconfigured(
      'DATABASE_MIGRATION_URL is for PostgreSQL only: both it and DATABASE_URL must be postgres:// URLs.',
    );
  }
  const where = (variable: string, url: string) => {
    if (!URL.canParse(url)) throw misconfigured(`${variable} is not a valid postgres:// URL.`);
    const parsed = new URL(url);
    return `${parsed.hostname.toLowerCase()}:${parsed.port || '5432'}${parsed.pathname}`;
  };
  if (where('DATABASE_URL', databaseUrl) !== where('DATABASE_MIGRATION_URL', migrationUrl)) {
    throw misconfigured(
      'DATABASE_MIGRATION_URL must name the same server and database as DATABASE_URL (only the role differs).',
    );
  }
}

function parseAllowedTenants(value: string | undefined, localMode: boolean): string[] | '*' {
  if (value === undefined) return localMode ? '*' : [];
  if (value === '*') {
    if (!localMode) {
      throw misconfigured(
        'ALLOWED_TENANTS may be "*" only in local mode (without MICROSOFT_APP_ID); list the tenant ids instead.',
      );
    }
    return '*';
  }
  const ids = value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id !== '');
  const invalid = ids.find((id) => !isGuid(id));
  if (invalid !== undefined) {
    throw misconfigured(`ALLOWED_TENANTS has "${invalid}", which is not a tenant id (a GUID).`);
  }
  return ids;
}
