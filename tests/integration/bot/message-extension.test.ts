import assert from 'node:assert/strict';
import { BotTokenIssuer } from '../../support/bot-tokens';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { bilingualLibrary } from './fixtures';
import {
  APP_ID,
  BOT_ID,
  BotHarness,
  FAKE_BOT_TOKEN,
  MEMBER,
  OTHER_TENANT,
  TENANT,
} from './harness';

const PUBLIC_BASE_URL = 'https://ltl.example.net';

/** Teams refuses a card larger than 28 KB. */
const CARD_LIMIT_BYTES = 28 * 1024;

interface ExtensionAnswer {
  composeExtension: {
    type: string;
    text?: string;
    attachmentLayout?: string;
    attachments?: {
      contentType: string;
      content: { version: string; actions: { url: string }[] };
      preview: { contentType: string; content: { title: string; subtitle: string } };
    }[];
  };
}

/** An invoke from a chat's compose box, as Teams sends it. */
function invoke(
  serviceUrl: string,
  name: string,
  value: unknown,
  options: { tenantId?: string; locale?: string } = {},
) {
  const tenantId = options.tenantId ?? TENANT;
  return {
    type: 'invoke',
    name,
    id: `f:${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'en-GB',
    from: MEMBER,
    recipient: { id: BOT_ID, name: 'Learning the Lessons' },
    conversation: { id: 'a:chat-with-a-colleague', conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId }, source: { name: 'compose' } },
    value,
  };
}

const search = (parameters: { name: string; value: unknown }[], skip = 0, count = 25) => ({
  commandId: 'searchCases',
  parameters,
  queryOptions: { skip, count },
});

describe('the message extension: a case shared from the compose box', () => {
  describe('in local mode', () => {
    let harness: BotHarness;
    before(async () => {
      harness = await new BotHarness({ env: { PUBLIC_BASE_URL } }).start();
    });
    after(() => harness.stop());

    const ask = async (
      name: string,
      value: unknown,
      options?: { tenantId?: string; locale?: string },
    ) => {
      const answer = await harness.send(invoke(harness.serviceUrl, name, value, options));
      assert.equal(answer.status, 200);
      return (answer.body as ExtensionAnswer).composeExtension;
    };
    const query = (parameters: { name: string; value: unknown }[], locale?: string) =>
      ask('composeExtension/query', search(parameters), locale ? { locale } : {});

    it('finds cases by words and offers each as a valid Adaptive Card 1.5 case card with a preview', async () => {
      const result = await query([{ name: 'words', value: 'welfare' }]);
      assert.equal(result.type, 'result');
      assert.equal(result.attachmentLayout, 'list');
      const [first, ...others] = result.attachments!;
      assert.equal(others.length, 0);
      assert.equal(first!.contentType, 'application/vnd.microsoft.card.adaptive');
      assert.deepEqual(cardProblems(first!.content), []);
      const texts = cardTexts(first!.content);
      assert.ok(texts.includes('A welfare check at night'));
      assert.ok(texts.includes('Summary of A welfare check at night.'));
      assert.ok(texts.includes('• Check the record before you act.'));
      assert.ok(texts.includes('• What would you do first?'));
      assert.ok(texts.includes('• How would you teach this?'), 'every audience by default');
      assert.ok(!texts.some((text) => text.startsWith('Reply in this thread')));
      assert.match(first!.content.actions[0]!.url, /^https:\/\/teams\.microsoft\.com\/l\/entity\//);
      assert.match(decodeURIComponent(first!.content.actions[0]!.url), /\/cases\/43-1"/);
      assert.equal(first!.preview.contentType, 'application/vnd.microsoft.card.thumbnail');
      assert.equal(first!.preview.content.title, 'A welfare check at night');
      assert.equal(first!.preview.content.subtitle, 'Issue 43 · Mental health');
      assert.ok(Buffer.byteLength(JSON.stringify(first!.content)) < CARD_LIMIT_BYTES);
    });

    it('carries only the questions for the audience chosen from the list', async () => {
      const result = await query([
        { name: 'words', value: 'welfare' },
        { name: 'audience', value: 'trainers' },
      ]);
      const texts = cardTexts(result.attachments![0]!.content);
      assert.ok(texts.includes('• How would you teach this?'));
      assert.ok(!texts.includes('• What would you do first?'));
    });

    it('takes an audience named among the words, in English or Welsh, as the audience', async () => {
      for (const words of ['welfare supervisors and managers', 'Goruchwylwyr a rheolwyr welfare']) {
        const result = await query([{ name: 'words', value: words }]);
        assert.equal(result.attachments?.length, 1, words);
        const texts = cardTexts(result.attachments![0]!.content);
        assert.ok(texts.includes('• How would you support the officer?'), words);
        assert.ok(!texts.includes('• How would you teach this?'), words);
      }
    });

    it('filters by factor', async () => {
      const result = await query([{ name: 'factor', value: 'vetting' }]);
      assert.deepEqual(
        result.attachments!.map((attachment) => attachment.preview.content.title),
        ['An undeclared business interest'],
      );
    });

    it('before anything is typed, offers the latest issue’s cases, a page at a time', async () => {
      const first = await ask(
        'composeExtension/query',
        search([{ name: 'initialRun', value: 'true' }], 0, 1),
      );
      const second = await ask(
        'composeExtension/query',
        search([{ name: 'initialRun', value: 'true' }], 1, 1),
      );
      assert.deepEqual(
        [...first.attachments!, ...second.attachments!].map((a) => a.preview.content.subtitle),
        ['Issue 44 · Corruption', 'Issue 44 · Corruption'],
      );
      assert.notEqual(
        first.attachments![0]!.preview.content.title,
        second.attachments![0]!.preview.content.title,
      );
    });

    it('answers in Welsh for a reader whose Teams is in Welsh, with the Welsh text of the case', async () => {
      harness.library = bilingualLibrary();
      try {
        const result = await query([{ name: 'words', value: 'busnes' }], 'cy-GB');
        const card = result.attachments![0]!.content;
        assert.deepEqual(cardProblems(card), []);
        assert.ok(cardTexts(card).includes('Buddiant busnes heb ei ddatgan'));
        assert.equal(result.attachments![0]!.preview.content.subtitle, 'Rhifyn 44 · Llygredd');
        const none = await query([{ name: 'words', value: 'zebra' }], 'cy-GB');
        assert.equal(none.type, 'message');
        assert.match(none.text!, /^Does dim astudiaethau achos yn cyfateb/);
      } finally {
        harness.library = new BotHarness().library;
      }
    });

    it('says so when nothing matches, rather than showing an empty list', async () => {
      const result = await query([{ name: 'words', value: 'zebra crossing' }]);
      assert.deepEqual(result, {
        type: 'message',
        text: 'No case studies match. Try fewer words, or another factor or role.',
      });
    });

    const refused: [string, unknown, string][] = [
      [
        'a search longer than 200 characters',
        search([{ name: 'words', value: 'custody '.repeat(30) }]),
        'Search with at most 200 characters.',
      ],
      [
        'control characters',
        search([{ name: 'words', value: 'custody\u0000\u0007' }]),
        'Search with letters, numbers and punctuation only.',
      ],
      [
        'an audience that is not one of ours',
        search([{ name: 'audience', value: 'everyone' }]),
        'The search could not be read. Please try again.',
      ],
      [
        'a command the app does not have',
        { ...search([{ name: 'words', value: 'custody' }]), commandId: 'deleteEverything' },
        'The search could not be read. Please try again.',
      ],
      ['no value at all', undefined, 'The search could not be read. Please try again.'],
    ];
    for (const [what, value, text] of refused) {
      it(`refuses ${what} with a sentence saying what to do`, async () => {
        assert.deepEqual(await ask('composeExtension/query', value), { type: 'message', text });
      });
    }

    it('gives a force that is not served a clear message, not a card', async () => {
      for (const [name, value] of [
        ['composeExtension/query', search([{ name: 'words', value: 'welfare' }])],
        ['composeExtension/queryLink', { url: `${PUBLIC_BASE_URL}/#/cases/43-1` }],
      ] as const) {
        assert.deepEqual(await ask(name, value, { tenantId: OTHER_TENANT }), {
          type: 'message',
          text: 'Learning the Lessons is not enabled for your organisation yet. Please ask your IT team to approve it.',
        });
      }
    });

    it('unfurls a pasted link to a case into its card as Adaptive Card 1.3, with every audience’s questions', async () => {
      const result = await ask('composeExtension/queryLink', {
        url: `${PUBLIC_BASE_URL}/#/cases/43-1`,
      });
      assert.equal(result.type, 'result');
      const [unfurled] = result.attachments!;
      assert.equal(unfurled!.content.version, '1.3');
      assert.deepEqual(cardProblems(unfurled!.content, '1.3'), []);
      const texts = cardTexts(unfurled!.content);
      assert.ok(texts.includes('A welfare check at night'));
      assert.ok(texts.includes('• What would you do first?'));
      assert.ok(texts.includes('• How would you teach this?'));
      assert.equal(unfurled!.preview.content.title, 'A welfare check at night');
    });

    it('leaves any other link as it is', async () => {
      for (const url of [
        `${PUBLIC_BASE_URL}/#/issues/44`,
        `${PUBLIC_BASE_URL}/#/cases/99-9`,
        `${PUBLIC_BASE_URL}/privacy#/cases/43-1`,
        'https://elsewhere.example/#/cases/43-1',
        'http://ltl.example.net/#/cases/43-1',
        'not a link',
      ]) {
        const result = await ask('composeExtension/queryLink', { url });
        assert.deepEqual(
          result,
          { type: 'result', attachmentLayout: 'list', attachments: [] },
          url,
        );
      }
    });
  });

  describe('with a bot app id', () => {
    let issuer: BotTokenIssuer;
    let harness: BotHarness;
    before(async () => {
      issuer = new BotTokenIssuer();
      await issuer.start();
      harness = await new BotHarness({
        expectedToken: FAKE_BOT_TOKEN,
        env: {
          MICROSOFT_APP_ID: APP_ID,
          MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
          MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
          BOT_OPENID_METADATA_URL: issuer.openIdMetadataUrl,
          BOT_TOKEN_ISSUER: issuer.issuer,
          PUBLIC_BASE_URL,
        },
      }).start();
    });
    after(async () => {
      await harness.stop();
      await issuer.stop();
    });

    const invokes: [string, unknown][] = [
      ['composeExtension/query', search([{ name: 'words', value: 'welfare' }])],
      ['composeExtension/queryLink', { url: `${PUBLIC_BASE_URL}/#/cases/43-1` }],
    ];
    for (const [name, value] of invokes) {
      it(`answers ${name} carrying the channel’s token with the case card`, async () => {
        const token = await issuer.channelToken({ appId: APP_ID, serviceUrl: harness.serviceUrl });
        const answer = await harness.send(invoke(harness.serviceUrl, name, value), {
          authorization: `Bearer ${token}`,
        });
        assert.equal(answer.status, 200);
        const result = (answer.body as ExtensionAnswer).composeExtension;
        assert.equal(result.attachments?.length, 1);
      });

      it(`refuses ${name} without a token with 401, and answers with no card`, async () => {
        const answer = await harness.send(invoke(harness.serviceUrl, name, value));
        assert.equal(answer.status, 401);
        assert.deepEqual(answer.body, {
          type: 'about:blank',
          title: 'The request is not authorized.',
          status: 401,
        });
      });
    }
  });
});
