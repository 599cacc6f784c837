import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * Stands in for the Bot Framework's token issuer: serves an OpenID metadata document and its
 * JWKS on loopback, and signs channel tokens with a local RSA key. Point the service at it with
 * `BOT_OPENID_METADATA_URL` = `openIdMetadataUrl` and `BOT_TOKEN_ISSUER` = `issuer`.
 */
export class BotTokenIssuer {
  /** The `iss` the channel puts in its tokens. */
  readonly issuer = 'https://api.botframework.test';
  private readonly keyId = 'test-key-1';
  private server: Server | undefined;
  private url: string | undefined;
  private privateKey: CryptoKey | undefined;
  private jwk: (JWK & { endorsements: string[] }) | undefined;

  /** Generates the key and starts serving; returns the OpenID metadata URL. */
  async start(): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.privateKey = privateKey;
    this.jwk = {
      ...(await exportJWK(publicKey)),
      kid: this.keyId,
      use: 'sig',
      endorsements: ['msteams'],
    };
    const server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/.well-known/openidconfiguration') {
        response.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.base}/keys` }));
      } else if (request.url === '/keys') {
        response.end(JSON.stringify({ keys: [this.jwk] }));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.openIdMetadataUrl;
  }

  get openIdMetadataUrl(): string {
    return `${this.base}/.well-known/openidconfiguration`;
  }

  /** A channel token as Teams sends it to the bot: `aud` is the bot's app id. */
  async channelToken(options: {
    appId: string;
    serviceUrl: string;
    issuer?: string;
    expiresInSeconds?: number;
  }): Promise<string> {
    if (!this.privateKey) throw new Error('BotTokenIssuer is not started');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: options.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: this.keyId, typ: 'JWT' })
      .setIssuer(options.issuer ?? this.issuer)
      .setAudience(options.appId)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
      .sign(this.privateKey);
  }

  /** A token signed by a key the metadata does not publish. */
  async foreignToken(options: { appId: string; serviceUrl: string }): Promise<string> {
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: options.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: this.keyId, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(options.appId)
      .setIssuedAt(now - 60)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private get base(): string {
    if (!this.url) throw new Error('BotTokenIssuer is not started');
    return this.url;
  }
}
