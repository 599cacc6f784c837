import assert from 'node:assert/strict';
import { readContentDocument } from '../../../src/content/document';

describe('content front matter', () => {
  it('reports a field written twice at the second one', () => {
    const { problems } = readContentDocument('x.md', '---\ntitle: a\ntitle: b\n---\nBody.');
    assert.deepEqual(problems, [
      {
        path: 'x.md',
        line: 3,
        field: 'front matter',
        message: 'not valid YAML: Map keys must be unique',
      },
    ]);
  });

  it('reports front matter that is never closed', () => {
    const { problems } = readContentDocument('x.md', '---\ntitle: a\n\nBody.');
    assert.equal(problems[0]!.message, 'not closed; end it with a --- line');
  });

  it('finds the file line of a field, with Windows line endings and a byte order mark', () => {
    const { document } = readContentDocument(
      'x.md',
      '\uFEFF---\r\ntitle: a\r\nquestions:\r\n  - text: b\r\n    audience: x\r\n---\r\n\r\nBody.',
    );
    assert.equal(document!.lineOf(['questions', 0, 'audience']), 5);
    assert.equal(document!.lineOf(['questions', 0, 'missing']), 4);
    assert.equal(document!.lineOf(['summary']), 2);
    assert.equal(document!.bodyLine, 7);
    assert.equal(document!.body.trim(), 'Body.');
  });
});
