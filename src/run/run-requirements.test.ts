import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../http/exchange.js';
import type { HttpClient, HttpRequest } from '../http/http-client.js';
import type { RequirementResult } from './results.js';
import { projectSpec, type Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import { createValidators } from '../validate/create-ajv.js';
import { inArea, requirement, type Requirement } from './requirement.js';
import { runRequirements, type RunOptions } from './run-requirements.js';
import { deriveSeed } from './scope.js';

let spec: Spec;
let validators: Validators;
beforeAll(async () => {
  spec = await projectSpec();
  validators = createValidators(spec);
});

/** A target that answers 404 `{}` after `delayMs`, or nothing at all (`silent`); a request's signal cuts it off. */
function fakeHttp(delayMs: number, silent = false): HttpClient & { sent: number } {
  const client = {
    sent: 0,
    requests: 0,
    baseUrl: 'http://127.0.0.1:9',
    async close() {},
    send(request: HttpRequest): Promise<Exchange> {
      const sent = { method: request.method, url: `http://127.0.0.1:9${request.path}`, headers: {} };
      const exchange = (part: Partial<Exchange>): Exchange => ({
        headers: {},
        text: '',
        hasJson: false,
        curl: 'curl',
        request: sent,
        durationMs: 0,
        record: { request: sent, startedAt: '', durationMs: 0, ...(part.error ? { error: part.error } : {}) },
        ...part,
      });
      if (request.signal?.aborted) return Promise.resolve(exchange({ error: 'not sent: stopped' }));
      client.sent++;
      return new Promise((resolve) => {
        const timer = silent ? undefined : setTimeout(() => resolve(exchange({ status: 404, json: {}, hasJson: true, text: '{}', mediaType: 'application/json' })), delayMs);
        // A signal of the request's own, as a real client's deadline: the run's signal would gather a listener per request in flight.
        const signal = request.signal && AbortSignal.any([request.signal]);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve(exchange({ error: 'cut off: stopped' }));
        });
      });
    },
  };
  return client;
}

/** A requirement of the test area that reads users; `fields` give it its run or observe and the rest. */
const testRequirement = (id: string, fields: Partial<Requirement>): Requirement =>
  inArea('test', [requirement({ id, level: 'MUST', title: id, rule: id, contract: ['Transport'], operations: ['getUser'], writes: false, ...fields })])[0];

const checkOf = (id: string, run: Requirement['run']): Requirement => testRequirement(id, { run });

/** Sends `n` reads one after another and fails on any answer but 404. */
const reads = (id: string, n: number) =>
  checkOf(id, async (ctx) => {
    for (let i = 0; i < n; i++) {
      const exchange = await ctx.send('getUser', { pathParams: { userId: `usr_${i}` } });
      if (exchange.status !== 404) return [ctx.finding(`GET answered ${exchange.error ?? exchange.status}\nand more`, exchange)];
    }
    return [];
  });

async function run(requirements: Requirement[], http: HttpClient, extra: Partial<RunOptions> = {}): Promise<{ results: RequirementResult[]; ms: number }> {
  const started = performance.now();
  const results = await runRequirements({ spec, validators, http, requirements, runId: 'r1', seed: 1, runs: 3, readOnly: false, concurrency: 2, ...extra });
  return { results, ms: performance.now() - started };
}

