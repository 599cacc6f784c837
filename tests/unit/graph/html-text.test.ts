import assert from 'node:assert/strict';
import { htmlToPlainText } from '../../../src/graph/html-text';

describe('Teams message bodies as plain text', () => {
  it('keeps paragraphs and line breaks and drops tags', () => {
    assert.equal(
      htmlToPlainText('<p>We should <b>always</b> check.</p><p>Second<br>line</p>'),
      'We should always check.\nSecond\nline',
    );
  });

  it('keeps the name of a mention', () => {
    assert.equal(htmlToPlainText('<p><at id="0">Sam Jones</at> agreed</p>'), 'Sam Jones agreed');
  });

  it('decodes entities without turning them into markup', () => {
    assert.equal(
      htmlToPlainText('<div>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; &#x2014; e&nbsp;f</div>'),
      'a <b> & "c" \'d\' \u2014 e f',
    );
  });

  it('lists items and collapses blank space', () => {
    assert.equal(
      htmlToPlainText('<ul><li>one</li><li>two</li></ul>\n\n\n\n<p> x  </p>'),
      '- one\n- two\n\nx',
    );
  });
});
