import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpFailure } from '../http/http-failure.js';
import type { Violation } from './check-context.js';
import { aloneWhenAsked, judgeCase, judgeCases, judgeEach, lendingPool, shrinkCase, type CaseParameters } from './concurrent-cases.js';

/** The values a sequential fc.check runs for `parameters`: what the concurrent runner must run too. */
async function sequentialValues<T>(arbitrary: fc.Arbitrary<T>, parameters: CaseParameters<T>): Promise<T[]> {
  const seen: T[] = [];
  await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      seen.push(value);
      return true;
    }),
    parameters,
  );
  return seen;
}

/** Counts how many calls of the returned function are in flight at once; each waits `ticks` turns of the event loop. */
function inFlightCounter(ticks = 3): { peak: () => number; wait: () => Promise<void> } {
  let now = 0;
  let peak = 0;
  return {
    peak: () => peak,
    async wait() {
      now++;
      peak = Math.max(peak, now);
      for (let i = 0; i < ticks; i++) await new Promise((resolve) => setImmediate(resolve));
      now--;
    },
  };
}

const passedIf = (verdict: boolean) => verdict;
const drawRows: Array<{ name: string; given: { arbitrary: fc.Arbitrary<unknown>; parameters: CaseParameters<unknown> } }> = [
  { name: 'strings, seed 1', given: { arbitrary: fc.string(), parameters: { seed: 1, numRuns: 30 } } },
  { name: 'integers with examples first, seed -7', given: { arbitrary: fc.integer(), parameters: { seed: -7, numRuns: 25, examples: [[0], [-1], [2 ** 31 - 1]] } } },
  { name: 'records of arrays (bias grows with the index), seed 42', given: { arbitrary: fc.record({ a: fc.array(fc.nat()), b: fc.option(fc.string()) }), parameters: { seed: 42, numRuns: 60 } } },
  { name: 'more examples than runs', given: { arbitrary: fc.nat(), parameters: { seed: 3, numRuns: 2, examples: [[10], [11], [12]] } } },
];

describe('judgeCases', () => {
  it.each(drawRows)('judges exactly the values a sequential fc.check runs, in the same order: $name', async ({ given }) => {
    const judged: unknown[] = [];
    const { verdicts, complete } = await judgeCases(given.arbitrary, given.parameters, async (value) => (judged.push(value), true), passedIf, { inFlight: 5, stopped: () => false });
    const want = await sequentialValues(given.arbitrary, given.parameters);
    expect(judged).toEqual(want);
    expect(verdicts).toHaveLength(want.length);
    expect(complete).toBe(true);
  });

  it('runs the first case alone, then keeps `inFlight` cases running at once, never more', async () => {
    const counter = inFlightCounter();
    const atStart: number[] = [];
    let judged = 0;
    const judge = async () => {
      if (judged++ === 0) atStart.push(counter.peak());
      await counter.wait();
      if (judged === 1) atStart.push(counter.peak());
      return true;
    };
    await judgeCases(fc.nat(), { seed: 5, numRuns: 40 }, judge, passedIf, { inFlight: 7, stopped: () => false });
    expect(atStart).toEqual([0, 1]);
    expect(counter.peak()).toBe(7);
  });

  it('a target that fails the first case costs that case only', async () => {
    let judged = 0;
    const { verdicts } = await judgeCases(fc.nat(), { seed: 5, numRuns: 40 }, async () => (judged++, false), passedIf, { inFlight: 7, stopped: () => false });
    expect(verdicts).toEqual([false]);
    expect(judged).toBe(1);
  });

  it('starts no case after one failed; every case before the failing one was judged', async () => {
    const started: number[] = [];
    const { verdicts, complete } = await judgeCases(
      fc.nat(),
      { seed: 9, numRuns: 100, examples: Array.from({ length: 20 }, (_, i) => [i] as [number]) },
      async (value) => {
        started.push(value);
        await new Promise((resolve) => setImmediate(resolve));
        return value !== 6;
      },
      passedIf,
      { inFlight: 4, stopped: () => false },
    );
    expect(verdicts.indexOf(false)).toBe(6);
    expect(verdicts.slice(0, 6).every(Boolean)).toBe(true);
    // Those in flight when 6 failed end; nothing later starts.
    expect(started).toEqual(started.slice().sort((a, b) => a - b));
    expect(started.length).toBeLessThanOrEqual(6 + 4);
    expect(complete).toBe(false);
  });

  it('an arbitrary that throws is a bug in the check: its error is thrown once the cases started have ended, never taken for a stop', async () => {
    const broken = fc.nat().map((n) => {
      if (n > 3) throw new Error('broken arbitrary');
      return n;
    });
    let started = 0;
    let ended = 0;
    const judge = async () => {
      started++;
      await new Promise((resolve) => setImmediate(resolve));
      ended++;
      return true;
    };
    await expect(judgeCases(broken, { seed: 1, numRuns: 50, examples: [[1]] }, judge, passedIf, { inFlight: 3, stopped: () => false })).rejects.toThrow('broken arbitrary');
    expect(started).toBeGreaterThan(0);
    expect(ended).toBe(started);
  });

  it('starts no case once stopped, and says the cases were not all judged', async () => {
    let judged = 0;
    const { verdicts, complete } = await judgeCases(fc.nat(), { seed: 2, numRuns: 50 }, async () => (judged++, true), passedIf, { inFlight: 3, stopped: () => judged >= 10 });
    expect(verdicts.length).toBeLessThan(50);
    expect(complete).toBe(false);
  });
});

