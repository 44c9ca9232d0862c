import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyInvalidCase, invalidPatches, missingFields, notWritableOnCreate, wrongTypes, type InvalidCase } from '../generate/invalid-cases.js';
import { invalidCountries, invalidDatesOfBirth, invalidEmails, invalidNames, invalidPhones } from '../generate/invalid-values.js';
import { validCreateBody } from '../generate/valid-bodies.js';
import type { ExampleArbitrary } from '../generate/with-examples.js';
import type { Exchange } from '../http/exchange.js';
import { createHttpClient, type HttpClient, type HttpRequest } from '../http/http-client.js';
import { startReferenceServer, type ReferenceServer } from './start-reference-server.js';

const oneMiB = 1024 * 1024;
let server: ReferenceServer;
let http: HttpClient;
let domains = 0;
const freshDomain = () => `robust${++domains}.example.com`;

beforeAll(async () => {
  server = await startReferenceServer({ seedUsers: 150 });
  http = createHttpClient({ baseUrl: server.url, timeoutMs: 10_000 });
});
afterAll(async () => {
  await http.close();
  await server.close();
});

/** Sends every request, 16 at a time; returns the exchanges in order. */
async function sendAll(requests: HttpRequest[]): Promise<Exchange[]> {
  const out: Exchange[] = [];
  for (let i = 0; i < requests.length; i += 16) out.push(...(await Promise.all(requests.slice(i, i + 16).map((r) => http.send(r)))));
  return out;
}

