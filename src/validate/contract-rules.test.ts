import { describe, expect, it } from 'vitest';
import { latestAcceptedDate } from './contract-rules.js';

describe('latestAcceptedDate', () => {
  const rows: { given: string; want: string }[] = [
    { given: '2024-02-28T00:00:00.000Z', want: '2024-02-29' },
    { given: '2024-02-29T23:59:59.999Z', want: '2024-03-01' },
    { given: '2024-12-31T12:00:00.000Z', want: '2025-01-01' },
    // Back to an earlier day: the cached answer is not reused.
    { given: '2024-02-28T23:59:59.999Z', want: '2024-02-29' },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(latestAcceptedDate(new Date(given))).toBe(want);
  });

  it('is tomorrow in UTC without an argument', () => {
    expect(latestAcceptedDate()).toBe(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  });
});
