import { describe, expect, it } from 'vitest';
import type { InvalidCase } from '../../src/generate/invalid-cases.js';
import type { Exchange } from '../../src/http/exchange.js';
import { capFindings, describeCase, requestLine, showValue, type ShowOptions } from './show.js';

describe('showValue', () => {
  const rows: Array<{ given: unknown; options?: ShowOptions; want: string }> = [
    { given: 'ab', want: '"ab"' },
    { given: null, want: 'null' },
    { given: undefined, want: '(absent)' },
    { given: undefined, options: { absent: 'undefined' }, want: 'undefined' },
    { given: 'x'.repeat(100), want: `"${'x'.repeat(100)}"` },
    { given: 'x'.repeat(1000), want: `"${'x'.repeat(199)}… (1000 code points)` },
    { given: 'x'.repeat(100), options: { max: 80, countCut: false }, want: `"${'x'.repeat(79)}…` },
    { given: 'x'.repeat(100), options: { max: 60, countCut: true }, want: `"${'x'.repeat(59)}… (100 code points)` },
    { given: 'x'.repeat(10), options: { max: 60, countCut: true }, want: `"${'x'.repeat(10)}"` },
    { given: ['x'.repeat(100)], options: { max: 10, countCut: true }, want: `["${'x'.repeat(8)}…` },
    { given: { a: [1] }, want: '{"a":[1]}' },
  ];
  it.each(rows)('$given $options', ({ given, options, want }) => expect(showValue(given, options)).toBe(want));
});

describe('requestLine', () => {
  const exchange = (method: string, url: string) => ({ request: { method, url } }) as unknown as Exchange;
  const rows = [
    { given: exchange('GET', 'http://127.0.0.1:8080/v1/users?limit=1&offset=0'), want: 'GET /v1/users?limit=1&offset=0' },
    { given: exchange('PATCH', 'http://h.example/v1/users/usr_1'), want: 'PATCH /v1/users/usr_1' },
  ];
  it.each(rows)('$want', ({ given, want }) => expect(requestLine(given)).toBe(want));
});

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

describe('describeCase', () => {
  const rows: Array<{ given: InvalidCase; want: string }> = [
    { given: { field: 'country', value: 'us', why: 'lower case' }, want: 'country "us"' },
    { given: { field: 'dateOfBirth', omit: true, why: 'missing' }, want: 'dateOfBirth left out' },
    { given: { field: 'phoneNumber', value: null, why: 'null' }, want: 'phoneNumber null' },
  ];
  it.each(rows)('$want', ({ given, want }) => expect(describeCase(given)).toBe(want));
});
