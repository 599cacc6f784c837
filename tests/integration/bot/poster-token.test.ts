import assert from 'node:assert/strict';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import { createChannelPoster } from '../../../bot';
import { loadConfig } from '../../../src/config';
import { judgePostError } from '../../../src/delivery/retry';
import type { CasePost } from '../../../src/delivery/ports';
import { UpstreamError } from '../../../src/errors';
import { FakeBotConnector } from '../../../testkit';
import { testLibrary } from './fixtures';
import { APP_ID, BRIEFING, fakeTeam, TEAM_ID, TENANT } from './harness';

/** Credentials whose token request fails, as when Microsoft's login endpoint is out of reach. */
class UnreachableTokenEndpoint extends ServiceClientCredentialsFactory {
  override async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP_ID;
  }
  override async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  override async createCredentials(): ReturnType<
    ServiceClientCredentialsFactory['createCredentials']
  > {
    return {
      signRequest: () =>
        Promise.reject(new Error('getaddrinfo ENOTFOUND login.microsoftonline.com')),
    } as unknown as Awaited<ReturnType<ServiceClientCredentialsFactory['createCredentials']>>;
  }
}

describe('the ChannelPoster when the bot cannot get its token', () => {
  let connector: FakeBotConnector;
  afterEach(() => connector.stop());

  it('posts nothing and fails with an UpstreamError the engine retries', async () => {
    connector = new FakeBotConnector({ rateLimits: null });
    const serviceUrl = await connector.start();
    connector.addTeam(fakeTeam);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
    });
    const poster = createChannelPoster(config, {
      credentialsFactory: new UnreachableTokenEndpoint(),
    });
    const library = testLibrary();
    const post: CasePost = {
      deliveryId: 'delivery-8',
      issue: library.issue(44)!,
      caseStudy: library.caseStudy('44-1')!,
      audiences: ['officers-and-staff'],
      lastDiscussionParticipants: null,
      language: 'en',
    };
    const error = await poster
      .postCase({ tenantId: TENANT, teamId: TEAM_ID, channelId: BRIEFING, serviceUrl }, post)
      .then(
        () => assert.fail('expected an UpstreamError'),
        (caught: unknown) => caught,
      );
    assert.ok(error instanceof UpstreamError);
    assert.deepEqual(judgePostError(error), { kind: 'retry' });
    assert.equal(connector.received.length, 0);
  });
});
