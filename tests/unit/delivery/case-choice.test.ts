import assert from 'node:assert/strict';
import { chooseCase } from '../../../src/delivery/case-choice';
import { sampleLibrary } from '../../../testkit';

const library = sampleLibrary([
  { number: 43, theme: 'Mental health', publishedOn: '2024-03-01', cases: 2 },
  { number: 44, theme: 'Corruption', publishedOn: '2024-10-15', cases: 3 },
]);
const allThemes = { themes: [], audiences: ['officers-and-staff' as const] };

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
    const mentalHealth = { ...allThemes, themes: ['mental HEALTH'] };
    assert.equal(chooseCase(library, mentalHealth, [])?.id, '43-1');
    assert.equal(chooseCase(library, mentalHealth, ['43-1'])?.id, '43-2');
    assert.equal(chooseCase(library, mentalHealth, ['43-1', '43-2'])?.id, '43-1');
  });

  it('has nothing to post when no issue carries the themes, or the library is empty', () => {
    assert.equal(chooseCase(library, { ...allThemes, themes: ['Driving'] }, []), undefined);
    assert.equal(chooseCase(sampleLibrary([]), allThemes, []), undefined);
  });

  describe('for a channel that chose audiences', () => {
    const controlRoom = { themes: [], audiences: ['call-handlers' as const] };
    const mixed = sampleLibrary([
      {
        number: 41,
        theme: 'Call handling',
        publishedOn: '2023-06-21',
        cases: 2,
        questionsFor: [['call-handlers'], ['officers-and-staff', 'call-handlers']],
      },
      {
        number: 44,
        theme: 'Corruption',
        publishedOn: '2024-10-15',
        cases: 3,
        questionsFor: [['officers-and-staff'], ['call-handlers', 'trainers'], ['policy-makers']],
      },
    ]);

    it('a control room set to call handlers gets the cases with call-handler questions first', () => {
      const posted: string[] = [];
      for (let week = 0; week < 3; week += 1)
        posted.push(chooseCase(mixed, controlRoom, posted)!.id);
      assert.deepEqual(posted, ['44-2', '41-1', '41-2']);
    });

    it('when none is left, gets the next case not yet posted, then starts a new round with its own', () => {
      const posted = ['44-2', '41-1', '41-2'];
      assert.equal(chooseCase(mixed, controlRoom, posted)?.id, '44-1');
      assert.equal(chooseCase(mixed, controlRoom, [...posted, '44-1'])?.id, '44-3');
      const round = [...posted, '44-1', '44-3'];
      assert.equal(chooseCase(mixed, controlRoom, round)?.id, '44-2');
    });

    it('any of the chosen audiences will do', () => {
      const trainersOrPolicy = {
        themes: [],
        audiences: ['trainers' as const, 'policy-makers' as const],
      };
      assert.equal(chooseCase(mixed, trainersOrPolicy, [])?.id, '44-2');
      assert.equal(chooseCase(mixed, trainersOrPolicy, ['44-2'])?.id, '44-3');
      assert.equal(chooseCase(mixed, trainersOrPolicy, ['44-2', '44-3'])?.id, '44-1');
    });
  });
});
