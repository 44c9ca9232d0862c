import { describe, expect, it } from 'vitest';
import { compareTimestamps } from './compare-timestamps.js';
import { fractionDigits } from './fraction-digits.js';
import { tickWaitMs } from './tick-wait-ms.js';

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
