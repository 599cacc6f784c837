import assert from 'node:assert/strict';
import { retentionCutoff } from '../../../src/privacy/index';

describe('retention cutoff', () => {
  it('is the same day and time a number of calendar months earlier', () => {
    assert.equal(
      retentionCutoff(new Date('2026-11-27T03:00:00.000Z'), 12).toISOString(),
      '2025-11-27T03:00:00.000Z',
    );
    assert.equal(
      retentionCutoff(new Date('2026-11-27T03:00:00.000Z'), 1).toISOString(),
      '2026-10-27T03:00:00.000Z',
    );
  });

  it('falls back to the last day of a shorter month (31 March less one month is 28 February)', () => {
    assert.equal(
      retentionCutoff(new Date('2027-03-31T12:00:00.000Z'), 1).toISOString(),
      '2027-02-28T12:00:00.000Z',
    );
    assert.equal(
      retentionCutoff(new Date('2028-03-31T12:00:00.000Z'), 1).toISOString(),
      '2028-02-29T12:00:00.000Z',
    );
  });

  it('counts months, not 30-day blocks, across a year end', () => {
    assert.equal(
      retentionCutoff(new Date('2027-01-15T00:00:00.000Z'), 6).toISOString(),
      '2026-07-15T00:00:00.000Z',
    );
  });
});
