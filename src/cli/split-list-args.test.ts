import { describe, expect, it } from 'vitest';
import { splitListArgs } from './split-list-args.js';

describe('splitListArgs', () => {
  const rows: { given: string[] | undefined; want: string[] }[] = [
    { given: undefined, want: [] },
    { given: ['A'], want: ['A'] },
    { given: ['A,B', 'C'], want: ['A', 'B', 'C'] },
    { given: [' A , ,B ', ''], want: ['A', 'B'] },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(splitListArgs(given)).toEqual(want);
  });
});
