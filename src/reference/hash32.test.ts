import { describe, expect, it } from 'vitest';
import { hash32 } from './hash32.js';

// Pinned: seeded users (reference and alternative) are built from these values, so a change here changes seeded data.
describe('hash32', () => {
  const rows: { given: number; want: number }[] = [
    { given: 0, want: 0 },
    { given: 1, want: 1753845952 },
    { given: 0x5eed, want: 611984374 },
    { given: -1, want: 1734902346 },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(hash32(given)).toBe(want);
  });
});
