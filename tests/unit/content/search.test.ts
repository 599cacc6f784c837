import assert from 'node:assert/strict';
import path from 'node:path';
import { CaseSearch, loadLibrary, type SearchQuery } from '../../../src/content';
import { fixtures } from './fixtures';

describe('content search', () => {
  let search: CaseSearch;
  const ids = (query: SearchQuery) => search.search(query).hits.map((hit) => hit.id);

  before(async () => {
    const result = await loadLibrary(path.join(fixtures, 'valid'));
    assert.ok(result.ok);
    search = CaseSearch.of(result.library);
  });

  it('ranks a case whose title matches above one that mentions the word in its account', () => {
    const { hits } = search.search({ text: 'pursuit' });
    assert.deepEqual(
      hits.map((hit) => hit.id),
      ['7-1', '7-2'],
    );
    assert.ok(hits[0]!.score > hits[1]!.score);
  });

  it('finds cases as the reader types the start of a word', () => {
    assert.deepEqual(ids({ text: 'restr' }), ['8-2']);
    assert.deepEqual(ids({ text: 'welf' }), ['8-1']);
  });

  it('forgives a small spelling mistake in a longer word', () => {
    assert.deepEqual(ids({ text: 'restrant' }), ['8-2']);
  });

  it('finds words in key learning, reflective questions and factors', () => {
    assert.deepEqual(ids({ text: 'asphyxia' }), ['8-2']);
    assert.deepEqual(ids({ text: 'book in a detainee' }), ['7-3']);
    assert.deepEqual(ids({ text: 'vulnerability' }), ['7-1']);
  });

  it('needs every word typed to match', () => {
    assert.deepEqual(ids({ text: 'restraint crisis' }), ['8-2']);
    assert.deepEqual(ids({ text: 'restraint school' }), []);
  });

  it('returns each hit as a summary with its issue theme and score', () => {
    const [hit] = search.search({ text: 'welfare' }).hits;
    assert.deepEqual({ ...hit, score: undefined }, {
      language: 'en',
      id: '8-1',
      issueNumber: 8,
      order: 1,
      title: 'A welfare check that was delayed',
      summary: 'A call about a man in crisis waited for hours in the queue.',
      factors: ['mental health', 'call handling'],
      audiences: ['call-handlers'],
      sample: false,
      issueLanguage: 'en',
      issueTheme: 'Mental health',
      score: undefined,
    });
    assert.ok(hit!.score > 0);
  });

  it('filters by theme, ignoring case', () => {
    assert.ok(ids({ text: 'officers' }).includes('8-2'));
    assert.deepEqual(ids({ text: 'officers', theme: 'roads policing' }).sort(), ['7-1', '7-2', '7-3']);
  });

  it('filters by case factor', () => {
    assert.deepEqual(ids({ text: 'driver', factor: 'custody' }), ['7-3']);
  });

  it('counts a case as for an audience when it lists it or asks that audience a question', () => {
    assert.deepEqual(ids({ text: '', audience: 'call-handlers' }), ['8-1', '7-2']);
    assert.deepEqual(ids({ text: '', audience: 'trainers' }), ['8-2', '7-1']);
  });

  it('combines words and filters', () => {
    assert.deepEqual(ids({ text: 'restraint', audience: 'trainers' }), ['8-2']);
    assert.deepEqual(ids({ text: 'restraint', audience: 'call-handlers' }), []);
    assert.deepEqual(ids({ text: '', factor: 'mental health', theme: 'Roads policing' }), ['7-3']);
    assert.deepEqual(
      ids({ text: '', factor: 'driving', audience: 'supervisors-and-managers' }),
      ['7-1'],
    );
  });

  it('lists the filtered cases newest issue first when no words are typed', () => {
    assert.deepEqual(ids({ text: '  ', factor: 'mental health' }), ['8-1', '8-2', '7-3']);
  });

  it('returns nothing for an empty query without filters', () => {
    assert.deepEqual(search.search({ text: '' }), { query: '', hits: [] });
    assert.deepEqual(ids({ text: '', theme: '' }), []);
  });

  it('returns at most the number of hits asked for', () => {
    assert.deepEqual(ids({ text: '', factor: 'mental health', limit: 2 }), ['8-1', '8-2']);
  });
});
