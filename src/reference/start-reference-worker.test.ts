import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../test/support/call-api.js';
import type { ReferenceServer } from './start-reference-server.js';
import { referenceWorkerScript, startReferenceWorker } from './start-reference-worker.js';

// The worker-hosted server the built command tests (src/cli/conform.ts). From the sources the
// worker loads the TypeScript through tsx's hook; test/package.test.ts runs the built one.
const fromSources = new URL('../../test/support/reference-worker-from-sources.cjs', import.meta.url);

const servers: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('startReferenceWorker', () => {
  it('serves the reference server with its options (seeded users, a fault) from a worker thread, and stops it', async () => {
    const server = await startReferenceWorker({ seedUsers: 7, faults: ['trim-names'] }, fromSources);
    servers.push(server);
    const list = await callApi(server.url, 'GET', '/v1/users?limit=1');
    expect(list.status).toBe(200);
    expect((list.json as { metadata: { total: number } }).metadata.total).toBe(7);
    const body = { email: 'worker@example.com', firstName: ' Ada ', lastName: 'Lovelace', dateOfBirth: '1990-01-01', country: 'GB' };
    const created = await callApi(server.url, 'POST', '/v1/users', { body });
    expect(created.status).toBe(201);
    expect((created.json as { firstName: string }).firstName).toBe('Ada'); // trim-names is on
    await server.close();
    await server.close(); // a second close is the first's
    await expect(callApi(server.url, 'GET', '/v1/users')).rejects.toThrow();
  });

  it('a server that cannot start: the start rejects with its reason, and the thread is gone', async () => {
    await expect(startReferenceWorker({ seedUsers: 3, maxUsers: 2 }, fromSources)).rejects.toThrow('seedUsers (3) is over maxUsers (2)');
  });

  it('from the sources there is no built script: the start says so', async () => {
    expect(referenceWorkerScript).toBeUndefined();
    await expect(startReferenceWorker({})).rejects.toThrow(/built package only/);
  });
});
