import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUsersClient, type UsersClient, type UsersClientOptions } from './create-users-client.js';
import type { CreateUserInput } from './types.js';
import { UsersApiError, type UsersApiErrorKind } from './users-api-error.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A loopback server answering with `handler`; records every request it got. */
async function serve(handler: (req: Seen, res: ServerResponse, count: number) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      handler(entry, res, seen.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const user = { userId: 'usr_1', email: 'a@example.com', firstName: 'A', lastName: 'B', status: 'pending_verification', createdAt: '2024-01-01T00:00:00Z' };
const input: CreateUserInput = { email: 'a@example.com', firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', country: 'US' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setUp(handler: Parameters<typeof serve>[0], options: Partial<UsersClientOptions> = {}) {
  const server = await serve(handler);
  const client: UsersClient = createUsersClient({ baseUrl: server.url, retryBaseDelayMs: 1, ...options });
  cleanups.push(server.close, client.close);
  return { server, client };
}

async function caught(promise: Promise<unknown>): Promise<UsersApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsersApiError);
  return error as UsersApiError;
}

describe('createUsersClient: requests', () => {
  it('sends each call to its method and path, with JSON bodies and the fixed headers', async () => {
    const page = { users: [], metadata: { total: 0, limit: 100, offset: 0 } };
    const { server, client } = await setUp(
      (req, res) => json(res, req.method === 'POST' ? 201 : 200, req.method === 'GET' && /\/v1\/users(\?|$)/.test(req.url) ? page : user),
      { headers: { Authorization: 'Bearer t' } },
    );
    const prefixed = createUsersClient({ baseUrl: `${server.url}/api/`, headers: { Authorization: 'Bearer t' } });
    cleanups.push(prefixed.close);
    await prefixed.users.create(input);
    await prefixed.users.get('usr_1');
    await prefixed.users.update('usr_1', { lastName: 'Smith' });
    await prefixed.users.list({ status: 'active', limit: 50 });
    await prefixed.users.list();
    await client.users.get('a b/c');
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /api/v1/users',
      'GET /api/v1/users/usr_1',
      'PATCH /api/v1/users/usr_1',
      'GET /api/v1/users?status=active&limit=50',
      'GET /api/v1/users',
      'GET /v1/users/a%20b%2Fc',
    ]);
    expect(JSON.parse(server.seen[0].body)).toEqual(input);
    expect(server.seen[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.seen[2].body)).toEqual({ lastName: 'Smith' });
    expect(server.seen.every((s) => s.headers.authorization === 'Bearer t')).toBe(true);
  });

  it('returns the body, extra fields kept', async () => {
    const { client } = await setUp((_req, res) => json(res, 201, { ...user, extra: 1 }, { 'content-type': 'application/json; charset=utf-8' }));
    expect(await client.users.create(input)).toEqual({ ...user, extra: 1 });
  });
});

describe('createUsersClient: typed errors', () => {
  const problem = { type: 'about:blank', title: 'Unprocessable Entity', status: 422, errors: [{ field: 'country', message: 'bad' }] };
  const cases: {
    name: string;
    given: { status: number; body: string; contentType?: string };
    want: { kind: UsersApiErrorKind; status: number; problem?: unknown; fieldErrors?: unknown };
  }[] = [
    { name: '400', given: { status: 400, body: '{"title":"Bad Request"}' }, want: { kind: 'bad-request', status: 400, problem: { title: 'Bad Request' } } },
    { name: '404 as problem+json', given: { status: 404, body: '{"status":404}', contentType: 'application/problem+json' }, want: { kind: 'not-found', status: 404, problem: { status: 404 } } },
    { name: '409', given: { status: 409, body: '{}' }, want: { kind: 'conflict', status: 409, problem: {} } },
    { name: '422 with errors', given: { status: 422, body: JSON.stringify(problem) }, want: { kind: 'invalid', status: 422, problem, fieldErrors: problem.errors } },
    { name: '422 without errors', given: { status: 422, body: '{"title":"x"}' }, want: { kind: 'invalid', status: 422, fieldErrors: [] } },
    { name: 'another status', given: { status: 418, body: '{}' }, want: { kind: 'unexpected-status', status: 418 } },
    { name: 'a 4xx whose body is not JSON', given: { status: 404, body: 'nope', contentType: 'text/plain' }, want: { kind: 'not-found', status: 404, problem: undefined } },
    { name: 'a 2xx whose body is not JSON', given: { status: 200, body: 'ok', contentType: 'text/plain' }, want: { kind: 'bad-response', status: 200 } },
    { name: 'a 2xx whose body is a JSON array', given: { status: 200, body: '[]' }, want: { kind: 'bad-response', status: 200 } },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const { client } = await setUp((_req, res) => {
      res.writeHead(given.status, { 'content-type': given.contentType ?? 'application/json' });
      res.end(given.body);
    });
    const error = await caught(client.users.get('usr_1'));
    expect(error.kind).toBe(want.kind);
    expect(error.status).toBe(want.status);
    expect(error.clientSide).toBe(false);
    if ('problem' in want) expect(error.problem).toEqual(want.problem);
    if (want.fieldErrors) expect(error.fieldErrors).toEqual(want.fieldErrors);
  });

  it('network error: kind network, no status', async () => {
    const { server, client } = await setUp((_req, res) => json(res, 200, user), { retries: 0 });
    await server.close();
    const error = await caught(client.users.get('usr_1'));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/ECONNREFUSED/);
  });
});

