import { describe, expect, it } from 'vitest';
import { capFindings } from './cap-findings.js';

const f = (n: number) => Array.from({ length: n }, (_, i) => ({ message: `m${i}` }));

describe('capFindings', () => {
  const cases = [
    { given: 0, want: [] as string[] },
    { given: 2, want: ['m0', 'm1'] },
    { given: 3, want: ['m0', 'm1', 'm2'] },
    { given: 5, want: ['m0', 'm1', 'm2', '… and 2 more cases like these'] },
  ];
  it.each(cases)('$given findings', ({ given, want }) => {
    expect(capFindings(f(given), 3).map((x) => x.message)).toEqual(want);
  });
});
