import {
  ConfidentialClientApplication,
  type Configuration,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import { AppError, misconfigured } from '../errors';
import type { Logger } from '../logger';

/** Hands out an app-only Graph token for a force's tenant. */
export interface GraphTokenProvider {
  getToken(tenantId: string): Promise<string>;
}

/** The app's credential: a client secret or a certificate. */
export type AppCredential =
  | { clientSecret: string }
  | { certificate: { thumbprintSha256: string; privateKey: string; x5c?: string } };

export interface TokenProviderOptions {
  clientId: string;
  credential: AppCredential;
  /** `AUTHORITY_HOST`: tokens come from `<authorityHost>/<tenant>`. */
  authorityHost: string;
  logger: Logger;
}

const graphScope = 'https://graph.microsoft.com/.default';
const publicCloudHost = 'login.microsoftonline.com';

/**
 * One msal-node confidential client for every tenant. msal caches each tenant's token and renews
 * it shortly before expiry. An `http://` authority is accepted on loopback only (tests): msal
 * insists on https, so the authority is named with https and the network client maps it back.
 */
export function createGraphTokenProvider(options: TokenProviderOptions): GraphTokenProvider {
  const authority = new URL(options.authorityHost);
  const insecureLoopback = authority.protocol === 'http:' && isLoopback(authority.hostname);
  if (authority.protocol !== 'https:' && !insecureLoopback) {
    throw misconfigured('AUTHORITY_HOST must use https.');
  }
  const secureHost = `https://${authority.host}`;
  const configuration: Configuration = {
    auth: {
      clientId: options.clientId,
      authority: `${secureHost}/organizations`,
      ...('clientSecret' in options.credential
        ? { clientSecret: options.credential.clientSecret }
        : { clientCertificate: options.credential.certificate }),
      ...(authority.hostname === publicCloudHost ? {} : { knownAuthorities: [authority.host] }),
    },
    system: {
      networkClient: fetchNetworkClient(
        insecureLoopback ? { from: secureHost, to: `http://${authority.host}` } : undefined,
      ),
    },
  };
  const application = new ConfidentialClientApplication(configuration);
  return {
    async getToken(tenantId) {
      try {
        const result = await application.acquireTokenByClientCredential({
          scopes: [graphScope],
          authority: `${secureHost}/${tenantId}`,
        });
        if (!result?.accessToken) throw new Error('no access token in the response');
        return result.accessToken;
      } catch (error) {
        options.logger.warn({ err: error, tenantId }, 'graph token could not be acquired');
        throw new AppError(
          'Unavailable',
          'Microsoft Graph is not reachable for this organisation.',
          {
            cause: error,
          },
        );
      }
    },
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** msal's network port over `fetch`, optionally mapping one origin to another. */
function fetchNetworkClient(rewrite: { from: string; to: string } | undefined): INetworkModule {
  const send = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options: NetworkRequestOptions | undefined,
  ): Promise<NetworkResponse<T>> => {
    const target =
      rewrite && url.startsWith(rewrite.from) ? rewrite.to + url.slice(rewrite.from.length) : url;
    const response = await fetch(target, {
      method,
      headers: options?.headers,
      body: method === 'POST' ? options?.body : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: response.status, headers, body: parseJson(await response.text()) as T };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
