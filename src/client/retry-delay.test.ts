import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry-delay.js';

describe('retryDelay', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  const cases: { name: string; given: { attempt: number; retryAfter?: string; random: number }; want: number | undefined }[] = [
    { name: 'first retry, top of the jitter range', given: { attempt: 0, random: 0.999 }, want: 99 },
    { name: 'doubles each attempt', given: { attempt: 3, random: 0.5 }, want: 400 },
    { name: 'capped at the maximum', given: { attempt: 20, random: 0.5 }, want: 2500 },
    { name: 'full jitter may wait nothing', given: { attempt: 2, random: 0 }, want: 0 },
    { name: 'Retry-After seconds wins over a shorter backoff', given: { attempt: 0, retryAfter: '2', random: 0.5 }, want: 2000 },
    { name: 'a longer backoff wins over Retry-After', given: { attempt: 4, retryAfter: '0', random: 0.5 }, want: 800 },
    { name: 'Retry-After as an HTTP-date', given: { attempt: 0, retryAfter: 'Mon, 01 Jan 2024 00:00:03 GMT', random: 0 }, want: 3000 },
    { name: 'an HTTP-date in the past waits only the backoff', given: { attempt: 0, retryAfter: 'Sun, 31 Dec 2023 00:00:00 GMT', random: 0.5 }, want: 50 },
    { name: 'unreadable Retry-After is ignored', given: { attempt: 0, retryAfter: 'soon', random: 0.5 }, want: 50 },
    { name: 'Retry-After beyond the maximum: give up', given: { attempt: 0, retryAfter: '3600', random: 0.5 }, want: undefined },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const got = retryDelay({
      attempt: given.attempt,
      retryAfter: given.retryAfter,
      baseDelayMs: 100,
      maxDelayMs: 5000,
      random: () => given.random,
      now: () => now,
    });
    expect(got).toBe(want);
  });
});