describe('judgeEach', () => {
  it('judges every item, `inFlight` at once, and keeps the items order', async () => {
    const counter = inFlightCounter();
    const items = Array.from({ length: 30 }, (_, i) => i);
    const results = await judgeEach(items, async (i) => (await counter.wait(), i * 2), 6);
    expect(results).toEqual(items.map((i) => i * 2));
    expect(counter.peak()).toBe(6);
  });

  it('starts nothing after an item threw, lets those started end, and throws the error of the lowest item that threw', async () => {
    const ended: number[] = [];
    const judge = async (i: number) => {
      await new Promise((resolve) => setImmediate(resolve));
      ended.push(i);
      if (i === 4 || i === 5) throw new Error(`item ${i}`);
      return i;
    };
    await expect(judgeEach(Array.from({ length: 40 }, (_, i) => i), judge, 8)).rejects.toThrow('item 4');
    expect(Math.max(...ended)).toBeLessThan(4 + 8);
  });
});

describe('a property failure found with cases at once', () => {
  // A predicate whose verdict depends on its own case only: fails on arrays holding a number over 50.
  const arbitrary = fc.array(fc.nat(100));
  const predicate = async (value: number[]): Promise<Violation | undefined> => {
    await new Promise((resolve) => setImmediate(resolve));
    return value.some((n) => n > 50) ? { message: `holds ${value.filter((n) => n > 50).join(',')}` } : undefined;
  };
  const parameters = { seed: 1234, numRuns: 50 };

  it('is the one, shrunk the same way, that a sequential fc.check finds, and its path replays it exactly', async () => {
    const { verdicts } = await judgeCases(arbitrary, parameters, (value) => judgeCase(predicate, value), (v) => v.kind === 'passed', { inFlight: 10, stopped: () => false });
    const index = verdicts.findIndex((v) => v.kind !== 'passed');
    const shrunk = await shrinkCase(arbitrary, predicate, { ...parameters, path: String(index) });
    const sequential = await fc.check(fc.asyncProperty(arbitrary, async (value) => (await predicate(value)) === undefined), parameters);
    expect(sequential.failed).toBe(true);
    expect(index + 1).toBe(sequential.numRuns);
    expect(shrunk).toMatchObject({ counterexample: sequential.counterexample?.[0], path: sequential.counterexamplePath, violation: { message: 'holds 51' } });
    const replayed = await shrinkCase(arbitrary, predicate, { ...parameters, path: shrunk!.path! });
    expect(replayed).toEqual(shrunk);
  });

  it('a case that got no answer is a failure to check, not a violation: shrinking throws it without trying more cases', async () => {
    const exchange = { status: undefined, error: 'connect ECONNREFUSED', headers: {}, text: '', hasJson: false, curl: 'curl', request: { method: 'GET', url: 'http://x/', headers: {} }, durationMs: 0, record: { request: { method: 'GET', url: 'http://x/', headers: {} }, startedAt: '', durationMs: 0 } };
    let calls = 0;
    const silent = async (): Promise<Violation> => (calls++, { message: 'no answer', exchange });
    expect(await judgeCase(silent, 1)).toMatchObject({ kind: 'threw', error: expect.any(HttpFailure) });
    calls = 0;
    await expect(shrinkCase(fc.array(fc.nat()), silent, { seed: 1, numRuns: 10, path: '0' })).rejects.toThrow(HttpFailure);
    expect(calls).toBe(1);
  });
});

