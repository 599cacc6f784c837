import assert from 'node:assert/strict';
import { isCaseId, isGuid, isTimeOfDay } from '../../../src/ids';

describe('the id patterns', () => {
  it('reads a GUID in either case, and nothing else', () => {
    assert.ok(isGuid('11111111-1111-4111-8111-111111111111'));
    assert.ok(isGuid('AAAAAAAA-0000-4000-8000-00000000000A'));
    for (const other of ['', '1111', '11111111-1111-4111-8111-11111111111', 'not-a-guid']) {
      assert.equal(isGuid(other), false, other);
    }
  });

  it('reads a case id as <issue>-<n>, without leading zeros', () => {
    for (const id of ['44-3', '1-1', '9999-999']) assert.ok(isCaseId(id), id);
    for (const id of ['44', '44-', '-3', '044-3', '44-03', '0-1', '10000-1', '44-1000', '44-3 ']) {
      assert.equal(isCaseId(id), false, id);
    }
  });

  it('reads a time of day on the 24-hour clock, any minute', () => {
    for (const time of ['00:00', '06:45', '23:59']) assert.ok(isTimeOfDay(time), time);
    for (const time of ['24:00', '7:15', '07:60', '07.15', '']) {
      assert.equal(isTimeOfDay(time), false, time);
    }
  });
});
