import fc from 'fast-check';
import { HttpFailure } from '../http/http-failure.js';
import type { Violation } from './check-context.js';

// Running a check's independent cases at once: a property's cases as fast-check draws them, and a
// list of fixed cases. A target 50 ms away makes a chain of dependent requests cost 50 ms a link;
// cases that share nothing need not wait for each other.

/**
 * Cases of one property (or list) in flight at once: enough that a default run's
 * cases take two or three rounds, few enough that the checks running at once keep
 * a few dozen requests in flight, not hundreds.
 */
export const casesInFlight = 16;

/** What fast-check draws a property's cases by (and replays one by, with `path`). */
export interface CaseParameters<T> {
  seed: number;
  numRuns: number;
  examples?: Array<[T]>;
}

/** Starts tasks at most `limit` at once (or fewer, when a slot asks). The tasks must not reject: they keep their own outcome. */
function boundedTasks(limit: number): { slot(fewer?: number): Promise<void>; start(task: Promise<void>): void; settled(): Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    async slot(fewer = limit) {
      while (running.size >= Math.min(limit, fewer)) await Promise.race(running);
    },
    start(task) {
      const tracked = task.finally(() => running.delete(tracked));
      running.add(tracked);
    },
    async settled() {
      await Promise.all(running);
    },
  };
}

/**
 * Judges the cases fast-check draws for `parameters` (the listed examples first, bias and
 * all: fast-check itself draws them), `inFlight` at a time once the first has passed (a
 * target that fails every case, a hostile one sending 16 MiB bodies, costs one case, not
 * `inFlight`), started in the order drawn. Once a case does not pass, or `stopped()`, no
 * case is started any more; those started run to their end. Returns the verdicts of the
 * cases started, by index (so the lowest that did not pass is the one a sequential run
 * would have met first: every case before it was started), and whether every case of
 * `numRuns` was. `judge` must not reject: a thrown error is a verdict too (judgeCase).
 */
export async function judgeCases<T, V>(
  arbitrary: fc.Arbitrary<T>,
  parameters: CaseParameters<T>,
  judge: (value: T) => Promise<V>,
  isPass: (verdict: V) => boolean,
  limits: { inFlight: number; stopped(): boolean },
): Promise<{ verdicts: V[]; complete: boolean }> {
  const verdicts: V[] = [];
  const tasks = boundedTasks(limits.inFlight);
  let failed = false;
  let passed = 0;
  const ending = () => failed || limits.stopped();
  // fast-check draws a case only after the previous call resolved: each call resolves as soon as its case is started.
  const draw = fc.asyncProperty(arbitrary, async (value) => {
    if (ending()) return false;
    await tasks.slot(passed > 0 ? limits.inFlight : 1);
    if (ending()) return false;
    const index = verdicts.length;
    verdicts.length++;
    tasks.start(
      judge(value).then((verdict) => {
        verdicts[index] = verdict;
        if (isPass(verdict)) passed++;
        else failed = true;
      }),
    );
    return true;
  });
  let drawing: fc.RunDetails<[T]>;
  try {
    // endOnFailure: a `false` above ends the drawing at once, with no shrinking. An arbitrary that throws
    // (a bug in the check) makes fc.check throw: the cases started still end first.
    drawing = await fc.check(draw, { ...parameters, endOnFailure: true });
  } finally {
    await tasks.settled();
  }
  return { verdicts, complete: !drawing.failed };
}

/**
 * `judge` of every item, `inFlight` at a time, started in order; the results in the items'
 * order. When one throws, no item is started any more, those started end, and the
 * error of the lowest item that threw is thrown (the one a loop would have met first).
 */
export async function judgeEach<I, R>(items: readonly I[], judge: (item: I) => Promise<R>, inFlight = casesInFlight): Promise<R[]> {
  const results: R[] = [];
  const errors: Array<{ index: number; error: unknown }> = [];
  const tasks = boundedTasks(inFlight);
  for (const [index, item] of items.entries()) {
    await tasks.slot();
    if (errors.length > 0) break;
    tasks.start(
      judge(item).then(
        (result) => void (results[index] = result),
        (error: unknown) => void errors.push({ index, error }),
      ),
    );
  }
  await tasks.settled();
  if (errors.length > 0) throw errors.reduce((a, b) => (b.index < a.index ? b : a)).error;
  return results;
}

/** A property's verdict on one case: passed, a violation of the rule, or an error that kept it from being judged. */
export type CaseVerdict<T> = { kind: 'passed' } | { kind: 'violated'; value: T; violation: Violation } | { kind: 'threw'; value: T; error: unknown };

/** What a case that did not pass broke: its violation, or the error it threw. */
export function violationOf<T>(verdict: Exclude<CaseVerdict<T>, { kind: 'passed' }>): Violation {
  return verdict.kind === 'violated' ? verdict.violation : { message: `property threw: ${String(verdict.error)}` };
}

/** A violation resting on a request that got no answer: the case could not be checked. */
const unanswered = (violation: Violation): boolean => violation.exchange !== undefined && violation.exchange.status === undefined && violation.exchange.error !== undefined;

