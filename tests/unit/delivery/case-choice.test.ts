import assert from 'node:assert/strict';
import { chooseCase } from '../../../src/delivery/case-choice';
import { sampleLibrary } from '../../../testkit';

const library = sampleLibrary([
  { number: 43, theme: 'Mental health', publishedOn: '2024-03-01', cases: 2 },
  { number: 44, theme: 'Corruption', publishedOn: '2024-10-15', cases: 3 },
]);
const allThemes = { themes: [] };

describe('delivery: choosing the case a channel gets next', () => {
  it('a new channel gets the first case of the newest issue', () => {
    assert.equal(chooseCase(library, allThemes, [])?.id, '44-1');
  });

  it('works through the newest issue in reading order, then older issues', () => {
    const posted: string[] = [];
    for (let week = 0; week < 5; week += 1) posted.push(chooseCase(library, allThemes, posted)!.id);
    assert.deepEqual(posted, ['44-1', '44-2', '44-3', '43-1', '43-2']);
  });

  it('repeats nothing until every case is used, then starts again from the newest', () => {
    const posted = ['44-1', '44-2', '44-3', '43-1', '43-2'];
    assert.equal(chooseCase(library, allThemes, posted)?.id, '44-1');
    assert.equal(chooseCase(library, allThemes, [...posted, '44-1'])?.id, '44-2');
  });

  it("a newly published issue's cases go first, even in a second round", () => {
    const newer = sampleLibrary([
      { number: 43, theme: 'Mental health', publishedOn: '2024-03-01', cases: 2 },
      { number: 44, theme: 'Corruption', publishedOn: '2024-10-15', cases: 3 },
      { number: 45, theme: 'Roads policing', publishedOn: '2025-04-01', cases: 2 },
    ]);
    assert.equal(chooseCase(newer, allThemes, ['44-1', '44-2'])?.id, '45-1');
    const oneRound = ['44-1', '44-2', '44-3', '43-1', '43-2', '44-1'];
    assert.equal(chooseCase(newer, allThemes, oneRound)?.id, '45-1');
  });

  it('keeps to the subscription themes, whatever their case', () => {
    const mentalHealth = { themes: ['mental HEALTH'] };
    assert.equal(chooseCase(library, mentalHealth, [])?.id, '43-1');
    assert.equal(chooseCase(library, mentalHealth, ['43-1'])?.id, '43-2');
    assert.equal(chooseCase(library, mentalHealth, ['43-1', '43-2'])?.id, '43-1');
  });

  it('has nothing to post when no issue carries the themes, or the library is empty', () => {
    assert.equal(chooseCase(library, { themes: ['Driving'] }, []), undefined);
    assert.equal(chooseCase(sampleLibrary([]), allThemes, []), undefined);
  });
});
