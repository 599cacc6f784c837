import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { csvCell } from '../../../src/learning-record';
import { readPdf } from '../../support/pdf';
import { FORCES } from '../service/forces';
import { ServiceHarness } from '../service/harness';

const force = FORCES.a;

describe('exporting my learning record (/api/me/reflections/export)', function () {
  this.timeout(60_000);
  const harness = new ServiceHarness();
  let officer = '';
  before(async () => {
    await harness.start();
    officer = `Bearer ${await harness.ssoToken(force, force.member)}`;
    const add = (body: Record<string, unknown>) =>
      harness.request('POST', '/api/me/reflections', officer, body);
    await add({
      caseId: '44-3',
      reflection: 'The log was signed without being read.\nI have done the same.',
      application: 'Read the log back before signing.',
      minutes: 25,
    });
    await add({
      caseId: '43-1',
      reflection: '=HYPERLINK("http://example.invalid","click")',
      application: 'Quote "exactly", then, check',
      minutes: 10,
    });
    const colleague = `Bearer ${await harness.ssoToken(force, force.owner)}`;
    await harness.request('POST', '/api/me/reflections', colleague, {
      caseId: '44-3',
      reflection: 'A colleague’s private thought.',
      minutes: 5,
    });
  });
  after(() => harness.stop());

  const download = (query: string, authorization = officer) =>
    fetch(`${harness.baseUrl}/api/me/reflections/export?${query}`, { headers: { authorization } });

  it('as a tagged PDF with headings, its language, the case titles, dates and the officer’s words only', async () => {
    const response = await download('format=pdf');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="my-learning-record-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    assert.ok(pdf.tagged);
    assert.equal(pdf.language, 'en-GB');
    assert.equal(pdf.title, 'My learning record');
    const text = pdf.pages.join(' ');
    assert.match(text, /The log was signed without being read/);
    assert.match(text, /Read the log back before signing/);
    assert.match(text, /2 entries, 35 minutes in all/);
    assert.ok(!text.includes('colleague’s private thought'));
    const roles = pdf.structure.flat().map((line) => line.trim());
    for (const role of ['H1', 'H2', 'H3', 'P']) assert.ok(roles.includes(role), role);
  });

  it('in Welsh, marked as Welsh', async () => {
    const pdf = await readPdf(
      new Uint8Array(await (await download('format=pdf&lang=cy')).arrayBuffer()),
    );
    assert.equal(pdf.language, 'cy');
    assert.match(pdf.pages.join(' '), /Fy nghofnod dysgu/);
  });

  it('as a Word document with real headings and its language', async () => {
    const response = await download('format=docx');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /wordprocessingml/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const body = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    assert.match(body, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(body, /<w:pStyle w:val="Heading2"\/>/);
    assert.match(body, /The log was signed without being read\./);
    assert.match(body, /I have done the same\./);
    assert.ok(!body.includes('private thought'));
    assert.match(styles, /w:lang w:val="en-GB"/);
  });

  it('as CSV that a spreadsheet reads as text, never as a formula', async () => {
    const response = await download('format=csv');
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(
      lines[0],
      'Written,Changed,Case study id,Case study,What I reflected on,How I will apply it,Minutes',
    );
    assert.ok(csv.includes(`"'=HYPERLINK(""http://example.invalid"",""click"")"`));
    assert.ok(csv.includes('"Quote ""exactly"", then, check"'));
    assert.ok(csv.includes('"The log was signed without being read.\nI have done the same."'));
  });

  it('only the entries of the days asked for', async () => {
    const csv = await (await download('format=csv&to=2020-01-01')).text();
    assert.equal(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n').length,
      1,
    );
  });

  it('refuses a call without a token, and a format it does not make', async () => {
    assert.equal((await harness.get('/api/me/reflections/export?format=pdf')).status, 401);
    const wrong = await download('format=xlsx');
    assert.equal(wrong.status, 400);
    assert.equal(wrong.headers.get('content-type'), 'application/problem+json');
  });
});

describe('a CSV cell', () => {
  it('keeps plain text as it is, quotes what needs it and disarms formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell(25), '25');
    assert.equal(csvCell('-1+2'), "'-1+2");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('+44 20'), "'+44 20");
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  });
});
