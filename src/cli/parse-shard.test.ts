import { describe, expect, it } from 'vitest';
import { parseShard } from './parse-shard.js';

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
