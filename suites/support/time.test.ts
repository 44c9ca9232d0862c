import { describe, expect, it } from 'vitest';
import { compareInstants, compareTimestamps, fractionDigits, parseInstant, tickWaitMs } from './time.js';

describe('parseInstant', () => {
  const rows: Array<{ given: unknown; want: { seconds: number; fraction: string } | undefined }> = [
    { given: '1970-01-01T00:00:00Z', want: { seconds: 0, fraction: '' } },
    { given: '1970-01-01t00:00:00z', want: { seconds: 0, fraction: '' } },
    { given: '2024-01-01T10:00:00.500Z', want: { seconds: Date.UTC(2024, 0, 1, 10) / 1000, fraction: '5' } },
    { given: '2024-01-01T10:00:00.123456789Z', want: { seconds: Date.UTC(2024, 0, 1, 10) / 1000, fraction: '123456789' } },
    { given: '2024-01-01T12:00:00+02:00', want: { seconds: Date.UTC(2024, 0, 1, 10) / 1000, fraction: '' } },
    { given: '2024-01-01T08:30:00-01:30', want: { seconds: Date.UTC(2024, 0, 1, 10) / 1000, fraction: '' } },
    { given: '2024-02-29T00:00:00Z', want: { seconds: Date.UTC(2024, 1, 29) / 1000, fraction: '' } },
    { given: '0001-01-01T00:00:00Z', want: { seconds: -62135596800, fraction: '' } },
    { given: '2016-12-31T23:59:60Z', want: { seconds: Date.UTC(2017, 0, 1) / 1000, fraction: '' } },
    { given: '2023-02-29T00:00:00Z', want: undefined },
    { given: '2024-13-01T00:00:00Z', want: undefined },
    { given: '2024-01-01T24:00:00Z', want: undefined },
    { given: '2024-01-01 10:00:00Z', want: undefined },
    { given: '2024-01-01T10:00:00', want: undefined },
    { given: '2024-01-01T10:00Z', want: undefined },
    { given: '2024-01-01T10:00:00+0200', want: undefined },
    { given: 1704103200000, want: undefined },
    { given: undefined, want: undefined },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(parseInstant(given)).toEqual(want);
  });
});

describe('compareInstants', () => {
  const rows: Array<{ a: string; b: string; want: -1 | 0 | 1 }> = [
    { a: '2024-01-01T10:00:00Z', b: '2024-01-01T10:00:01Z', want: -1 },
    { a: '2024-01-01T10:00:00.9Z', b: '2024-01-01T10:00:01Z', want: -1 },
    // Beyond milliseconds: a Date would call these equal.
    { a: '2024-01-01T10:00:00.1234561Z', b: '2024-01-01T10:00:00.1234562Z', want: -1 },
    { a: '2024-01-01T10:00:00.5Z', b: '2024-01-01T10:00:00.500000Z', want: 0 },
    { a: '2024-01-01T10:00:00Z', b: '2024-01-01T10:00:00.000Z', want: 0 },
    // Offsets: string order says a < b, the instants say a > b.
    { a: '2024-01-01T10:00:00-01:00', b: '2024-01-01T10:30:00Z', want: 1 },
    { a: '2024-01-01T12:00:00+02:00', b: '2024-01-01T10:00:00Z', want: 0 },
    { a: '2024-01-01T10:00:00.05Z', b: '2024-01-01T10:00:00.4Z', want: -1 },
  ];
  it.each(rows)('$a vs $b', ({ a, b, want }) => {
    expect(Math.sign(compareInstants(parseInstant(a)!, parseInstant(b)!))).toBe(want);
    expect(Math.sign(compareInstants(parseInstant(b)!, parseInstant(a)!))).toBe(-want || 0);
  });
});

describe('compareTimestamps', () => {
  const cases: Array<{ given: [unknown, unknown]; want: number | undefined }> = [
    { given: ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z'], want: 0 },
    { given: ['2024-01-01T00:00:00.001Z', '2024-01-01T00:00:00Z'], want: 1 },
    { given: ['2024-01-01T00:00:00.1234Z', '2024-01-01T00:00:00.1235Z'], want: -1 },
    { given: ['2024-01-01T01:00:00+01:00', '2024-01-01T00:00:00Z'], want: 0 },
    { given: ['2024-01-01T00:59:59.999+01:00', '2024-01-01T00:00:00Z'], want: -1 },
    { given: ['2024-01-01 00:00:00', '2024-01-01T00:00:00Z'], want: undefined },
    { given: [undefined, '2024-01-01T00:00:00Z'], want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(compareTimestamps(...given)).toBe(want);
  });
});

describe('fractionDigits and tickWaitMs', () => {
  const cases: Array<{ given: unknown; digits: number | undefined; wait: number }> = [
    { given: '2024-01-01T00:00:00Z', digits: 0, wait: 1001 },
    { given: '2024-01-01T00:00:00.1+02:00', digits: 1, wait: 101 },
    { given: '2024-01-01T00:00:00.12Z', digits: 2, wait: 11 },
    { given: '2024-01-01T00:00:00.120Z', digits: 3, wait: 2 },
    { given: '2024-01-01T00:00:00.123456Z', digits: 6, wait: 2 },
    { given: 'yesterday', digits: undefined, wait: 2 },
  ];
  it.each(cases)('$given', ({ given, digits, wait }) => {
    expect(fractionDigits(given)).toBe(digits);
    expect(tickWaitMs(given)).toBe(wait);
  });
});
