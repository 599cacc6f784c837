import assert from 'node:assert/strict';
import { markdownToHtml, markdownToText } from '../../../src/content';

describe('content markdown', () => {
  it('escapes raw HTML and scripts written in the content', () => {
    const html = markdownToHtml(
      'Before <script>alert("x")</script> after.\n\n<img src=x onerror="alert(1)">',
    );
    assert.ok(!html.includes('<script'), html);
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), html);
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'), html);
  });

  it('opens links in a new tab without giving the page its opener', () => {
    assert.equal(
      markdownToHtml('See [the guidance](https://example.org/g).').trim(),
      '<p>See <a href="https://example.org/g" target="_blank" rel="noopener noreferrer">the guidance</a>.</p>',
    );
  });

  it('does not make links of javascript: URLs', () => {
    const html = markdownToHtml('[click](javascript:alert(1))');
    assert.ok(!html.includes('<a'), html);
    assert.ok(!html.includes('href'), html);
  });

  it('renders emphasis, headings and lists', () => {
    assert.equal(
      markdownToHtml('### Note\n\n**Bold** and *calm*.\n\n- one\n- two'),
      '<h3>Note</h3>\n<p><strong>Bold</strong> and <em>calm</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('gives plain text with paragraphs apart and list items on their own lines', () => {
    const text = markdownToText(
      'An **officer** saw [a car](https://example.org)\nat night.\n\n- one\n- two\n\n1. first\n2. second\n\nThe end &amp; <b>more</b>.',
    );
    assert.equal(
      text,
      'An officer saw a car at night.\n\n- one\n- two\n\n1. first\n2. second\n\nThe end & <b>more</b>.',
    );
  });
});
