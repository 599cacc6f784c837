import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IssueView, ProblemView } from '../../../src/content';
import { startTestService, type TestService } from '../../../testkit';

const samplePdf = 'content/issues/44-corruption/issue.pdf';

async function get(service: TestService, route: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${service.baseUrl}${route}`, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('the issue as published over HTTP (GET /api/issues/<n>/pdf)', () => {
  let service: TestService;
  let file: Buffer;

  before(async () => {
    service = await startTestService({ background: false });
    file = await readFile(samplePdf);
  });

  after(() => service.stop());

  it('names it on the issue: where to fetch it and its page count', async () => {
    const { body } = await get(service, '/api/issues/44');
    const issue = JSON.parse(body.toString()) as IssueView;
    assert.deepEqual(issue.publishedPdf, { url: '/api/issues/44/pdf', pageCount: 12 });
  });

  it('sends the whole file with its type, length and ETag, uncompressed, offering byte ranges', async () => {
    const { response, body } = await get(service, '/api/issues/44/pdf', {
      'accept-encoding': 'gzip, br',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('accept-ranges'), 'bytes');
    assert.equal(response.headers.get('content-length'), String(file.length));
    assert.equal(response.headers.get('content-encoding'), null);
    assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.match(response.headers.get('content-disposition') ?? '', /^inline; filename=/);
    assert.deepEqual(body, file);
  });

  it('answers a byte range with 206 and just those bytes, as PDF.js asks for them', async () => {
    const first = await get(service, '/api/issues/44/pdf', { range: 'bytes=0-1023' });
    assert.equal(first.response.status, 206);
    assert.equal(first.response.headers.get('content-range'), `bytes 0-1023/${file.length}`);
    assert.equal(first.response.headers.get('content-length'), '1024');
    assert.deepEqual(first.body, file.subarray(0, 1024));

    const rest = await get(service, '/api/issues/44/pdf', { range: `bytes=${file.length - 10}-` });
    assert.equal(rest.response.status, 206);
    assert.deepEqual(rest.body, file.subarray(file.length - 10));

    const tail = await get(service, '/api/issues/44/pdf', { range: 'bytes=-100' });
    assert.equal(
      tail.response.headers.get('content-range'),
      `bytes ${file.length - 100}-${file.length - 1}/${file.length}`,
    );
    assert.deepEqual(tail.body, file.subarray(file.length - 100));

    const beyond = await get(service, '/api/issues/44/pdf', { range: 'bytes=0-99999999' });
    assert.equal(beyond.response.status, 206);
    assert.deepEqual(beyond.body, file);
  });

  it('refuses a range that starts past the end (416), naming the size', async () => {
    const { response } = await get(service, '/api/issues/44/pdf', {
      range: `bytes=${file.length}-`,
    });
    assert.equal(response.status, 416);
    assert.equal(response.headers.get('content-range'), `bytes */${file.length}`);
  });

  it('sends the whole file for a range of another version (If-Range) or of several parts', async () => {
    const stale = await get(service, '/api/issues/44/pdf', {
      range: 'bytes=0-9',
      'if-range': '"an-older-version"',
    });
    assert.equal(stale.response.status, 200);
    assert.equal(stale.body.length, file.length);
    const several = await get(service, '/api/issues/44/pdf', { range: 'bytes=0-9,20-29' });
    assert.equal(several.response.status, 200);
  });

  it('lets a browser revalidate its copy: 304 when the ETag still matches', async () => {
    const { response } = await get(service, '/api/issues/44/pdf');
    const etag = response.headers.get('etag')!;
    const again = await get(service, '/api/issues/44/pdf', { 'if-none-match': etag });
    assert.equal(again.response.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.response.headers.get('etag'), etag);
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await fetch(`${service.baseUrl}/api/issues/44/pdf`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), String(file.length));
    assert.equal((await response.arrayBuffer()).byteLength, 0);
  });

  it('says plainly when there is no such issue, or the address is wrong', async () => {
    const missing = await get(service, '/api/issues/12/pdf');
    assert.equal(missing.response.status, 404);
    assert.equal(missing.response.headers.get('content-type'), 'application/problem+json');
    assert.equal(
      (JSON.parse(missing.body.toString()) as ProblemView).title,
      'Issue 12 has no PDF.',
    );
    const bad = await get(service, '/api/issues/forty-four/pdf');
    assert.equal(bad.response.status, 400);
  });
});

describe('an issue’s PDF changed on disk', () => {
  let root: string;
  let service: TestService;

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'ltl-pdf-'));
    await cp('content', path.join(root, 'content'), { recursive: true });
    service = await startTestService({ contentDir: path.join(root, 'content'), background: false });
  });

  after(async () => {
    await service.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('is not served until the library has checked it again, then with a new ETag', async () => {
    const before = await get(service, '/api/issues/43/pdf');
    const file = path.join(root, 'content/issues/43-mental-health/issue.pdf');
    await writeFile(file, 'half a file');
    const changed = await get(service, '/api/issues/43/pdf');
    assert.equal(changed.response.status, 503);
    assert.equal(changed.response.headers.get('retry-after'), '5');

    assert.equal(await service.service.content.reload(), false, 'a broken PDF is refused');
    assert.equal((await get(service, '/api/issues/43/pdf')).response.status, 503);

    const replacement = await readFile('content/issues/44-corruption/issue.pdf');
    await writeFile(file, replacement);
    assert.equal(await service.service.content.reload(), true);
    const after = await get(service, '/api/issues/43/pdf');
    assert.equal(after.response.status, 200);
    assert.deepEqual(after.body, replacement);
    assert.notEqual(after.response.headers.get('etag'), before.response.headers.get('etag'));
  });
});
