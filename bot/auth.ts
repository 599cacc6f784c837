import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import {
  AuthenticationConstants,
  type BotFrameworkAuthentication,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { BotIdentity } from '../src/config';

/** The Bot Connector's audience for outbound calls (public cloud). */
export const BOT_CONNECTOR_SCOPE = AuthenticationConstants.ToChannelFromBotOAuthScope;

/** The login URL for outbound tokens: the publisher's tenant for a single-tenant bot. */
export function loginUrlFor(identity: BotIdentity | undefined): string {
  if (identity?.appType === 'SingleTenant' && identity.tenantId) {
    return `https://login.microsoftonline.com/${identity.tenantId}`;
  }
  return AuthenticationConstants.ToChannelFromBotLoginUrl;
}

/** Credentials for calls to the Bot Connector; none (auth disabled) in local mode. */
export function createCredentialsFactory(
  identity: BotIdentity | undefined,
): ServiceClientCredentialsFactory {
  if (!identity) return new ConfigurationServiceClientCredentialFactory({});
  return new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: identity.appId,
    MicrosoftAppPassword: identity.appPassword ?? '',
    MicrosoftAppType: identity.appType,
    MicrosoftAppTenantId: identity.tenantId ?? '',
  });
}

/**
 * Validation of inbound channel tokens and credentials for outbound calls. With an app id every
 * activity must carry a valid token; the OpenID metadata URL and issuer may be overridden (tests
 * sign tokens with a local key). Overriding one parameter means passing them all.
 */
export function createAuthentication(
  identity: BotIdentity | undefined,
  credentialsFactory: ServiceClientCredentialsFactory,
): BotFrameworkAuthentication {
  if (!identity?.openIdMetadataUrl && !identity?.tokenIssuer) {
    return new ConfigurationBotFrameworkAuthentication(
      identity
        ? { MicrosoftAppId: identity.appId, MicrosoftAppTenantId: identity.tenantId ?? '' }
        : {},
      credentialsFactory,
    );
  }
  return new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: identity.appId,
      MicrosoftAppTenantId: identity.tenantId ?? '',
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: loginUrlFor(identity),
      ToChannelFromBotOAuthScope: BOT_CONNECTOR_SCOPE,
      ToBotFromChannelTokenIssuer:
        identity.tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl:
        identity.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl:
        AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: 'urn:botframework:azure',
    },
    credentialsFactory,
  );
}
