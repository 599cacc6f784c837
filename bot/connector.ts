import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../src/config';
import { UpstreamError } from '../src/errors';
import { parseRetryAfter } from '../src/graph/middleware';
import { BOT_CONNECTOR_SCOPE, createCredentialsFactory, loginUrlFor } from './auth';

/** How long one call to the Bot Connector may take before it counts as a dropped connection. */
const REQUEST_TIMEOUT_MS = 30_000;

/** One request to the Bot Connector at a conversation's service URL; resolves with its JSON. */
export type ConnectorCall = (
  serviceUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => Promise<unknown>;

/**
 * Calls to the Bot Connector with the bot's own token (none in local mode). It never retries: a
 * failure is an `UpstreamError` with the connector's status and error code (status 0 for a dropped
 * connection, 503 when the bot's token cannot be had, 502 for an answer that is not JSON).
 */
export function createConnectorCall(
  config: Config,
  options: { credentialsFactory?: ServiceClientCredentialsFactory } = {},
): ConnectorCall {
  const credentialsFactory = options.credentialsFactory ?? createCredentialsFactory(config.bot);

  const authorization = async (): Promise<string | undefined> => {
    const credentials = await credentialsFactory.createCredentials(
      config.bot?.appId ?? '',
      BOT_CONNECTOR_SCOPE,
      loginUrlFor(config.bot),
      true,
    );
    let header: string | undefined;
    const headers = {
      set: (name: string, value: string) => {
        if (name.toLowerCase() === 'authorization') header = value;
      },
    };
    await credentials.signRequest({ headers } as unknown as Parameters<
      typeof credentials.signRequest
    >[0]);
    return header;
  };

  return async (serviceUrl, method, path, body) => {
    const url = new URL(path, serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth = await authorization().catch(() => {
      throw new UpstreamError('bot-connector', 503, 'BotTokenUnavailable');
    });
    if (auth) headers.authorization = auth;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new UpstreamError('bot-connector', 0, null);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new UpstreamError(
        'bot-connector',
        response.status,
        errorCode(text),
        parseRetryAfter(response.headers.get('retry-after')) ?? null,
      );
    }
    try {
      return text === '' ? {} : JSON.parse(text);
    } catch {
      throw new UpstreamError('bot-connector', 502, 'UnreadableAnswer');
    }
  };
}

function errorCode(body: string): string | null {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}
