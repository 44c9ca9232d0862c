import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../src/reference/start-reference-server.js';
import { measureLoop } from './measure.js';

describe('measureLoop', () => {
  let server: ReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ seedUsers: 3 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends the requests in turn for the time given and counts them', { timeout: 10_000 }, async () => {
    const figures = await measureLoop({
      baseUrl: server.url,
      requests: [
        { method: 'GET', path: '/v1/users?limit=2' },
        { method: 'PATCH', path: '/v1/users/usr_nope', body: '{"firstName":"Ann"}', contentType: 'application/json' },
      ],
      workers: 2,
      durationMs: 150,
    });
    expect(figures.requests).toBeGreaterThan(2);
    expect(figures.errors).toBe(0);
    expect(figures.perSecond).toBeCloseTo(figures.requests / figures.seconds);
    expect(figures.p99Ms).toBeGreaterThanOrEqual(figures.p50Ms);
  });

  it('counts a target that does not answer as errors, not a crash', { timeout: 10_000 }, async () => {
    const figures = await measureLoop({ baseUrl: 'http://127.0.0.1:9', requests: [{ method: 'GET', path: '/' }], workers: 1, durationMs: 50 });
    expect(figures.errors).toBe(figures.requests);
  });
});