describe('lendingPool', () => {
  it('lends an item to one borrower at a time, makes no more than `most`, and a borrower waits while none is free', async () => {
    let made = 0;
    const pool = lendingPool(async () => `item ${++made}`, 3);
    const holding = new Set<string>();
    let overlaps = 0;
    const counter = inFlightCounter();
    await judgeEach(Array.from({ length: 20 }, (_, i) => i), (i) =>
      pool.use(async (item) => {
        if (holding.has(item)) overlaps++;
        holding.add(item);
        await counter.wait();
        holding.delete(item);
        return i;
      }),
      8,
    );
    expect(overlaps).toBe(0);
    expect(counter.peak()).toBe(3);
    expect(made).toBe(3);
  });

  it('makes nothing before a borrower asks, and only as many as borrow at once', async () => {
    let made = 0;
    const pool = lendingPool(async () => ++made, 16);
    expect(made).toBe(0);
    for (let i = 0; i < 5; i++) await pool.use(async () => undefined);
    expect(made).toBe(1);
  });

  it('a make that fails is the borrower\'s error, and the next borrower may make one', async () => {
    let tries = 0;
    const pool = lendingPool(async () => {
      if (++tries === 1) throw new Error('create refused');
      return 'user';
    }, 1);
    await expect(pool.use(async (item) => item)).rejects.toThrow('create refused');
    expect(await pool.use(async (item) => item)).toBe('user');
  });

  it('a make that fails while others wait wakes one of them to make its own, so none waits for ever', async () => {
    let tries = 0;
    const pool = lendingPool(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (++tries === 1) throw new Error('create refused');
      return 'user';
    }, 1);
    const [first, second] = await Promise.allSettled([pool.use(async (item) => item), pool.use(async (item) => item)]);
    expect(first).toMatchObject({ status: 'rejected' });
    expect(second).toEqual({ status: 'fulfilled', value: 'user' });
  });

  it('refuses to lend nothing (every borrower would wait for ever)', () => {
    expect(() => lendingPool(async () => 'a', 0)).toThrow('nothing to lend');
  });
});

describe('aloneWhenAsked', () => {
  it('runs tasks together, but one that asks to run alone overlaps no other; those alone start in the order they ask', async () => {
    const turns = aloneWhenAsked();
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const overlapOfAlone: number[] = [];
    const alone = new Set([3, 4, 9]);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        turns.run(alone.has(i), async () => {
          started.push(i);
          running++;
          peak = Math.max(peak, running);
          if (alone.has(i)) overlapOfAlone.push(running - 1);
          for (let t = 0; t < 3; t++) await new Promise((resolve) => setImmediate(resolve));
          if (alone.has(i)) overlapOfAlone.push(running - 1);
          running--;
        }),
      ),
    );
    expect(started.filter((i) => alone.has(i))).toEqual([3, 4, 9]);
    expect(started).toHaveLength(12);
    expect(overlapOfAlone.every((n) => n === 0)).toBe(true);
    expect(peak).toBeGreaterThan(1);
  });
});
