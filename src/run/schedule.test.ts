import { describe, expect, it } from 'vitest';
import { catalogue } from '../../suites/index.js';
import { createHttpClient, type HttpClient } from '../http/http-client.js';
import { startReferenceServer } from '../reference/start-reference-server.js';
import { projectSpec } from '../spec/load-spec.js';
import { createValidators } from '../validate/create-ajv.js';
import { runRequirements } from './run-requirements.js';
import { inArea, requirement, type Requirement } from './requirement.js';
import { adaptedConcurrency, createConcurrencyLimit, mayStart, startOrder } from './schedule.js';

const check = (id: string, fields: Partial<Requirement> = {}): Requirement =>
  inArea('test', [requirement({ id, level: 'MUST', title: id, rule: id, contract: ['Transport'], operations: ['getUser'], writes: false, run: async () => [], ...fields })])[0];

describe('startOrder', () => {
  it('puts writers first, property checks first within each, and keeps catalogue order otherwise', () => {
    const catalogue = [check('T-A'), check('T-B', { writes: true }), check('T-C', { property: true }), check('T-D', { property: true, writes: true }), check('T-E'), check('T-F', { writes: true })];
    expect(startOrder(catalogue).map((r) => r.id)).toEqual(['T-D', 'T-B', 'T-F', 'T-C', 'T-A', 'T-E']);
  });
});

describe('mayStart', () => {
  const rows = [
    { given: { fields: {}, writersLeft: 3 }, want: true },
    { given: { fields: { writes: true }, writersLeft: 3 }, want: true },
    { given: { fields: { afterWriters: true }, writersLeft: 1 }, want: false },
    { given: { fields: { afterWriters: true }, writersLeft: 0 }, want: true },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(mayStart(check('T-X', given.fields), given.writersLeft)).toBe(want);
  });
});

describe('adaptedConcurrency', () => {
  const bounds = { floor: 8, ceiling: 64 };
  const rows = [
    { name: 'loopback: round trips of a few CPU costs stay at the floor', given: { sample: { roundTripMs: 1.5, quietRoundTripMs: 1.2, cpuMsPerRequest: 0.4, busy: 0.5 }, current: 8 }, want: 8 },
    { name: '20 ms away: doubles towards room for 50', given: { sample: { roundTripMs: 20, quietRoundTripMs: 20, cpuMsPerRequest: 0.4, busy: 0.2 }, current: 8 }, want: 16 },
    { name: '20 ms away, later: room for 50', given: { sample: { roundTripMs: 24, quietRoundTripMs: 20, cpuMsPerRequest: 0.48, busy: 0.3 }, current: 32 }, want: 50 },
    { name: '55 ms away: up to the ceiling', given: { sample: { roundTripMs: 55, quietRoundTripMs: 55, cpuMsPerRequest: 0.4, busy: 0.1 }, current: 40 }, want: 64 },
    { name: 'a busy event loop: no more', given: { sample: { roundTripMs: 55, quietRoundTripMs: 55, cpuMsPerRequest: 0.4, busy: 0.9 }, current: 12 }, want: 12 },
    { name: 'round trips growing: no more', given: { sample: { roundTripMs: 90, quietRoundTripMs: 55, cpuMsPerRequest: 0.4, busy: 0.2 }, current: 24 }, want: 24 },
    { name: 'round trips doubled: a quarter fewer', given: { sample: { roundTripMs: 120, quietRoundTripMs: 55, cpuMsPerRequest: 0.4, busy: 0.2 }, current: 32 }, want: 24 },
    { name: 'loopback queueing: never below the floor', given: { sample: { roundTripMs: 3, quietRoundTripMs: 0.8, cpuMsPerRequest: 0.4, busy: 0.9 }, current: 8 }, want: 8 },
    { name: 'no answer measured: as it was', given: { sample: { roundTripMs: 0, quietRoundTripMs: 0, cpuMsPerRequest: 0, busy: 0 }, current: 8 }, want: 8 },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(adaptedConcurrency(given.sample, given.current, bounds)).toBe(want);
  });
});

describe('createConcurrencyLimit', () => {
  it('starts at 8, or at the ceiling when that is lower, and never passes the ceiling', () => {
    expect(createConcurrencyLimit(64).current).toBe(8);
    expect(createConcurrencyLimit(3).current).toBe(3);
    const one = createConcurrencyLimit(1);
    for (let i = 0; i < 1000; i++) expect(one.answered(50)).toBe(false);
    expect(one.current).toBe(1);
  });
});

describe('the schedule and reproduction', () => {
  /** The requests of one run of `areas` against a fresh reference server, sorted. */
  async function requestsOf(areas: readonly string[], concurrency: number): Promise<string[]> {
    const spec = await projectSpec();
    const server = await startReferenceServer({ seedUsers: 20 });
    const http = createHttpClient({ baseUrl: server.url, timeoutMs: 10_000 });
    const sent: string[] = [];
    const recording: HttpClient = { ...http, send: (request) => (sent.push(`${request.method} ${request.path} ${request.body ?? ''}`), http.send(request)) };
    try {
      const requirements = catalogue.filter((r) => areas.includes(r.area));
      const results = await runRequirements({ spec, validators: createValidators(spec), http: recording, requirements, runId: 'rep1', seed: 5, runs: 5, readOnly: false, concurrency });
      expect(results.filter((r) => r.status !== 'passed').map((r) => `${r.id} ${r.status} ${r.reason ?? r.findings[0]?.message ?? ''}`)).toEqual([]);
    } finally {
      await http.close();
      await server.close();
    }
    // Masked: ids the server assigns, and offsets read from the live total (where the newest users are depends on what other checks created by then).
    return sent.map((line) => line.replace(/usr_[0-9a-z]{10}/g, 'usr_*').replace(/offset=\d+/g, 'offset=*')).sort();
  }

  it('the same seed sends the same requests one at a time and as many at once as the run allows', { timeout: 120_000 }, async () => {
    const areas = ['create', 'update'];
    const [sequential, concurrent] = [await requestsOf(areas, 1), await requestsOf(areas, 64)];
    expect(concurrent.length).toBeGreaterThan(100);
    expect(concurrent).toEqual(sequential);
  });
});
