import assert from 'node:assert/strict';
import { startTestService, type TestService } from '../../../testkit';

async function page(service: TestService, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${service.baseUrl}${path}`, { headers });
  return { response, html: await response.text() };
}

const headings = (html: string) =>
  [...html.matchAll(/<h[23]>(.*?)<\/h[23]>/g)].map((match) => match[1]);

describe('the accessibility statement and the terms of use', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService();
  });
  after(() => service.stop());

  it('states compliance, known issues, testing, how to report a problem and enforcement', async () => {
    const { response, html } = await page(service, '/accessibility');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-language'), 'en-GB');
    assert.match(html, /<html lang="en-GB">/);
    assert.deepEqual(headings(html), [
      'How accessible this service is',
      'Feedback and contact information',
      'Enforcement procedure',
      'Technical information about this service’s accessibility',
      'Compliance status',
      'How we tested this service',
      'What has not been tested yet',
      'What we’re doing to improve accessibility',
      'Preparation of this accessibility statement',
    ]);
    assert.match(
      html,
      /partially compliant with the <a href="https:\/\/www\.w3\.org\/TR\/WCAG22\/">Web Content Accessibility Guidelines version 2\.2<\/a> AA standard/,
    );
    assert.match(html, /<a href="https:\/\/www\.equalityadvisoryservice\.com\/">Equality Advisory/);
    assert.match(html, /prepared on 2 December 2026/);
    assert.match(html, /not yet been tested by disabled people/);
    assert.equal(html.match(/<main>/g)?.length, 1);
    assert.equal(html.match(/<h1>/g)?.length, 1);
  });

  it('is in Welsh when asked or when the browser prefers Welsh, with dates in Welsh', async () => {
    for (const [path, headers] of [
      ['/accessibility?lang=cy', {}],
      ['/accessibility', { 'accept-language': 'cy-GB,en;q=0.8' }],
    ] as const) {
      const { response, html } = await page(service, path, headers);
      assert.equal(response.headers.get('content-language'), 'cy');
      assert.match(html, /<html lang="cy">/);
      assert.ok(headings(html).includes('Y drefn orfodi'), path);
      assert.match(html, /Paratowyd y datganiad hwn ar 2 Rhagfyr 2026/);
      assert.match(
        html,
        /<a href="\/accessibility\?lang=en" lang="en-GB" hreflang="en-GB">Read this statement in English<\/a>/,
      );
    }
  });

  it('gives the terms of use in both languages, each linking its own privacy notice', async () => {
    const english = await page(service, '/terms');
    assert.match(english.html, /<a href="\/privacy\?lang=en">privacy notice<\/a>/);
    const welsh = await page(service, '/terms?lang=cy');
    assert.equal(welsh.response.headers.get('content-language'), 'cy');
    assert.match(welsh.html, /telerau defnyddio/);
    assert.match(welsh.html, /<a href="\/privacy\?lang=cy">hysbysiad preifatrwydd<\/a>/);
  });
});
