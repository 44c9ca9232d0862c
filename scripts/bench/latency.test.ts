import { describe, expect, it } from 'vitest';
import { criticalPath, describeProfile, floorMs, oneWayDelayMs, releaseAt } from './latency.js';

describe('oneWayDelayMs', () => {
  const rows = [
    { given: { rttMs: 50, jitterMs: 0, random: 0.9 }, want: 25 },
    { given: { rttMs: 55, jitterMs: 15, random: 0 }, want: 20 },
    { given: { rttMs: 55, jitterMs: 15, random: 0.5 }, want: 27.5 },
    { given: { rttMs: 4, jitterMs: 20, random: 0 }, want: 0 },
  ];
  it.each(rows)('$given → $want ms: a round trip stays within rtt ± jitter, never negative', ({ given, want }) => {
    expect(oneWayDelayMs(given, () => given.random)).toBeCloseTo(want);
  });
});

describe('releaseAt', () => {
  it('never lets a chunk leave before the one sent ahead of it', () => {
    // Delays of 30, then 5 ms: the second would overtake the first without the floor.
    const first = releaseAt(0, 100, 30);
    const second = releaseAt(first, 101, 5);
    expect([first, second]).toEqual([130, 130]);
    expect(releaseAt(second, 200, 5)).toBe(205);
  });
});

describe('criticalPath', () => {
  const requirements = [
    { id: 'A', status: 'passed', durationMs: 300, requests: 6 },
    { id: 'B', status: 'passed', durationMs: 1200, requests: 20 },
    { id: 'C', status: 'failed', durationMs: 900, requests: 40 },
  ];
  it('is the longest requirement, with its time per request', () => {
    expect(criticalPath(requirements)).toEqual({ id: 'B', durationMs: 1200, requests: 20, msPerRequest: 60 });
    expect(criticalPath([{ id: 'Z', status: 'skipped', durationMs: 0, requests: 0 }])).toEqual({ id: 'Z', durationMs: 0, requests: 0, msPerRequest: 0 });
  });
  it('none for no requirement', () => expect(criticalPath([])).toBeUndefined());
});

describe('describeProfile and floorMs', () => {
  it('names a profile and the floor of a run', () => {
    expect(describeProfile({ rttMs: 55, jitterMs: 15 })).toBe('+55 ± 15 ms');
    expect(describeProfile({ rttMs: 0, jitterMs: 0 })).toBe('+0 ms');
    expect(floorMs(1900, 55, 32)).toBeCloseTo(3265.6, 1);
    expect(floorMs(10, 50, 0)).toBe(500);
  });
});
