import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/** The Teams web client, which Entra names as `azp` in the tokens it issues to the tab there. */
export const TEAMS_WEB_CLIENT = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

/**
 * A local key set that signs tab SSO tokens as Entra would (v2 access tokens, RS256, `kid`).
 * Serve `jwks` at the fake authority's `/common/discovery/v2.0/keys`.
 */
export class SsoTokens {
  private constructor(
    readonly jwks: { keys: JWK[] },
    private readonly key: CryptoKey,
    /** A key the authority does not publish, for forged tokens. */
    private readonly strangerKey: CryptoKey,
  ) {}

  static async create(): Promise<SsoTokens> {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const stranger = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', use: 'sig', alg: 'RS256' };
    return new SsoTokens({ keys: [jwk] }, privateKey, stranger.privateKey);
  }

  /**
   * A token for `tenantId` with issuer `<authorityHost>/<tid>/v2.0`, audience `appId`, scope
   * `access_as_user`, issued to Teams web, valid for an hour; `claims` override any of them.
   */
  async sign(options: {
    authorityHost: string;
    appId: string;
    tenantId: string;
    userObjectId: string;
    name?: string;
    claims?: Record<string, unknown>;
    expiresInSeconds?: number;
    forged?: boolean;
  }): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: `${options.authorityHost}/${options.tenantId}/v2.0`,
      aud: options.appId,
      tid: options.tenantId,
      oid: options.userObjectId,
      name: options.name ?? 'Test Officer',
      scp: 'access_as_user',
      azp: TEAMS_WEB_CLIENT,
      ver: '2.0',
      iat: now,
      nbf: now,
      exp: now + (options.expiresInSeconds ?? 3600),
      ...options.claims,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'test-key-1' })
      .sign(options.forged ? this.strangerKey : this.key);
  }
}
