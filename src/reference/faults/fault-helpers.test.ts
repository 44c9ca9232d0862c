import { describe, expect, it } from 'vitest';
import { lenientEscapes, nonFiniteAsNumbers } from './fault-helpers.js';

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

describe('lenientEscapes', () => {
  it.each([
    { given: '{"a":"\\x41b"}', want: '{"a":"x41b"}' },
    { given: '{"a":"\\a"}', want: '{"a":"a"}' },
    { given: '{"a":"\\n\\u0041\\\\x\\"\\/"}', want: '{"a":"\\n\\u0041\\\\x\\"\\/"}' },
    { given: '{"a":1}', want: '{"a":1}' },
  ])('$given becomes $want', ({ given, want }) => {
    expect(lenientEscapes(given)).toBe(want);
  });
});
