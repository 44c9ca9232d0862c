import { describe, expect, it } from 'vitest';
import { stringifyValue } from './stringify-value.js';

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;
const shared = { x: 1 };

describe('stringifyValue', () => {
  const rows: { name: string; given: unknown; want: string }[] = [
    { name: 'plain object', given: { a: 1, b: ['x', null] }, want: '{"a":1,"b":["x",null]}' },
    { name: 'undefined at the top', given: undefined, want: 'undefined' },
    { name: 'undefined in object dropped, in array null', given: { a: undefined, b: [undefined] }, want: '{"b":[null]}' },
    { name: 'bigint', given: { n: 12345678901234567890n }, want: '{"n":"12345678901234567890n"}' },
    { name: 'non-finite numbers', given: [Number.NaN, Number.NEGATIVE_INFINITY], want: '["NaN","-Infinity"]' },
    { name: 'cycle', given: cyclic, want: '{"a":1,"self":"[Circular]"}' },
    { name: 'shared but not cyclic', given: { p: shared, q: shared }, want: '{"p":{"x":1},"q":{"x":1}}' },
    { name: 'Map and Set', given: { m: new Map([['k', 1]]), s: new Set([1, 2]) }, want: '{"m":{"k":1},"s":[1,2]}' },
    { name: 'Date via toJSON', given: new Date(0), want: '"1970-01-01T00:00:00.000Z"' },
    { name: 'symbol', given: Symbol('s'), want: '"Symbol(s)"' },
    { name: 'an own __proto__ key', given: JSON.parse('{"__proto__":{"isAdmin":true},"a":1}'), want: '{"__proto__":{"isAdmin":true},"a":1}' },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(stringifyValue(given, 0)).toBe(want);
  });

  it('indents by two spaces by default', () => {
    expect(stringifyValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