const json = (method: string, path: string, body: unknown): HttpRequest => ({ method, path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Exchanges that came back 5xx or with no answer at all, described for the failure message. */
function broken(exchanges: Exchange[]): string[] {
  return exchanges
    .filter((e) => e.status === undefined || e.status >= 500)
    .map((e) => `${e.request.method} ${e.request.url} ${e.request.body?.slice(0, 200) ?? ''} → ${e.status ?? e.error}`);
}

/** Every listed case of a generator and `n` generated ones (a fixed seed: the same cases every run). */
function casesOf(arbitrary: ExampleArbitrary<InvalidCase>, n: number, seed: number): InvalidCase[] {
  return [...arbitrary.examples, ...fc.sample(arbitrary, { seed, numRuns: n })];
}

describe('the reference server under every negative case the generators make', { timeout: 20_000 }, () => {
  it('never answers 5xx to an invalid create or update', async () => {
    const base = () => ({ ...fc.sample(validCreateBody(freshDomain), { seed: 1, numRuns: 1 })[0] });
    const createCases = [
      invalidEmails(freshDomain),
      invalidNames('firstName'),
      invalidNames('lastName'),
      invalidDatesOfBirth(),
      invalidCountries(),
      invalidPhones(),
      wrongTypes(freshDomain),
      missingFields(),
      notWritableOnCreate(),
    ].flatMap((arbitrary, i) => casesOf(arbitrary, 40, 100 + i));
    const created = await http.send(json('POST', '/v1/users', base()));
    expect(created.status).toBe(201);
    const userId = (created.json as { userId: string }).userId;
    const patchCases = casesOf(invalidPatches(freshDomain), 150, 7);
    const exchanges = await sendAll([
      ...createCases.map((c) => json('POST', '/v1/users', applyInvalidCase(base(), c))),
      ...patchCases.map((c) => json('PATCH', `/v1/users/${userId}`, applyInvalidCase({}, c))),
      // Next to a valid field too; the empty-body case is one only on its own.
      ...patchCases.filter((c) => c.field !== '(body)').map((c) => json('PATCH', `/v1/users/${userId}`, applyInvalidCase({ firstName: 'Jane' }, c))),
    ]);
    expect(exchanges.length).toBeGreaterThan(600);
    expect(broken(exchanges)).toEqual([]);
    // Each was refused with a 4xx (a case the contract rejects is never taken).
    expect(exchanges.filter((e) => e.status! < 400).map((e) => e.request.body)).toEqual([]);
  });

  it('never answers 5xx to arbitrary JSON, arbitrary text, odd content types, query strings and ids', async () => {
    const bodies = fc.sample(fc.oneof(fc.json({ depthSize: 'medium' }), fc.string({ unit: 'binary' }), fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '\u0000', '{"email":}')), { seed: 3, numRuns: 150 });
    const types = ['application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/plain', 'application/x-www-form-urlencoded', 'application/JSON', 'application/json; charset=latin1', ';;;'];
    const queryValue = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('', '-0', '1e3', '0x10', ' 1', '1.0', '999999999999999999999', 'active,closed', 'NaN', '%', '%zz', '%E0%A4%A'));
    const queries = fc.sample(
      fc.array(fc.tuple(fc.oneof(fc.constantFrom('limit', 'offset', 'status', '__proto__', 'constructor', 'limit[]', ''), fc.string()), queryValue), { maxLength: 5 }),
      { seed: 4, numRuns: 150 },
    );
    // Raw escapes stay as typed (malformed ones too); the rest is encoded as a client would.
    const raw = (s: string) => (/^(%|%zz|%E0%A4%A)$/.test(s) ? s : encodeURIComponent(s));
    const ids = [...fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), { seed: 5, numRuns: 80 }).map(encodeURIComponent), '%', '%zz', '%E0%A4%A', '..', '.', 'usr_', `usr_${'a'.repeat(65)}`, 'usr_%00', '%2F', 'constructor', '__proto__'];
    const exchanges = await sendAll([
      ...bodies.flatMap((body, i) => [
        { method: 'POST', path: '/v1/users', headers: { 'content-type': types[i % types.length] }, body },
        { method: 'PATCH', path: '/v1/users/usr_0000000001', headers: { 'content-type': types[(i + 3) % types.length] }, body },
      ]),
      ...queries.map((pairs) => ({ method: 'GET', path: `/v1/users?${pairs.map(([k, v]) => `${raw(k)}=${raw(v)}`).join('&')}` })),
      ...ids.flatMap((id) => [{ method: 'GET', path: `/v1/users/${id}` }, json('PATCH', `/v1/users/${id}`, { firstName: 'Jane' })]),
      { method: 'POST', path: '/v1/users', body: '{}' },
      { method: 'DELETE', path: '/v1/users/usr_0000000001' },
      { method: 'PUT', path: '/v1/users' },
    ]);
    expect(broken(exchanges)).toEqual([]);
  });

  it('takes no harm from __proto__, constructor and deeply nested JSON', async () => {
    const valid = () => fc.sample(validCreateBody(freshDomain), { seed: 2, numRuns: 1 })[0];
    const withKey = (body: object, key: string, value: unknown) => JSON.stringify(body).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value)},`);
    const deepArray = '['.repeat(300_000) + ']'.repeat(300_000);
    const deepObject = `{"email":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    const raw = (method: string, path: string, body: string): HttpRequest => ({ method, path, headers: { 'content-type': 'application/json' }, body });
    const exchanges = await sendAll([
      raw('POST', '/v1/users', withKey(valid(), '__proto__', { isAdmin: true, status: 'active' })),
      raw('POST', '/v1/users', withKey(valid(), 'constructor', { prototype: { polluted: true } })),
      raw('POST', '/v1/users', withKey(valid(), 'prototype', { polluted: true })),
      raw('PATCH', '/v1/users/usr_0000000002', withKey({ firstName: 'Jane' }, '__proto__', { polluted: true })),
      raw('PATCH', '/v1/users/usr_0000000002', withKey({ firstName: 'Jane' }, 'constructor', { prototype: { polluted: true } })),
      raw('POST', '/v1/users', deepArray),
      raw('POST', '/v1/users', deepObject),
      raw('PATCH', '/v1/users/usr_0000000002', deepObject.replace('"email"', '"firstName"')),
      { method: 'GET', path: '/v1/users?__proto__=1&constructor=2&limit=1' },
    ]);
    expect(broken(exchanges)).toEqual([]);
    for (const e of exchanges.slice(0, 8)) expect(e.status, e.request.body?.slice(0, 80)).toBeGreaterThanOrEqual(400);
    // Nothing leaked onto Object.prototype (the server runs in this process), and the server still answers.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const user = await http.send({ method: 'GET', path: '/v1/users/usr_0000000002' });
    expect(user.status).toBe(200);
    expect(user.json).not.toHaveProperty('polluted');
    expect(user.json).not.toHaveProperty('isAdmin');
  });

  it('answers 413 to a body over 1 MiB, whether its length is declared or not', async () => {
    const big = 'x'.repeat(oneMiB + 1);
    const declared = await sendAll([
      { method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body: big },
      { method: 'PATCH', path: '/v1/users/usr_0000000003', headers: { 'content-type': 'application/json' }, body: big },
      { method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body: `{"email":"${'a'.repeat(oneMiB)}"}` },
    ]);
    expect(declared.map((e) => e.status)).toEqual([413, 413, 413]);
    // Chunked: no length up front, the server finds out by reading.
    async function* chunks() {
      for (let i = 0; i < 20; i++) yield Buffer.alloc(64 * 1024, 'y');
    }
    const chunked = await request(`${server.url}/v1/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Readable.from(chunks()) });
    await chunked.body.text();
    expect(chunked.statusCode).toBe(413);
    // Exactly 1 MiB is read (and refused for what it is, not for its size).
    const atLimit = await http.send({ method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body: `"${'z'.repeat(oneMiB - 2)}"` });
    expect(atLimit.status).toBe(400);
  });
});

describe('the reference server under load', { timeout: 45_000 }, () => {
  it('stops at maxUsers with a clear 4xx, so memory stays bounded under a sustained create load', async () => {
    const capped = await startReferenceServer({ maxUsers: 200 });
    const client = createHttpClient({ baseUrl: capped.url, timeoutMs: 10_000, connections: 16 });
    try {
      const statuses: number[] = [];
      let refusal: Exchange | undefined;
      for (let round = 0; round < 50; round++) {
        const batch = await Promise.all(
          Array.from({ length: 20 }, (_, i) => client.send(json('POST', '/v1/users', { email: `load.${round}.${i}@example.com`, firstName: 'Load', lastName: 'Test', dateOfBirth: '1990-01-01', country: 'US' }))),
        );
        for (const e of batch) statuses.push(e.status ?? 0);
        refusal ??= batch.find((e) => e.status === 403);
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(200);
      expect(statuses.filter((s) => s === 403)).toHaveLength(800);
      expect(refusal?.mediaType).toBe('application/problem+json');
      expect(refusal?.json).toMatchObject({ status: 403, detail: 'this server holds at most 200 users' });
      // The store stopped growing at the cap: the list counts 200, and the server still reads and lists.
      const list = await client.send({ method: 'GET', path: '/v1/users?limit=1' });
      expect(list.json).toMatchObject({ metadata: { total: 200 } });
    } finally {
      await client.close();
      await capped.close();
    }
  });

  it('survives 10,000 concurrent connections (or as many as the fd limit allows), each sending a request', async () => {
    const limit = Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
    // The sockets here take one fd each (the server, its own process, as many): keep a margin for the rest.
    const wanted = 10_000;
    const n = Number.isFinite(limit) ? Math.min(wanted, limit - 256) : wanted;
    if (n < wanted) console.info(`robustness: ${n} connections, not ${wanted}: the fd limit (ulimit -n) is ${limit}`);

    // Its own process: a crash shows as an exit, and its fds do not count against this one's.
    const serve = fileURLToPath(new URL('../cli/serve.ts', import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, serve, '--port=0', '--seed-users=10'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let exited: number | null | undefined;
    child.on('exit', (code) => (exited = code));
    const sockets: Socket[] = [];
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match) resolve(new URL(match[1]));
        });
        child.on('exit', () => reject(new Error(`serve exited before listening: ${out}`)));
      });
      // Connect in batches, so the listen backlog is never the bottleneck.
      for (let i = 0; i < n; i += 500) {
        const batch = Array.from({ length: Math.min(500, n - i) }, () =>
          new Promise<Socket>((resolve, reject) => {
            const socket = connect(Number(url.port), url.hostname, () => resolve(socket));
            socket.on('error', reject);
          }),
        );
        sockets.push(...(await Promise.all(batch)));
      }
      expect(sockets).toHaveLength(n);
      // All of them open at once, every one sends a request; every one is answered.
      const answers = await Promise.all(
        sockets.map(
          (socket, i) =>
            new Promise<string>((resolve) => {
              let data = '';
              socket.setEncoding('utf8').on('data', (chunk: string) => {
                data += chunk;
                if (data.includes('\r\n\r\n')) resolve(data.slice(0, 12));
              });
              socket.on('close', () => resolve(data.slice(0, 12)));
              socket.write(`GET /v1/users${i % 2 ? `/usr_${i}` : '?limit=1'} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
            }),
        ),
      );
      expect(answers.filter((a) => !/^HTTP\/1\.1 (200|404)$/.test(a))).toEqual([]);
      expect(exited).toBeUndefined();
      for (const socket of sockets) socket.resetAndDestroy();
      const after = await request(`${url.origin}/v1/users?limit=1`);
      expect(after.statusCode).toBe(200);
      await after.body.text();
    } finally {
      for (const socket of sockets) socket.resetAndDestroy();
      child.kill('SIGTERM');
    }
  });
});
