import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { malformedIds } from './read-malformed-id.js';
import { unknownIdBoundaries, unlikelyId, wellFormedId } from './unknown-user-id.js';

const pattern = /^usr_[A-Za-z0-9]{1,64}$/;

describe('user ids', () => {
  it('unknown ids are on the userId pattern', () => {
    const ids = [...unknownIdBoundaries, ...fc.sample(wellFormedId, { seed: 1, numRuns: 200 }), ...fc.sample(unlikelyId('0a1b2c3d'), { seed: 1, numRuns: 200 })];
    for (const id of ids) expect(id).toMatch(pattern);
  });

  it('unlikely ids carry the run id', () => {
    for (const id of fc.sample(unlikelyId('0a1b2c3d'), { seed: 2, numRuns: 50 })) expect(id.startsWith('usr_ZZconform0a1b2c3d')).toBe(true);
  });

  it.each(malformedIds)('$label ($id) is off the pattern and no dot segment', ({ id }) => {
    expect(id).not.toMatch(pattern);
    expect(['.', '..']).not.toContain(id);
    expect(id).not.toContain('/');
  });
});