describe('createUsersClient: client-side validation', () => {
  const cases: { name: string; given: () => (c: UsersClient) => Promise<unknown>; want: string[] }[] = [
    { name: 'bad e-mail on create', given: () => (c) => c.users.create({ ...input, email: 'no-at-sign' }), want: ['email'] },
    { name: 'bad phone on create', given: () => (c) => c.users.create({ ...input, phoneNumber: '0123' }), want: ['phoneNumber'] },
    { name: 'impossible date on create', given: () => (c) => c.users.create({ ...input, dateOfBirth: '2021-02-30' }), want: ['dateOfBirth'] },
    { name: 'several at once', given: () => (c) => c.users.create({ ...input, email: 'a@', dateOfBirth: '1899-12-31' }), want: ['email', 'dateOfBirth'] },
    { name: 'bad phone on update', given: () => (c) => c.users.update('usr_1', { phoneNumber: '+0' }), want: ['phoneNumber'] },
    { name: 'empty update', given: () => (c) => c.users.update('usr_1', {}), want: [''] },
  ];
  it.each(cases)('$name: a 422-shaped error, nothing sent', async ({ given, want }) => {
    const { server, client } = await setUp((_req, res) => json(res, 201, user));
    const error = await caught(given()(client));
    expect(error).toMatchObject({ kind: 'invalid', status: 422, clientSide: true, problem: { status: 422 } });
    expect(error.fieldErrors.map((e) => e.field)).toEqual(want);
    expect(server.seen).toHaveLength(0);
  });
});

