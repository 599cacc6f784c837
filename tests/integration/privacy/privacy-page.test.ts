import assert from 'node:assert/strict';
import { startTestService, type TestService } from '../../../testkit';

async function page(service: TestService, query = '', headers: Record<string, string> = {}) {
  const response = await fetch(`${service.baseUrl}/privacy${query}`, { headers });
  return { response, html: await response.text() };
}

const headings = (html: string) => [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);

describe('the privacy page', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService();
  });
  after(() => service.stop());

  it('says in English what the app reads and keeps, for how long, where, and how to ask', async () => {
    const { response, html } = await page(service);

    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.equal(response.headers.get('content-language'), 'en-GB');
    assert.match(html, /<html lang="en-GB">/);
    assert.deepEqual(headings(html), [
      'What the app reads',
      'What the app keeps',
      'Why, and who can see it',
      'How long',
      'Where',
      'Your rights',
    ]);
    assert.match(html, /deleted automatically 12 months after they were written/);
    assert.match(html, /United Kingdom/);
    assert.match(
      html,
      /ask for a copy of everything the app holds about you, or for it to be removed/,
    );
    assert.match(html, /never the text of a message/);
    assert.match(html, /that ID is replaced by a code that no longer identifies you/);
    assert.match(html, /replies in a meeting’s chat are not collected/);
    assert.match(html, /the id of the meeting’s chat and the Teams address for it/);
    assert.match(html, /Only that officer can see their entries: not their supervisor/);
    assert.match(html, /until 36 months after it was last changed/);
    assert.match(html, /A copy of your data includes your learning record; erasure deletes it/);
    assert.match(html, /never your name, your team or your force/);
    assert.match(html, /your ratings, comments and votes are deleted/);
  });

  it('is in Welsh when asked with ?lang=cy, and links back to English', async () => {
    const { response, html } = await page(service, '?lang=cy');

    assert.equal(response.headers.get('content-language'), 'cy');
    assert.match(html, /<html lang="cy">/);
    assert.deepEqual(headings(html), [
      'Beth mae’r ap yn ei ddarllen',
      'Beth mae’r ap yn ei gadw',
      'Pam, a phwy sy’n gallu ei weld',
      'Am ba hyd',
      'Ble',
      'Eich hawliau',
    ]);
    assert.match(html, /dileu’n awtomatig 12 mis/);
    assert.match(html, /nes 36 mis ar ôl iddo gael ei newid ddiwethaf/);
    assert.match(html, /Deyrnas Unedig/);
    assert.match(html, /caiff yr ID hwnnw ei ddisodli gan god nad yw’n eich adnabod mwyach/);
    assert.match(
      html,
      /<a href="\/privacy\?lang=en" lang="en-GB" hreflang="en-GB">Read this notice in English<\/a>/,
    );
  });

  it('follows a browser set to Welsh, and links to the Welsh version from English', async () => {
    const welsh = await page(service, '', { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' });
    assert.equal(welsh.response.headers.get('content-language'), 'cy');
    assert.match(welsh.response.headers.get('vary') ?? '', /accept-language/i);

    const english = await page(service, '?lang=en', { 'accept-language': 'cy' });
    assert.equal(english.response.headers.get('content-language'), 'en-GB');
    assert.match(english.html, /<a href="\/privacy\?lang=cy" lang="cy" hreflang="cy">/);
  });

  it('has one main landmark and one top-level heading in each language', async () => {
    for (const query of ['?lang=en', '?lang=cy']) {
      const { html } = await page(service, query);
      assert.equal(html.match(/<main>/g)?.length, 1);
      assert.equal(html.match(/<h1>/g)?.length, 1);
      assert.match(html, /<title>[^<]+<\/title>/);
    }
  });
});
