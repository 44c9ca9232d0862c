import type { Requirement } from './requirement.js';

// The run's schedule: in what order requirements start, which must wait for the writers,
// and how many run at once as the run learns the target's round trip.

/**
 * Where a requirement starts: writers first, because the checks that judge what they leave
 * (`afterWriters`) wait for the last of them; within each, the longest chain first, by an
 * estimate from what requirements declare: a property check (`property`) sends a chain of
 * cases that grows with --runs, so it starts before a check of fixed size. Measured at 55 ms
 * a round trip, the eight longest requirements are property checks, six of them writers.
 */
export function startRank(requirement: Requirement): number {
  return (requirement.writes ? 0 : 2) + (requirement.property ? 0 : 1);
}

/** The requirements in the order they start: by rank, then in catalogue order. */
export function startOrder(requirements: readonly Requirement[]): Requirement[] {
  return requirements
    .map((requirement, index) => ({ requirement, index }))
    .sort((a, b) => startRank(a.requirement) - startRank(b.requirement) || a.index - b.index)
    .map(({ requirement }) => requirement);
}

/** A requirement may start now: it waits for no writer, or no writer is left to run or running. */
export const mayStart = (requirement: Requirement, writersLeft: number): boolean => !requirement.afterWriters || writersLeft === 0;

/** Requirements at once a run starts with, and never goes below (what a loopback run needs: more only queue on the CPU). */
export const startConcurrency = 8;
/** How often the limit is reconsidered, in ms of the run. */
const sampleEveryMs = 100;
/** Past this share of its time busy, the event loop has no room for more requests in flight. */
const busyCeiling = 0.7;

/** What the run saw over the last sample: round trips, and the CPU they cost this process. */
export interface LoadSample {
  /** The median time from sending a request to its whole answer. */
  roundTripMs: number;
  /** The lowest such median the run has seen: its round trip with nothing queued. */
  quietRoundTripMs: number;
  /** Event-loop time spent per answered request. */
  cpuMsPerRequest: number;
  /** Share of the sample's time the event loop was busy (0…1). */
  busy: number;
}

/**
 * The requirements at once a sample calls for, between `floor` and `ceiling`. With each
 * requirement about one request in flight, round trip ÷ CPU per request keeps the CPU busy
 * (Little's law: 50 ms round trips at 0.5 ms of CPU each leave room for 100 in flight); it grows
 * towards that, doubling at most, while the event loop has time to spare and round trips stay
 * near the quietest the run has seen. Round trips twice that mean requests queue (in this
 * process, on the way or at the target) and slow every chain: a quarter fewer at once. On
 * loopback the round trip is a few CPU costs and already queues at 8: it stays there.
 */
export function adaptedConcurrency(sample: LoadSample, current: number, bounds: { floor: number; ceiling: number }): number {
  if (!(sample.roundTripMs > 0) || !(sample.quietRoundTripMs > 0) || !(sample.cpuMsPerRequest > 0)) return current;
  const inflation = sample.roundTripMs / sample.quietRoundTripMs;
  if (inflation >= 2) return Math.max(bounds.floor, Math.floor(current * 0.75));
  if (sample.busy >= busyCeiling || inflation > 1.25) return current;
  const wanted = Math.ceil(sample.roundTripMs / sample.cpuMsPerRequest);
  return Math.min(bounds.ceiling, current * 2, Math.max(current, bounds.floor, wanted));
}

/**
 * The run's concurrency limit, from `--concurrency` (its ceiling): it starts at 8 (or the
 * ceiling, if lower) and adapts to the round trips and event-loop time the run sees.
 */
export function createConcurrencyLimit(ceiling: number) {
  const floor = Math.max(1, Math.min(startConcurrency, ceiling));
  let limit = floor;
  let roundTrips: number[] = [];
  let quietRoundTripMs = Number.POSITIVE_INFINITY;
  let sampledAt = performance.now();
  let loop = performance.eventLoopUtilization();
  return {
    /** Requirements that may run at once now. */
    get current(): number {
      return limit;
    },
    /** Told each answer's round trip; reconsiders the limit at most every 100 ms. True when it rose. */
    answered(roundTripMs: number): boolean {
      if (floor >= ceiling) return false;
      roundTrips.push(roundTripMs);
      if (performance.now() - sampledAt < sampleEveryMs) return false;
      const used = performance.eventLoopUtilization(loop);
      const median = roundTrips.sort((a, b) => a - b)[Math.floor(roundTrips.length / 2)];
      quietRoundTripMs = Math.min(quietRoundTripMs, median);
      const before = limit;
      limit = adaptedConcurrency({ roundTripMs: median, quietRoundTripMs, cpuMsPerRequest: used.active / roundTrips.length, busy: used.utilization }, limit, { floor, ceiling });
      roundTrips = [];
      sampledAt = performance.now();
      loop = performance.eventLoopUtilization();
      return limit > before;
    },
  };
}
