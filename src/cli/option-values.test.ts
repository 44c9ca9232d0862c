import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseHeaderArgs, parseShard, splitListArgs } from './option-values.js';

describe('parseHeaderArgs', () => {
  const rows: { given: string[] | undefined; want: Record<string, string> }[] = [
    { given: undefined, want: {} },
    { given: ['Authorization: Bearer abc'], want: { Authorization: 'Bearer abc' } },
    { given: ['X-Api-Key:k1', 'X-Empty:'], want: { 'X-Api-Key': 'k1', 'X-Empty': '' } },
    { given: ['X-Twice: a', 'X-Twice: b'], want: { 'X-Twice': 'b' } },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(parseHeaderArgs(given)).toEqual(want);
  });

  it('refuses a value that is not a header, quoting only the name part', () => {
    expect(() => parseHeaderArgs(['Bad Name: secret-value'])).toThrow(CliError);
    expect(() => parseHeaderArgs(['no colon here'])).toThrow("--header must look like 'Name: value', got 'no colon here…'");
    expect(() => parseHeaderArgs(['Bad Name: secret-value'])).not.toThrow(/secret-value/);
  });
});

describe('parseShard', () => {
  const good: { given: string; want: { index: number; count: number } }[] = [
    { given: '1/1', want: { index: 1, count: 1 } },
    { given: '2/3', want: { index: 2, count: 3 } },
    { given: ' 3/3 ', want: { index: 3, count: 3 } },
  ];
  it.each(good)('$given', ({ given, want }) => expect(parseShard(given)).toEqual(want));

  const bad: { given: string; want: RegExp }[] = [
    { given: '0/3', want: /1 ≤ I ≤ N/ },
    { given: '4/3', want: /1 ≤ I ≤ N/ },
    { given: '1/0', want: /1 ≤ I ≤ N/ },
    { given: '1/65', want: /1 ≤ I ≤ N/ },
    { given: '2', want: /must look like 2\/3/ },
    { given: 'a/b', want: /must look like 2\/3/ },
  ];
  it.each(bad)('$given is refused', ({ given, want }) => expect(() => parseShard(given)).toThrow(want));
});

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
