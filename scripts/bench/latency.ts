// The latency section's pure parts: how the delaying proxy spaces chunks, the targets
// it stands for, and the figures read from a run's report (its critical path).

/** A target further away: a round trip added by the proxy, give or take `jitterMs`. */
export interface LatencyProfile {
  rttMs: number;
  jitterMs: number;
}

/** The latency section's targets: loopback through the proxy, then 5, 20 and 50 ms away, and the 40–70 ms. */
export const latencyProfiles: readonly LatencyProfile[] = [
  { rttMs: 0, jitterMs: 0 },
  { rttMs: 5, jitterMs: 1 },
  { rttMs: 20, jitterMs: 5 },
  { rttMs: 50, jitterMs: 15 },
  { rttMs: 55, jitterMs: 15 },
];

/** `55 ± 15 ms` (40–70 ms a round trip). */
export const describeProfile = (p: LatencyProfile): string =>
  p.jitterMs === 0 ? `+${p.rttMs} ms` : `+${p.rttMs} ± ${p.jitterMs} ms`;

/**
 * One way's delay of a chunk: half the round trip, give or take half the jitter, so that a
 * round trip (two ways) stays within `rttMs ± jitterMs`. `random` is uniform in [0, 1).
 */
export function oneWayDelayMs(profile: LatencyProfile, random: () => number): number {
  return Math.max(0, profile.rttMs / 2 + (random() * 2 - 1) * (profile.jitterMs / 2));
}

/**
 * When a chunk may leave: after its own delay, but never before the chunk sent ahead of it
 * on the same connection (TCP keeps order; jitter must not reorder a body).
 */
export function releaseAt(previousAt: number, now: number, delayMs: number): number {
  return Math.max(previousAt, now + delayMs);
}

/** What a latency run reads of a requirement's result in conformance.json. */
export interface TimedRequirement {
  id: string;
  status: string;
  durationMs: number;
  requests: number;
}

/** The critical path of a run: the requirement with the longest wall time, its requests, and its time per request. */
export interface CriticalPath {
  id: string;
  durationMs: number;
  requests: number;
  /** Its wall time over its requests: near a round trip, its requests waited for each other, one in flight at a time. */
  msPerRequest: number;
}

export function criticalPath(requirements: readonly TimedRequirement[]): CriticalPath | undefined {
  const longest = requirements.reduce<TimedRequirement | undefined>((best, r) => (best === undefined || r.durationMs > best.durationMs ? r : best), undefined);
  if (longest === undefined) return undefined;
  const { id, durationMs, requests } = longest;
  return { id, durationMs, requests, msPerRequest: requests > 0 ? durationMs / requests : durationMs };
}

/** The floor a run cannot beat: its requests, a round trip each, `inFlight` at a time. */
export const floorMs = (requests: number, rttMs: number, inFlight: number): number => (requests * rttMs) / Math.max(1, inFlight);
