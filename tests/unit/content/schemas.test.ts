import assert from 'node:assert/strict';
import {
  caseFrontMatter,
  issueFrontMatter,
  isRealDate,
  unknownFieldMessage,
} from '../../../src/content/schemas';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const validCase = {
  id: '44-3',
  title: 'A title',
  summary: 'A summary.',
  factors: ['corruption'],
  audiences: ['officers-and-staff'],
  keyLearning: ['A point.'],
  questions: [{ audience: 'trainers', text: 'A question?' }],
};

describe('content front matter rules', () => {
  it('accepts a complete case', () => {
    assert.deepEqual(messages(caseFrontMatter.safeParse(validCase)), []);
  });

  it('explains front matter written as a list rather than fields', () => {
    assert.deepEqual(messages(caseFrontMatter.safeParse(['a', 'b'])), [
      ': must be fields written as name: value, one to a line',
    ]);
  });

  it('explains a question written as a bare sentence', () => {
    const result = caseFrontMatter.safeParse({ ...validCase, questions: ['What now?'] });
    assert.deepEqual(messages(result), [
      'questions.0: must be a question with an audience: line and a text: line',
    ]);
  });

  it('refuses a case id not of the form <issue>-<n>', () => {
    for (const id of ['44', '44-03', 'x-1', '44-3a']) {
      const result = caseFrontMatter.safeParse({ ...validCase, id });
      assert.deepEqual(messages(result), ['id: must be <issue>-<n>, e.g. 44-3'], id);
    }
  });

  it('refuses an empty list of audiences or key learning', () => {
    const result = caseFrontMatter.safeParse({ ...validCase, audiences: [], keyLearning: [] });
    assert.deepEqual(messages(result), [
      'audiences: list at least one audience',
      'keyLearning: list at least one point of key learning',
    ]);
  });

  it('refuses an issue number written as text and an empty content warning', () => {
    const result = issueFrontMatter.safeParse({
      number: '44',
      title: 'Corruption',
      theme: 'Corruption',
      published: '2024-10-15',
      contentWarning: ' ',
    });
    assert.deepEqual(messages(result), [
      'number: must be a whole number, e.g. 44',
      'contentWarning: must not be empty; remove the line instead',
    ]);
  });

  it('knows which dates exist', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2023-02-29'), false);
    assert.equal(isRealDate('2024-13-01'), false);
    assert.equal(isRealDate('15/10/2024'), false);
  });

  it('suggests the field an editor probably meant', () => {
    const fields = ['number', 'title', 'theme', 'published'];
    assert.equal(
      unknownFieldMessage('publishedOn', fields),
      'unknown field (did you mean published?); use number, title, theme, published',
    );
    assert.match(unknownFieldMessage('Titel', fields), /^unknown field \(did you mean title\?\)/);
    assert.equal(
      unknownFieldMessage('editor', fields),
      'unknown field; use number, title, theme, published',
    );
  });
});