describe('createUsersClient: retries', () => {
  const failures: { name: string; fail: (res: ServerResponse) => void }[] = [
    { name: '503', fail: (res) => json(res, 503, {}) },
    { name: '429', fail: (res) => json(res, 429, {}, { 'retry-after': '0' }) },
    { name: 'a dropped connection', fail: (res) => res.socket?.destroy() },
  ];

  it.each(failures)('GET is retried after $name, then succeeds', async ({ fail }) => {
    const { server, client } = await setUp((_req, res, count) => (count < 3 ? fail(res) : json(res, 200, user)), { retries: 2 });
    expect(await client.users.get('usr_1')).toEqual(user);
    expect(server.seen).toHaveLength(3);
  });

  it('GET gives up after the retries with the last error', async () => {
    const { server, client } = await setUp((_req, res) => json(res, 503, { title: 'down' }), { retries: 2 });
    const error = await caught(client.users.list());
    expect(error).toMatchObject({ kind: 'unexpected-status', status: 503 });
    expect(server.seen).toHaveLength(3);
  });

  it('GET is not retried after a 4xx other than 429', async () => {
    const { server, client } = await setUp((_req, res) => json(res, 404, {}), { retries: 3 });
    await caught(client.users.get('usr_1'));
    expect(server.seen).toHaveLength(1);
  });

  it('honours Retry-After', async () => {
    const { server, client } = await setUp((_req, res, count) => (count === 1 ? json(res, 503, {}, { 'retry-after': '1' }) : json(res, 200, user)), { retries: 1 });
    const started = performance.now();
    await client.users.get('usr_1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.seen).toHaveLength(2);
  });

  it('does not wait for a Retry-After beyond maxRetryDelayMs', async () => {
    const { server, client } = await setUp((_req, res) => json(res, 429, {}, { 'retry-after': '120' }), { retries: 3, maxRetryDelayMs: 1000 });
    const error = await caught(client.users.get('usr_1'));
    expect(error.status).toBe(429);
    expect(server.seen).toHaveLength(1);
  });

  const writes: { name: string; call: (c: UsersClient) => Promise<unknown> }[] = [
    { name: 'POST', call: (c) => c.users.create(input) },
    { name: 'PATCH', call: (c) => c.users.update('usr_1', { lastName: 'X' }) },
  ];
  const writeFailures: { name: string; fail: (res: ServerResponse) => void; want: UsersApiErrorKind }[] = [
    { name: '503', fail: (res) => json(res, 503, {}), want: 'unexpected-status' },
    { name: '429', fail: (res) => json(res, 429, {}, { 'retry-after': '0' }), want: 'unexpected-status' },
    { name: 'a dropped connection', fail: (res) => res.socket?.destroy(), want: 'network' },
  ];
  const writeCases = writes.flatMap((w) => writeFailures.map((f) => ({ ...f, call: w.call, name: `${w.name} after ${f.name}` })));
  it.each(writeCases)('$name is never retried', async ({ call, fail, want }) => {
    const { server, client } = await setUp((_req, res, count) => (count === 1 ? fail(res) : json(res, 200, user)), { retries: 3 });
    const error = await caught(call(client));
    expect(error.kind).toBe(want);
    expect(server.seen).toHaveLength(1);
  });
});

describe('createUsersClient: timeouts', () => {
  it('a GET with no answer in time fails with kind timeout', async () => {
    const { client } = await setUp(() => undefined, { timeoutMs: 100, retries: 0 });
    const started = performance.now();
    const error = await caught(client.users.get('usr_1'));
    expect(error.kind).toBe('timeout');
    expect(error.status).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a body that stalls mid-way times out too', async () => {
    const { client } = await setUp((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"userId":');
    }, { timeoutMs: 150, retries: 0 });
    expect((await caught(client.users.get('usr_1'))).kind).toBe('timeout');
  });

  it('a GET that timed out is retried', async () => {
    const { server, client } = await setUp((_req, res, count) => (count === 1 ? undefined : json(res, 200, user)), { timeoutMs: 150, retries: 1 });
    expect(await client.users.get('usr_1')).toEqual(user);
    expect(server.seen).toHaveLength(2);
  });

  it('a POST that timed out is not retried', async () => {
    const { server, client } = await setUp((_req, res, count) => (count === 1 ? undefined : json(res, 201, user)), { timeoutMs: 150, retries: 3 });
    expect((await caught(client.users.create(input))).kind).toBe('timeout');
    expect(server.seen).toHaveLength(1);
  });
});

describe('createUsersClient: options', () => {
  it.each(['not a url', 'ftp://example.com'])('rejects baseUrl %s', (baseUrl) => {
    expect(() => createUsersClient({ baseUrl })).toThrow(TypeError);
  });
});

describe('createUsersClient against the reference server', () => {
  it('creates, reads, updates and lists; errors come typed', async () => {
    const { startReferenceServer } = await import('../reference/start-reference-server.js');
    const server = await startReferenceServer({ seedUsers: 8 });
    const client = createUsersClient({ baseUrl: server.url });
    cleanups.push(server.close, client.close);

    const created = await client.users.create({ ...input, email: 'client-roundtrip@example.com', phoneNumber: '+4420' });
    expect(created).toMatchObject({ email: 'client-roundtrip@example.com', status: 'pending_verification' });
    expect((await client.users.get(created.userId)).verificationStatus).toBeDefined();
    expect((await client.users.update(created.userId, { lastName: 'Smith' })).lastName).toBe('Smith');
    const page = await client.users.list({ status: 'pending_verification', limit: 50 });
    expect(page.users.every((u) => u.status === 'pending_verification')).toBe(true);
    expect(page.metadata.limit).toBe(50);

    const cases: { name: string; call: () => Promise<unknown>; want: UsersApiErrorKind }[] = [
      { name: 'duplicate', call: () => client.users.create({ ...input, email: 'CLIENT-roundtrip@example.com' }), want: 'conflict' },
      { name: 'unknown id', call: () => client.users.get('usr_doesNotExist'), want: 'not-found' },
      { name: 'server-side 422', call: () => client.users.create({ ...input, email: 'x@example.com', country: 'usa' }), want: 'invalid' },
      { name: 'bad query', call: () => client.users.list({ limit: 1001 }), want: 'bad-request' },
    ];
    for (const { name, call, want } of cases) {
      const error = await caught(call());
      expect(error.kind, name).toBe(want);
      expect(error.clientSide, name).toBe(false);
    }
  });
});