/** The verdict of `predicate` on one case; a violation with no answer behind it becomes the failure it is. */
export async function judgeCase<T>(predicate: (value: T) => Promise<Violation | undefined>, value: T): Promise<CaseVerdict<T>> {
  try {
    const violation = await predicate(value);
    if (violation === undefined) return { kind: 'passed' };
    if (unanswered(violation)) return { kind: 'threw', value, error: new HttpFailure(violation.message, violation.exchange) };
    return { kind: 'violated', value, violation };
  } catch (error) {
    return { kind: 'threw', value, error };
  }
}

/** A case shrunk to its smallest failing form: the value, fast-check's path to it, and what it broke. */
export interface ShrunkCase<T> {
  counterexample: T;
  path: string | undefined;
  violation: Violation;
}

/**
 * Replays the case `parameters.path` names and shrinks it, one case at a time (fast-check
 * generates the same case from the same seed and index). Undefined when the replayed case
 * passes (a target that answered otherwise the first time); throws the HttpFailure that
 * kept a case from being checked.
 */
export async function shrinkCase<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<Violation | undefined>,
  parameters: CaseParameters<T> & { path: string },
): Promise<ShrunkCase<T> | undefined> {
  // The last failing run is the smallest counterexample once shrinking ends.
  let lastViolation: Violation | undefined;
  // A case that could not be checked (no answer, set-up failed, run stopped) ends the property: shrinking it would only repeat the failure, a timeout at a time.
  // Once it is known, every later case passes unsent, so shrinking stops at once: were they to fail too (without a request,
  // a microtask each), fast-check would shrink through the whole tree of a large value and starve the event loop.
  let failure: HttpFailure | undefined;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    if (failure) return true;
    const verdict = await judgeCase(predicate, value);
    if (verdict.kind === 'threw') {
      if (verdict.error instanceof HttpFailure) failure = verdict.error;
      throw verdict.error;
    }
    if (verdict.kind === 'violated') lastViolation = verdict.violation;
    return verdict.kind === 'passed';
  });
  const result = await fc.check(property, parameters);
  if (!result.failed) return undefined;
  if (result.errorInstance instanceof HttpFailure) throw result.errorInstance;
  return {
    counterexample: result.counterexample?.[0] as T,
    path: result.counterexamplePath ?? undefined,
    violation: lastViolation ?? { message: `property threw: ${String(result.errorInstance)}` },
  };
}

/**
 * Lends items (users a check sets up, say) to one borrower at a time: a case that runs at once
 * with others and needs a user to itself. A borrower takes a free item, or has `make` make one
 * while fewer than `most` exist, or waits for one to be given back. Nothing is made before a
 * borrower asks: a shard that runs none of a check's cases sets up nothing for it. A failed
 * make is the borrower's error, and leaves room for another try.
 */
export function lendingPool<S>(make: () => Promise<S>, most: number): { use<R>(borrow: (item: S) => Promise<R>): Promise<R> } {
  if (most < 1) throw new Error('lendingPool: nothing to lend');
  const free: S[] = [];
  // A waiter gets an item given back, or undefined: a make failed, so it may try to make one itself.
  const waiting: Array<(item: S | undefined) => void> = [];
  let made = 0;
  const take = async (): Promise<S> => {
    const item = free.shift();
    if (item !== undefined) return item;
    if (made >= most) return (await new Promise<S | undefined>((resolve) => waiting.push(resolve))) ?? take();
    made++;
    try {
      return await make();
    } catch (error) {
      made--;
      waiting.shift()?.(undefined);
      throw error;
    }
  };
  const give = (item: S) => {
    const next = waiting.shift();
    if (next) next(item);
    else free.push(item);
  };
  return {
    async use(borrow) {
      const item = await take();
      try {
        return await borrow(item);
      } finally {
        give(item);
      }
    },
  };
}

/**
 * Runs tasks together, but a task that asks to run alone waits until none runs and holds off
 * the rest until it ends. Those that run together go first (a task alone costs the others their
 * time together); those alone start in the order they ask.
 */
export function aloneWhenAsked(): { run<R>(alone: boolean, task: () => Promise<R>): Promise<R> } {
  let together = 0;
  let aloneRunning = false;
  const waiting: Array<{ alone: boolean; start: () => void }> = [];
  const startWhatMay = () => {
    if (aloneRunning) return;
    for (const next of waiting.filter((w) => !w.alone)) {
      waiting.splice(waiting.indexOf(next), 1);
      together++;
      next.start();
    }
    if (together > 0 || waiting.length === 0) return;
    aloneRunning = true;
    waiting.shift()!.start();
  };
  return {
    async run(alone, task) {
      await new Promise<void>((start) => {
        waiting.push({ alone, start });
        startWhatMay();
      });
      try {
        return await task();
      } finally {
        if (alone) aloneRunning = false;
        else together--;
        startWhatMay();
      }
    },
  };
}
