/**
 * `npm run package [-- --env local|dev]`: renders the Teams app package of an environment into
 * `appPackage/build/appPackage.<env>.zip`. Values come from `env/.env.<env>`, then
 * `env/.env.<env>.user` (secrets and personal overrides, git-ignored), which wins.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { parse } from 'dotenv';
import JSZip from 'jszip';
import { AppError } from '../src/errors';

/** The files of the package, in the order they are zipped; JSON files are templates. */
export const packageFiles = ['manifest.json', 'color.png', 'outline.png', 'cy.json'] as const;

const placeholder = /\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/g;
const environmentName = /^[a-z][a-z0-9-]*$/;

export interface AppPackage {
  /** Where the zip was written. */
  zipPath: string;
  /** The rendered manifest, as zipped. */
  manifest: Record<string, unknown>;
}

/** Reads `env/.env.<environment>` and then `env/.env.<environment>.user` over it. */
export function readEnvironment(root: string, environment: string): Record<string, string> {
  if (!environmentName.test(environment)) {
    throw new AppError(
      'BadRequest',
      `"${environment}" is not an environment name (try local or dev).`,
    );
  }
  const file = join(root, 'env', `.env.${environment}`);
  if (!existsSync(file)) {
    throw new AppError(
      'NotFound',
      `There is no env/.env.${environment}: create it from env/.env.dev.`,
    );
  }
  const userFile = `${file}.user`;
  return {
    ...parse(readFileSync(file)),
    ...(existsSync(userFile) ? parse(readFileSync(userFile)) : {}),
  };
}

/** Adds `PUBLIC_HOST` (the host of `PUBLIC_BASE_URL`, with any port) and checks the URL. */
export function withDerivedValues(values: Record<string, string>): Record<string, string> {
  const baseUrl = values.PUBLIC_BASE_URL?.trim().replace(/\/+$/, '');
  if (!baseUrl) return values;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError('BadRequest', `PUBLIC_BASE_URL "${baseUrl}" is not an absolute URL.`);
  }
  if (url.protocol !== 'https:') {
    throw new AppError(
      'BadRequest',
      `PUBLIC_BASE_URL must be an https address for Teams (got "${baseUrl}"): for local, put your dev tunnel's address in env/.env.local.user.`,
    );
  }
  const host = values.PUBLIC_HOST?.trim() || url.host;
  if (host !== url.host) {
    throw new AppError(
      'BadRequest',
      `PUBLIC_HOST "${host}" is not the host of PUBLIC_BASE_URL "${baseUrl}": remove it or make them agree.`,
    );
  }
  return { ...values, PUBLIC_BASE_URL: baseUrl, PUBLIC_HOST: host };
}

/**
 * Replaces every `${{NAME}}` in a JSON template with its value, escaped for a JSON string.
 * Throws naming every placeholder that has no value (unset or empty).
 */
export function renderTemplate(
  template: string,
  values: Record<string, string>,
  source: string,
): string {
  const missing = new Set<string>();
  const rendered = template.replace(placeholder, (_match, name: string) => {
    const value = values[name]?.trim();
    if (!value) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    const names = [...missing].join(', ');
    throw new AppError(
      'BadRequest',
      `${source} needs a value for ${names}: set ${missing.size === 1 ? 'it' : 'them'} in the environment's env file or its .user file.`,
    );
  }
  return rendered;
}

/** The JSON schema a manifest or localisation file names, read from `@microsoft/app-manifest` (offline). */
export function localSchema(schemaUrl: string): Record<string, unknown> {
  const match = /\/json-schemas\/teams\/(v[\w.]+)\/([\w.]+\.schema\.json)$/.exec(schemaUrl);
  const packageMain = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const file = match && join(dirname(packageMain), 'json-schemas', 'teams', match[1]!, match[2]!);
  if (!file || !existsSync(file)) {
    throw new AppError(
      'BadRequest',
      `The schema ${schemaUrl} is not one @microsoft/app-manifest ships.`,
    );
  }
  return repairPatterns(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
}

/**
 * The localisation schemas spell a literal `]` unescaped after `\b` in two property patterns,
 * which is not a valid Unicode regular expression (ajv compiles with the `u` flag); escape it.
 */
function repairPatterns(schema: Record<string, unknown>): Record<string, unknown> {
  const patterns = schema.patternProperties;
  if (typeof patterns !== 'object' || patterns === null) return schema;
  const repaired = Object.fromEntries(
    Object.entries(patterns).map(([pattern, rule]) => [pattern.replaceAll('\\b]', '\\b\\]'), rule]),
  );
  return { ...schema, patternProperties: repaired };
}

/** Validates a rendered JSON file against the schema its `$schema` names; returns the errors. */
export async function schemaErrors(document: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = document.$schema;
  if (typeof schemaUrl !== 'string') return ['$schema is missing'];
  const schema = localSchema(schemaUrl) as unknown as Parameters<
    typeof AppManifestUtils.validateAgainstSchema
  >[1];
  return AppManifestUtils.validateAgainstSchema(document as unknown as AppManifest, schema);
}

/** Renders, validates and zips the package of an environment under `root`. */
export async function buildAppPackage(root: string, environment: string): Promise<AppPackage> {
  const values = withDerivedValues(readEnvironment(root, environment));
  const zip = new JSZip();
  let manifest: Record<string, unknown> = {};
  for (const name of packageFiles) {
    const path = join(root, 'appPackage', name);
    if (!name.endsWith('.json')) {
      zip.file(name, readFileSync(path));
      continue;
    }
    const rendered = renderTemplate(readFileSync(path, 'utf8'), values, `appPackage/${name}`);
    const document = JSON.parse(rendered) as Record<string, unknown>;
    const errors = await schemaErrors(document);
    if (errors.length > 0) {
      throw new AppError(
        'BadRequest',
        `appPackage/${name} (${environment}) breaks its schema:\n  ${errors.join('\n  ')}`,
      );
    }
    if (name === 'manifest.json') manifest = document;
    zip.file(name, rendered);
  }
  const zipPath = join(root, 'appPackage', 'build', `appPackage.${environment}.zip`);
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { zipPath, manifest };
}

function environmentArgument(args: string[]): string {
  const index = args.findIndex((arg) => arg === '--env' || arg.startsWith('--env='));
  if (index === -1) return 'local';
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice('--env='.length) : (args[index + 1] ?? '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  buildAppPackage(root, environmentArgument(process.argv.slice(2))).then(
    ({ zipPath }) => console.log(`Wrote ${zipPath}`),
    (error: unknown) => {
      console.error(error instanceof AppError ? error.message : error);
      process.exitCode = 1;
    },
  );
}
