import { describe, expect, it } from 'vitest';
import { malformedEscapes, malformedIds } from './read-malformed-id.js';

const pattern = /^usr_[A-Za-z0-9]{1,64}$/;

describe('malformed user ids', () => {
  it.each(malformedIds)('$label ($id) is off the pattern and no dot segment', ({ id }) => {
    expect(id).not.toMatch(pattern);
    expect(['.', '..']).not.toContain(id);
    expect(id).not.toContain('/');
  });

  it.each(malformedEscapes)('$label ($segment) is no id, decoded or not', ({ segment }) => {
    let decoded: string | undefined;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      decoded = undefined;
    }
    expect(segment).not.toMatch(pattern);
    if (decoded !== undefined) expect(decoded).not.toMatch(pattern);
    expect(['.', '..', '/']).not.toContain(decoded);
  });
});
