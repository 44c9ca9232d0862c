import { describe, expect, it } from 'vitest';
import { nonFiniteAsNumbers } from './fault-helpers.js';

describe('nonFiniteAsNumbers', () => {
  it.each([
    { given: '{"a":NaN}', want: '{"a":0}' },
    { given: '{"a":Infinity,"b":-Infinity}', want: '{"a":1e999,"b":-1e999}' },
    { given: '{"a":"NaN \\" Infinity"}', want: '{"a":"NaN \\" Infinity"}' },
    { given: '{"a":1}', want: '{"a":1}' },
  ])('$given becomes $want', ({ given, want }) => {
    expect(nonFiniteAsNumbers(given)).toBe(want);
  });
});
