import assert from 'node:assert/strict';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { bilingualLibrary } from './fixtures';
import { BotHarness, BRIEFING, OTHER_TENANT, TEAM_ID, TENANT } from './harness';

interface CardAttachment {
  content: { body: { id?: string; value?: string }[]; actions?: { title: string }[] };
}

const PERSONAL = 'a:personal-chat';
const welsh = <T extends Record<string, unknown>>(activity: T) => ({
  ...activity,
  locale: 'cy-GB',
});

describe('the bot in Welsh', () => {
  let harness: BotHarness;
  beforeEach(async () => {
    harness = await new BotHarness().start();
    harness.library = bilingualLibrary();
  });
  afterEach(() => harness.stop());

  const lastSent = (conversationId: string) => harness.connector.sentTo(conversationId).at(-1);
  const lastText = (conversationId: string) =>
    String(lastSent(conversationId)?.activity.text ?? '');
  const lastCard = (conversationId: string) =>
    (lastSent(conversationId)?.activity.attachments as CardAttachment[] | undefined)?.[0]?.content;

  describe('in a personal chat', () => {
    const say = (text: string, locale?: string) =>
      harness.send({
        ...harness.activities.personal(text),
        ...(locale ? { locale } : {}),
      });

    it('answers a person whose Teams is in Welsh in Welsh, naming the Welsh commands', async () => {
      await say('help', 'cy-GB');
      const text = lastText(PERSONAL);
      assert.match(text, /^Dyma beth alla i ei wneud yn y sgwrs hon:/);
      for (const name of ['diweddaraf', 'achos', 'chwilio', 'cymorth']) {
        assert.ok(text.includes(`**${name}**`), name);
      }
      assert.match(text, /In English: say \*\*help\*\*\./);
    });

    it('understands a Welsh command from anyone, and answers it in Welsh', async () => {
      await say('cymorth', 'en-GB');
      assert.match(lastText(PERSONAL), /^Dyma beth alla i ei wneud/);
      await say('help', 'en-GB');
      assert.match(lastText(PERSONAL), /^Here is what I can do/);
      assert.match(lastText(PERSONAL), /Yn Gymraeg: dywedwch \*\*cymorth\*\*\./);
    });

    it('lists the latest issue in Welsh where translated, saying where it is not', async () => {
      await say('diweddaraf');
      const text = lastText(PERSONAL);
      assert.match(text, /^\*\*Rhifyn 44: Llygredd\*\* \(15 Hydref 2024\)/);
      assert.match(text, /- 44-1: Buddiant busnes heb ei ddatgan/);
      assert.match(text, /Dywedwch \*\*achos\*\* a rhif, er enghraifft `achos 44-1`/);
    });

    it('shows a case as a Welsh card: its Welsh text, or the English with a Welsh note', async () => {
      await say('achos 44-1');
      const card = lastCard(PERSONAL)!;
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      assert.ok(texts.includes('Buddiant busnes heb ei ddatgan'));
      assert.ok(texts.includes('Prif wersi'));
      assert.ok(texts.includes('Cwestiynau myfyriol'));
      assert.ok(texts.includes('Swyddogion a staff rheng flaen'));
      assert.ok(
        texts.includes(
          '**Rhybudd cynnwys:** Mae’r rhifyn hwn yn trafod llygredd a chamddefnyddio swydd.',
        ),
      );
      assert.deepEqual(
        card.actions?.map((action) => action.title),
        ['Darllen yr achos llawn', 'Taflen friffio (PDF)'],
      );
      assert.match(
        (card.actions?.[1] as unknown as { url: string }).url,
        /^http:\/\/localhost:\d+\/api\/cases\/44-1\/sheet\.pdf\?lang=cy$/,
      );

      await say('achos 44-2');
      const english = cardTexts(lastCard(PERSONAL)!);
      assert.ok(
        english.some((text) => text.startsWith('Nid yw’r astudiaeth achos hon wedi’i chyfieithu')),
      );
      assert.ok(english.includes('Prif wersi'));
      assert.ok(english.includes('• \\- not a list'), 'the English key learning');
    });

    it('searches in Welsh and answers in Welsh', async () => {
      await say('chwilio busnes');
      assert.match(
        lastText(PERSONAL),
        /^\*\*Astudiaethau achos sy’n cyfateb\*\*\n- 44-1: Buddiant busnes/,
      );
      await say('chwilio');
      assert.match(lastText(PERSONAL), /Dywedwch \*\*chwilio\*\* ac ychydig eiriau/);
    });

    it('greets a new Welsh-speaking user in Welsh', async () => {
      await harness.send(
        welsh({
          ...harness.activities.personal(''),
          type: 'conversationUpdate',
          text: undefined,
          membersAdded: [{ id: '28:bot-id' }],
        }),
      );
      assert.match(lastText(PERSONAL), /^Helo, Dysgu’r Gwersi ydw i\./);
      assert.match(lastText(PERSONAL), /\*\*diweddaraf\*\*/);
    });

    it('tells someone in a force not yet served, in Welsh', async () => {
      await harness.send(welsh(harness.activities.personal('cymorth', OTHER_TENANT)));
      assert.match(lastText(PERSONAL), /^Nid yw Dysgu’r Gwersi wedi’i alluogi/);
    });
  });

  describe('in a team', () => {
    const mention = (text: string) =>
      harness.send(welsh(harness.activities.message({ text, mention: true })));

    it('welcomes a team in the language of whoever added it, offering Welsh posts', async () => {
      await harness.send(welsh(harness.activities.botAdded()));
      const card = lastCard(TEAM_ID)!;
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      assert.ok(texts.includes('Croeso i Ddysgu’r Gwersi'));
      const channels = card.body.find((element) => element.id === 'channelId') as unknown as {
        choices: { title: string; value: string }[];
      };
      assert.deepEqual(
        channels.choices.find((choice) => choice.value === TEAM_ID)?.title,
        'Cyffredinol',
        'the General channel as Teams names it in Welsh',
      );
      const language = card.body.find((element) => element.id === 'postLanguage');
      assert.equal(
        language?.value,
        'cy',
        'a Welsh speaker’s team posts in Welsh unless it chooses',
      );
    });

    it('saves a bilingual weekly post from a Welsh card, and posts it Welsh first', async () => {
      await harness.install();
      const answer = await harness.send(
        welsh(
          harness.activities.cardAction({
            channelId: BRIEFING,
            weekday: '2',
            time: '07:15',
            timeZone: 'Europe/London',
            audiences: 'officers-and-staff',
            themes: 'Corruption',
            notifyNewIssues: 'true',
            postLanguage: 'bilingual',
          }),
        ),
      );
      const saved = (answer.body as { value: unknown }).value;
      assert.deepEqual(cardProblems(saved), []);
      const texts = cardTexts(saved);
      assert.ok(texts.includes('Pryd: Dydd Mawrth am 07:15 (Europe/London)'));
      assert.ok(texts.includes('Iaith: Y ddwy: Cymraeg yn gyntaf, yna Saesneg'));
      assert.ok(texts.includes('Themâu: Llygredd'));
      assert.ok(
        texts.some((text) => /^Y postiad nesaf: Dydd Mawrth \d+ \w+ \d{4} am 07:15/.test(text)),
      );
      const subscription = await harness.store.subscriptions.findByChannel(TENANT, BRIEFING);
      assert.equal(subscription?.postLanguage, 'bilingual');

      await mention('postio nawr');
      assert.match(lastText(BRIEFING), /^Wedi postio \*\*Buddiant busnes heb ei ddatgan\*\*/);
      const [thread] = harness.connector.threads(BRIEFING);
      const posted = (thread!.activity.attachments as CardAttachment[])[0]!.content;
      assert.deepEqual(cardProblems(posted), []);
      const postTexts = cardTexts(posted);
      const welshTitle = postTexts.indexOf('Buddiant busnes heb ei ddatgan');
      const englishTitle = postTexts.indexOf('An undeclared business interest');
      assert.ok(welshTitle >= 0 && englishTitle > welshTitle, 'the Welsh comes first');
      assert.ok(postTexts[0]!.startsWith('**Rhybudd cynnwys:**'));
      assert.ok(postTexts[1]!.startsWith('**Content warning:**'));
      assert.deepEqual(
        posted.actions?.map((action) => action.title),
        [
          'Darllen yr achos llawn · Read the full case',
          'Ychwanegu at fy nghofnod dysgu · Add to my learning record',
        ],
      );
    });

    it('answers status in Welsh, counting replies with the Welsh plural forms', async () => {
      await harness.install();
      await harness.subscribe(BRIEFING, { postLanguage: 'cy' });
      await mention('statws');
      assert.match(
        lastText(BRIEFING),
        /^\*\*Astudiaeth achos wythnosol yn y sianel hon: ymlaen\*\*/,
      );
      assert.match(lastText(BRIEFING), /- Iaith: Cymraeg/);
      await mention('postio nawr');
      const [thread] = harness.connector.threads(BRIEFING);
      await mention('statws');
      assert.match(lastText(BRIEFING), /- Atebion: Dim atebion eto/);
      for (const [id, from] of [
        [
          '1800000000001',
          { id: '29:a', name: 'A', aadObjectId: 'aaaaaaaa-0000-4000-8000-0000000000a1' },
        ],
        [
          '1800000000002',
          { id: '29:b', name: 'B', aadObjectId: 'aaaaaaaa-0000-4000-8000-0000000000b2' },
        ],
      ] as const) {
        await harness.send(
          harness.activities.message({
            text: 'Ateb',
            thread: thread!.rootMessageId,
            from,
            id,
          }),
        );
      }
      await mention('statws');
      assert.match(lastText(BRIEFING), /- Atebion: 2 gydweithiwr/);
    });

    it('pauses and resumes in Welsh', async () => {
      await harness.install();
      await harness.subscribe();
      await mention('oedi');
      assert.match(lastText(BRIEFING), /^Wedi oedi\. .*\*\*ailddechrau\*\*/);
      await mention('ailddechrau');
      assert.match(lastText(BRIEFING), /^Wedi ailddechrau\./);
    });
  });
});