describe('runRequirements: stopping', { timeout: 10_000 }, () => {
  it('at the deadline sends nothing more, cuts off what is in flight after the grace, and skips what did not end', async () => {
    const http = fakeHttp(300);
    const { results, ms } = await run([reads('T-FAST', 1), reads('T-LONG', 50), reads('T-LATER', 1), reads('T-LAST', 1)], http, {
      deadline: Date.now() + 500,
      stopGraceMs: 100,
      concurrency: 1,
    });
    expect(ms).toBeLessThan(1_000);
    expect(results.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['T-FAST', 'passed', undefined],
      ['T-LONG', 'skipped', 'the run deadline was reached'],
      ['T-LATER', 'skipped', 'the run deadline was reached'],
      ['T-LAST', 'skipped', 'the run deadline was reached'],
    ]);
  });

  it('an interruption skips the check that swallowed the stop, too', async () => {
    const http = fakeHttp(20);
    const swallower = checkOf('T-SWALLOW', async (ctx) => {
      for (let i = 0; i < 100; i++) await ctx.send('getUser', { pathParams: { userId: 'usr_1' } }).catch(() => undefined);
      return [];
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { results, ms } = await run([swallower], http, { signal: controller.signal });
    expect(ms).toBeLessThan(1_000);
    expect(results[0]).toMatchObject({ status: 'skipped', reason: 'the run was interrupted' });
    expect(http.sent).toBeLessThan(20);
  });

  it('an interruption during a property starts no more of its cases, and the property is skipped, not passed on the cases that ran', async () => {
    const http = fakeHttp(20);
    const property = testRequirement('T-PROPERTY', {
      property: true,
      run: (ctx) => ctx.property(fc.nat(), async (n) => ((await ctx.send('getUser', { pathParams: { userId: `usr_${n}` } })).status === 404 ? undefined : { message: 'not 404' }), { runs: 500 }),
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { results } = await run([property], http, { signal: controller.signal });
    expect(results[0]).toMatchObject({ status: 'skipped', reason: 'the run was interrupted' });
    expect(http.sent).toBeLessThan(500);
  });

  it('a check whose findings all rest on requests that got no answer is errored, in one line; it gives up after 3 in a row', async () => {
    const http = fakeHttp(0, true);
    const timeoutHttp: HttpClient = { ...http, send: (request) => http.send({ ...request, signal: AbortSignal.timeout(30) }) };
    const { results } = await run([reads('T-ONE', 1), reads('T-MANY', 10), checkOf('T-LOOP', async (ctx) => {
      for (let i = 0; i < 10; i++) await ctx.send('getUser', { pathParams: { userId: 'usr_1' } });
      return [];
    })], timeoutHttp);
    expect(results[0]).toMatchObject({ status: 'errored', reason: 'GET answered cut off: stopped and more' });
    expect(results[2].status).toBe('errored');
    expect(results[2].reason).toMatch(/3 requests in a row got no answer; the check gave up/);
    expect(results[2].requests).toBe(3);
  });
});

describe('runRequirements: order', { timeout: 10_000 }, () => {
  /** Records each check's span and how many ran at once at most. */
  function spanRecorder() {
    const spans = new Map<string, { start: number; end: number }>();
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const timed = (id: string, fields: Partial<Requirement>, n: number): Requirement =>
      testRequirement(id, {
        ...fields,
        async run(ctx) {
          const start = performance.now();
          started.push(id);
          most = Math.max(most, ++running);
          for (let i = 0; i < n; i++) await ctx.send('getUser', { pathParams: { userId: `usr_${i}` } });
          running--;
          spans.set(id, { start, end: performance.now() });
          return [];
        },
      });
    return { spans, started, timed, most: () => most };
  }
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

  it('a check that judges what the writers leave starts after the last writer ended; other readers run beside the writers', async () => {
    const { spans, timed } = spanRecorder();
    const catalogue = [
      timed('T-SNAPSHOT', { afterWriters: true }, 1),
      timed('T-WRITE-A', { writes: true }, 6),
      timed('T-READ', {}, 2),
      timed('T-WRITE-B', { writes: true }, 1),
    ];
    const { results } = await run(catalogue, fakeHttp(5), { concurrency: 4 });
    expect(results.map((r) => [r.id, r.status])).toEqual(catalogue.map((r) => [r.id, 'passed']));
    const lastWriteEnd = Math.max(spans.get('T-WRITE-A')!.end, spans.get('T-WRITE-B')!.end);
    expect(spans.get('T-SNAPSHOT')!.start).toBeGreaterThanOrEqual(lastWriteEnd);
    expect(overlaps(spans.get('T-READ')!, spans.get('T-WRITE-A')!)).toBe(true);
  });

  const rows: Array<{ name: string; given: Array<[string, Partial<Requirement>]>; want: string[] }> = [
    {
      name: 'property writers, other writers, property readers, other readers, each in catalogue order',
      given: [['T-READ', {}], ['T-WRITE', { writes: true }], ['T-PROP-READ', { property: true }], ['T-PROP-WRITE', { property: true, writes: true }], ['T-PROP-WRITE-2', { property: true, writes: true }]],
      want: ['T-PROP-WRITE', 'T-PROP-WRITE-2', 'T-WRITE', 'T-PROP-READ', 'T-READ'],
    },
    {
      name: 'a check after the writers starts when they have ended, before a lower-ranked reader',
      given: [['T-READ', {}], ['T-AFTER', { property: true, afterWriters: true }], ['T-WRITE', { writes: true }]],
      want: ['T-WRITE', 'T-AFTER', 'T-READ'],
    },
  ];
  it.each(rows)('with --concurrency=1, one at a time, longest chains first: $name', async ({ given, want }) => {
    const recorder = spanRecorder();
    const { results } = await run(given.map(([id, fields]) => recorder.timed(id, fields, 2)), fakeHttp(1), { concurrency: 1 });
    expect(results.every((r) => r.status === 'passed')).toBe(true);
    expect(recorder.started).toEqual(want);
    expect(recorder.most()).toBe(1);
  });

  it('never runs more at once than --concurrency, and starts with 8 at most', async () => {
    const catalogue = (recorder: ReturnType<typeof spanRecorder>) => Array.from({ length: 12 }, (_, i) => recorder.timed(`T-R${i}`, {}, 3));
    const three = spanRecorder();
    await run(catalogue(three), fakeHttp(5), { concurrency: 3 });
    expect(three.most()).toBe(3);
    // Against a target 5 ms away on an idle machine the limit may grow past 8, never past the ceiling.
    const many = spanRecorder();
    await run(catalogue(many), fakeHttp(5), { concurrency: 10 });
    expect(many.most()).toBeGreaterThanOrEqual(8);
    expect(many.most()).toBeLessThanOrEqual(10);
  });
});

describe('runRequirements: observing rules', { timeout: 10_000 }, () => {
  const watcher = (id: string, verdict: (e: Exchange) => string | undefined): Requirement =>
    testRequirement(id, { observe: verdict });

  const rows: Array<{ name: string; given: { reads: number; verdict: (e: Exchange) => string | undefined }; want: Partial<RequirementResult> }> = [
    { name: 'every answer is fine', given: { reads: 3, verdict: () => undefined }, want: { status: 'passed', observed: 3, requests: 0, findings: [] } },
    { name: 'an answer breaks the rule', given: { reads: 2, verdict: (e) => (e.status === 404 ? 'a 404' : undefined) }, want: { status: 'failed', observed: 2 } },
    { name: 'no check sent anything', given: { reads: 0, verdict: () => undefined }, want: { status: 'skipped', observed: 0, reason: 'no response of the run was seen' } },
  ];
  it.each(rows)('judges the responses of every check and says how many it watched: $name', async ({ given, want }) => {
    const { results } = await run([reads('T-READS', given.reads), watcher('T-WATCH', given.verdict)], fakeHttp(1));
    expect(results[1]).toMatchObject(want);
  });
});

describe('runRequirements: property checks under --shard', { timeout: 10_000 }, () => {
  const examples = ['ex-1', 'ex-2', 'ex-3'];
  /** A property over `examples` and generated strings; records what it saw, fails on `failOn`. */
  const generating = (id: string, declared: boolean, seen: string[], failOn?: string): Requirement =>
    testRequirement(id, {
      property: declared,
      run: (ctx) =>
        ctx.property(
          fc.string(),
          async (value) => {
            seen.push(value);
            return value === failOn ? { message: `failed on ${value}` } : undefined;
          },
          { runs: 10, examples },
        ),
    });

  it('each shard runs its own part of the cases of a declared property: together the unsharded budget, examples once each', async () => {
    const parts = await Promise.all(
      [1, 2].map(async (index) => {
        const seen: string[] = [];
        const { results } = await run([generating('T-PROP', true, seen)], fakeHttp(1), { shard: { index, count: 2 } });
        return { seen, cases: results[0].cases };
      }),
    );
    expect(parts.map((p) => p.cases)).toEqual([5, 5]);
    expect(parts.map((p) => p.seen.length)).toEqual([5, 5]);
    expect(parts.flatMap((p) => p.seen.filter((v) => examples.includes(v))).sort()).toEqual(examples);
    const whole: string[] = [];
    expect((await run([generating('T-PROP', true, whole)], fakeHttp(1))).results[0].cases).toBe(10);
  });

  it('a property that does not declare itself runs whole, even under --shard', async () => {
    const seen: string[] = [];
    const { results } = await run([generating('T-UNDECLARED', false, seen)], fakeHttp(1), { shard: { index: 2, count: 2 } });
    expect(results[0].cases).toBe(10);
    expect(seen.slice(0, 3)).toEqual(examples);
  });

  it('a failure found by a shard names the shard, to replay it', async () => {
    const { results } = await run([generating('T-PROP', true, [], 'ex-2')], fakeHttp(1), { shard: { index: 2, count: 2 } });
    expect(results[0]).toMatchObject({ status: 'failed', findings: [{ message: 'failed on ex-2', counterexample: 'ex-2', shard: { index: 2, count: 2 } }] });
  });
});

describe('runRequirements: property cases at once', { timeout: 10_000 }, () => {
  /** A property over numbers that reads one id per case and fails on one that leaves 16 divided by 17; records the paths it sent. */
  const failingMod17 = (paths: string[]): Requirement =>
    testRequirement('T-CASES', {
      property: true,
      run: (ctx) =>
        ctx.property(fc.nat(), async (value) => {
          const exchange = await ctx.send('getUser', { pathParams: { userId: `usr_${value}` } });
          paths.push(exchange.request.url);
          return value % 17 === 16 ? { message: `case ${value} leaves 16`, exchange } : undefined;
        }, { runs: 40 }),
    });
  /** The fake target, counting the requests in flight at once. */
  const countingHttp = () => {
    const http = fakeHttp(2);
    let now = 0;
    let peak = 0;
    const send = http.send.bind(http);
    http.send = async (request) => {
      peak = Math.max(peak, ++now);
      try {
        return await send(request);
      } finally {
        now--;
      }
    };
    return { http, peak: () => peak };
  };

  it('runs cases at once, and a finding replays exactly with the same seed: same case, same shrink path, same requests', async () => {
    const runs = await Promise.all(
      [1, 2].map(async () => {
        const paths: string[] = [];
        const { http, peak } = countingHttp();
        const { results } = await run([failingMod17(paths)], http, { seed: 4, runs: 40 });
        return { result: results[0], paths, peak: peak() };
      }),
    );
    const [first, second] = runs;
    expect(first.result.status).toBe('failed');
    expect(first.peak).toBeGreaterThan(1);
    const finding = (r: RequirementResult) => ({ ...r.findings[0], exchange: undefined, curl: undefined });
    expect(finding(second.result)).toEqual(finding(first.result));
    expect(second.result.cases).toBe(first.result.cases);
    expect(first.result.findings[0]).toMatchObject({ seed: 4, counterexample: 16, path: expect.stringMatching(/^\d+(:\d+)*$/) });
    // Order within a batch may differ; the requests may not.
    expect([...second.paths].sort()).toEqual([...first.paths].sort());
  });

  it('finds the case, shrink path and count a sequential fast-check run finds for the requirement seed', async () => {
    const { results } = await run([failingMod17([])], fakeHttp(1), { seed: 4, runs: 40 });
    const sequential = await fc.check(
      fc.asyncProperty(fc.nat(), async (value) => value % 17 !== 16),
      { seed: deriveSeed(4, 'T-CASES'), numRuns: 40 },
    );
    expect(results[0].findings[0]).toMatchObject({ counterexample: sequential.counterexample?.[0], path: sequential.counterexamplePath, numRuns: sequential.numRuns });
    expect(results[0].cases).toBe(sequential.numRuns);
  });
});
