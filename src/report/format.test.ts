import { describe, expect, it } from 'vitest';
import { formatDuration, formatSeconds, prettyJsonText, stringifyValue } from './format.js';

describe('formatDuration', () => {
  const rows: { given: number; want: string }[] = [
    { given: 0, want: '0 ms' },
    { given: 849.6, want: '850 ms' },
    { given: 1000, want: '1.0 s' },
    { given: 4217, want: '4.2 s' },
    { given: 125_000, want: '2 min 5 s' },
    { given: 3_720_000, want: '1 h 2 min' },
    { given: -1, want: '0 ms' },
    { given: Number.NaN, want: '0 ms' },
  ];
  it.each(rows)('$given ms → $want', ({ given, want }) => {
    expect(formatDuration(given)).toBe(want);
  });
});

describe('formatSeconds', () => {
  const rows: { given: number; want: string }[] = [
    { given: 0, want: '0.000' },
    { given: 1, want: '0.001' },
    { given: 1234, want: '1.234' },
    { given: 1234.5678, want: '1.235' },
    { given: 60_000, want: '60.000' },
    { given: -5, want: '0.000' },
    { given: Number.NaN, want: '0.000' },
    { given: Number.POSITIVE_INFINITY, want: '0.000' },
  ];
  it.each(rows)('$given ms → $want', ({ given, want }) => {
    expect(formatSeconds(given)).toBe(want);
  });
});

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

describe('prettyJsonText', () => {
  const rows: { name: string; given: string; want: string | undefined }[] = [
    { name: 'object', given: '{"a":1,"b":[true,null]}', want: '{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}' },
    { name: 'empty containers stay compact', given: '{"a":{},"b":[ ]}', want: '{\n  "a": {},\n  "b": []\n}' },
    { name: 'numbers kept as sent', given: '{"id":12345678901234567890,"x":1.0,"y":1e3,"z":-0}', want: '{\n  "id": 12345678901234567890,\n  "x": 1.0,\n  "y": 1e3,\n  "z": -0\n}' },
    { name: 'strings with structure characters and escapes kept', given: '{"s":"a,b:{c}[d] \\"q\\" \\\\","u":"\\u00e9"}', want: '{\n  "s": "a,b:{c}[d] \\"q\\" \\\\",\n  "u": "\\u00e9"\n}' },
    { name: 'duplicate keys kept', given: '{"a":1,"a":2}', want: '{\n  "a": 1,\n  "a": 2\n}' },
    { name: 'already pretty is re-laid the same', given: '{\n  "a": 1\n}', want: '{\n  "a": 1\n}' },
    { name: 'surrounding white space ignored', given: '  [1]\n', want: '[\n  1\n]' },
    { name: 'scalar is not shown as JSON', given: '42', want: undefined },
    { name: 'invalid JSON', given: '{"a":', want: undefined },
    { name: 'HTML', given: '<html></html>', want: undefined },
    { name: 'empty', given: '', want: undefined },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(prettyJsonText(given)).toBe(want);
  });

  it('stops indenting deeper than its limit, so a body nested 20,000 deep stays small', () => {
    expect(prettyJsonText('[[[1]]]', 2, 1)).toBe('[\n  [\n  [\n  1\n  ]\n  ]\n]');
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const shown = prettyJsonText(deep)!;
    expect(shown.length).toBeLessThan(3_000_000);
    expect(Math.max(...shown.split('\n').map((line) => line.length))).toBe(32 * 2 + 2);
  });
});
