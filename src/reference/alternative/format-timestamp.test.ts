import { describe, expect, it } from 'vitest';
import { formatTimestamp, type Offset } from './format-timestamp.js';

const at = (iso: string, micros = 0): number => Date.parse(iso) * 1000 + micros;

describe('formatTimestamp', () => {
  const cases: Array<{ name: string; given: [number, 0 | 3 | 6, Offset]; want: string }> = [
    { name: 'microseconds at +02:00', given: [at('2026-11-27T07:15:30.123Z', 456), 6, 120], want: '2026-11-27T09:15:30.123456+02:00' },
    { name: 'whole seconds in Z', given: [at('2026-11-27T07:15:30Z'), 0, 'Z'], want: '2026-11-27T07:15:30Z' },
    { name: 'offset 0 written +00:00', given: [at('2026-11-27T07:15:30Z'), 0, 0], want: '2026-11-27T07:15:30+00:00' },
    { name: 'a negative offset crosses the date', given: [at('2026-01-01T02:00:00Z'), 0, -300], want: '2025-12-31T21:00:00-05:00' },
    { name: 'half-hour and +14:00 offsets', given: [at('2026-01-01T00:00:00Z'), 3, 840], want: '2026-01-01T14:00:00.000+14:00' },
    { name: 'minutes of an offset', given: [at('2026-01-01T00:00:00Z'), 0, -570], want: '2025-12-31T14:30:00-09:30' },
    { name: 'a finer value than asked shows all its digits', given: [at('2026-01-01T00:00:00.5Z'), 0, 'Z'], want: '2026-01-01T00:00:00.500Z' },
    { name: 'microseconds shown when milliseconds are asked', given: [at('2026-01-01T00:00:00Z', 7), 3, 'Z'], want: '2026-01-01T00:00:00.000007Z' },
    { name: 'trailing zeros kept to the digits asked', given: [at('2026-01-01T00:00:00.5Z'), 6, 'Z'], want: '2026-01-01T00:00:00.500000Z' },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(formatTimestamp(...given)).toBe(want);
  });

  it('names the same instant at every offset', () => {
    const micros = at('2026-03-04T05:06:07.891Z', 234);
    for (const offset of [0, 120, -300, 330, 840, -720, 345, -570, 'Z'] as const) {
      const text = formatTimestamp(micros, 6, offset);
      expect(Date.parse(text), text).toBe(Math.floor(micros / 1000));
      expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$/);
    }
  });
});
