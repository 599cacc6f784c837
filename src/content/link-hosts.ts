import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentDocument } from './document';
import { parseMarkdown } from './markdown';
import type { ContentProblem } from './model';

/**
 * Where the library may link to. Readers trust a link in the magazine as the IOPC's: one to a
 * made-up address, or to a host nobody checked, is reported as a warning by the validator (the
 * library still loads). The hosts are listed one a line in `allowed-hosts.txt` at the library's
 * root (`#` starts a comment; a host allows its subdomains); without that file, the IOPC's own.
 */

/** The file that lists the hosts, at the root of the library. */
export const ALLOWED_HOSTS_FILE = 'allowed-hosts.txt';

/** The hosts allowed when the library lists none: the IOPC's website. */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['policeconduct.gov.uk'];

/** The front matter fields that hold a link. */
const LINK_FIELDS = ['pdf', 'feedback'] as const;

/** The allowed hosts of the library in `dir`, lower case. */
export async function readAllowedHosts(dir: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, ALLOWED_HOSTS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [...DEFAULT_ALLOWED_HOSTS];
    throw error;
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
    .filter((line) => line !== '');
}

/** A warning for each link in a document (its link fields and its body) to a host not allowed. */
export function linkWarnings(
  document: ContentDocument,
  allowedHosts: readonly string[],
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const data = document.data;
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  for (const field of LINK_FIELDS) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const message = whyNotAllowed(value, allowedHosts);
    if (message) warnings.push(document.fieldProblem([field], message));
  }
  for (const link of bodyLinks(document.body)) {
    const message = whyNotAllowed(link.href, allowedHosts);
    if (message) {
      warnings.push({
        path: document.path,
        line: document.bodyLine + link.line,
        field: 'link',
        message,
      });
    }
  }
  return warnings;
}

/** Every link in Markdown (written as a link, or a bare address), with its line from 0. */
function bodyLinks(markdown: string): { href: string; line: number }[] {
  return parseMarkdown(markdown).flatMap((block) =>
    (block.children ?? []).flatMap((child) => {
      const href = child.type === 'link_open' ? child.attrGet('href') : null;
      return typeof href === 'string' ? [{ href, line: block.map?.[0] ?? 0 }] : [];
    }),
  );
}

function whyNotAllowed(href: string, allowedHosts: readonly string[]): string | undefined {
  const host = hostOf(href);
  if (host === undefined) return undefined;
  const allowed = allowedHosts.some((entry) => host === entry || host.endsWith(`.${entry}`));
  if (allowed) return undefined;
  return `links to ${host}, which is not in the allowed hosts (${allowedHosts.join(', ') || 'none'}); check that the address exists and is one readers can trust, then add the host to ${ALLOWED_HOSTS_FILE}`;
}

/** The host a link leads to (an e-mail address's domain), or undefined for a link within the page. */
function hostOf(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol === 'mailto:') return url.pathname.split('@').at(-1)?.toLowerCase();
  return url.hostname === '' ? undefined : url.hostname.toLowerCase();
}
