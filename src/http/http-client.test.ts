import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer } from '../../test/hostile/start-hostile-server.js';
import { startForwardProxy } from '../../test/support/forward-proxy.js';
import { targetAnswered } from './exchange.js';
import { createHttpClient } from './http-client.js';
import { idleConnectionMs } from './network.js';

let server: Server;
let base: string;
const seen: Array<{ method?: string; url?: string; headers: Record<string, unknown> }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    const path = req.url ?? '/';
    if (path.startsWith('/api/slow')) return void setTimeout(() => res.end('{}'), 2_000);
    if (path.startsWith('/api/big')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('x'.repeat(200_000));
    }
    if (path.startsWith('/api/redirect')) {
      res.writeHead(302, { location: 'http://evil.invalid/steal' });
      return void res.end();
    }
    if (path.startsWith('/api/echo')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-echo': String(req.headers.authorization) });
      return void res.end(JSON.stringify({ auth: req.headers.authorization }));
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>not json</html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('idle connections', () => {
  it('are closed by the suite after idleConnectionMs, so a server that keeps them 2 s and says nothing (gunicorn) never closes one under a request', async () => {
    // A server as gunicorn answers: keep-alive without a Keep-Alive header naming its timeout (which undici would follow).
    let connections = 0;
    const idle = createNetServer((socket) => {
      connections++;
      socket.on('data', (chunk) => {
        if (chunk.toString('latin1').includes(' HTTP/1.1\r\n')) socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}');
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${(idle.address() as AddressInfo).port}`, timeoutMs: 5_000 });
    try {
      expect((await client.send({ method: 'GET', path: '/a' })).status).toBe(200);
      const opened = connections;
      // Idle 1.5 s: gunicorn (2 s) still holds it, so the suite must have let it go already.
      expect(idleConnectionMs).toBeLessThan(1_500);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await client.send({ method: 'GET', path: '/b' })).status).toBe(200);
      expect(connections).toBe(opened + 1); // on a new connection: the idle one was closed by the suite, not reused
    } finally {
      await client.close();
      await new Promise((resolve) => idle.close(resolve));
    }
  });
});

describe('createHttpClient', () => {
  it('ends a request that gets no answer within the timeout, as data', async () => {
    const http = createHttpClient({ baseUrl: base, timeoutMs: 200 });
    const started = performance.now();
    const exchange = await http.send({ method: 'GET', path: '/slow' });
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(exchange.status).toBeUndefined();
    expect(exchange.error).toMatch(/no answer within 200 ms/);
    await http.close();
  });

  it('sends a path byte for byte: broken escapes and encoded dots and slashes are neither checked nor normalised', async () => {
    const http = createHttpClient({ baseUrl: base, timeoutMs: 2_000 });
    const paths = ['/users/%zz', '/users/%', '/users/usr_%E0%A4%A', '/users/usr_a%2Fb', '/users/%2e%2e'];
    for (const path of paths) await http.send({ method: 'GET', path });
    expect(seen.slice(-paths.length).map((s) => s.url)).toEqual(paths.map((p) => `/api${p}`));
    await http.close();
  });

  it('cuts off a body over the cap', async () => {
    const http = createHttpClient({ baseUrl: base, timeoutMs: 2_000, maxBodyBytes: 50_000 });
    const exchange = await http.send({ method: 'GET', path: '/big' });
    // Not judged: a partial status, as for a body that broke off; the record keeps an excerpt and the size read.
    expect(exchange).toMatchObject({ partialStatus: 200, text: '', hasJson: false, error: '200, body over 48.8 KiB: cut off' });
    expect(exchange.status).toBeUndefined();
    expect(exchange.record.response).toMatchObject({ status: 200, bodyTruncated: true });
    expect(exchange.record.response?.bodyBytes).toBeGreaterThan(50_000);
    expect(exchange.record.response?.body.length).toBeLessThanOrEqual(50_000);
    await http.close();
  });

  it('follows no redirect (the other origin never sees a request)', async () => {
    const http = createHttpClient({ baseUrl: base, timeoutMs: 2_000 });
    const exchange = await http.send({ method: 'GET', path: '/redirect' });
    expect(exchange.status).toBe(302);
    expect(exchange.headers.location).toBe('http://evil.invalid/steal');
    await http.close();
  });

  it('keeps the base path and records method, URL, headers, status, media type and timing', async () => {
    const http = createHttpClient({ baseUrl: `${base}/`, timeoutMs: 2_000 });
    const exchange = await http.send({ method: 'POST', path: '/other?x=1', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/api/other?x=1' });
    expect(exchange.request).toMatchObject({ method: 'POST', url: `${base}/other?x=1`, body: '{"a":1}' });
    expect(exchange.mediaType).toBe('text/html');
    expect(exchange.jsonError).toBeDefined();
    expect(exchange.record.durationMs).toBeGreaterThanOrEqual(0);
    expect(http.requests).toBe(1);
    await http.close();
  });

  it('redacts secret headers and echoed tokens from records and curl lines', async () => {
    const token = 'sk_live_PLANTED_SECRET_123';
    const http = createHttpClient({ baseUrl: base, timeoutMs: 2_000, headers: { Authorization: `Bearer ${token}`, 'X-Api-Key': 'key-PLANTED-2', 'X-Trace': 'ok' } });
    const exchange = await http.send({ method: 'GET', path: '/echo' });
    expect(seen.at(-1)?.headers.authorization).toBe(`Bearer ${token}`);
    const written = JSON.stringify(exchange.record) + exchange.curl;
    expect(written).not.toContain(token);
    expect(written).not.toContain('key-PLANTED-2');
    expect(exchange.curl).toContain(`-H 'authorization: [REDACTED]'`);
    expect(exchange.curl).toContain(`-H 'x-trace: ok'`);
    await http.close();
  });

  it('sends nothing but GET under read-only', async () => {
    const http = createHttpClient({ baseUrl: base, timeoutMs: 2_000, readOnly: true });
    const before = seen.length;
    const exchange = await http.send({ method: 'POST', path: '/echo', body: '{}' });
    expect(seen.length).toBe(before);
    expect(exchange.error).toMatch(/read-only/);
    await http.close();
  });

  it('through a proxy keeps its timeout, body cap and redirect refusal, and names only the target', async () => {
    const proxy = await startForwardProxy();
    const http = createHttpClient({ baseUrl: base, timeoutMs: 300, maxBodyBytes: 50_000, proxy: { httpProxy: proxy.url } });
    try {
      expect((await http.send({ method: 'GET', path: '/slow' })).error).toMatch(/no answer within 300 ms/);
      expect((await http.send({ method: 'GET', path: '/big' })).error).toBe('200, body over 48.8 KiB: cut off');
      expect((await http.send({ method: 'GET', path: '/redirect' })).status).toBe(302);
      expect(proxy.seen.map((s) => s.target)).toEqual(['slow', 'big', 'redirect'].map((p) => `${base}/${p}`));
    } finally {
      await http.close();
      await proxy.close();
    }
  });

  it('reports a refused connection as data', async () => {
    const http = createHttpClient({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 2_000 });
    const exchange = await http.send({ method: 'GET', path: '/v1/users' });
    expect(exchange.status).toBeUndefined();
    expect(exchange.error).toMatch(/ECONNREFUSED/);
    await http.close();
  });
});

describe('createHttpClient against hostile targets', { timeout: 10_000 }, () => {
  it('a stop signal: a request not yet sent is not sent, one in flight is cut off, both as data', async () => {
    const target = await startHostileServer({ mode: 'silent' });
    const http = createHttpClient({ baseUrl: target.url, timeoutMs: 10_000 });
    try {
      const stop = new AbortController();
      const started = performance.now();
      const inFlight = http.send({ method: 'GET', path: '/v1/users', signal: stop.signal });
      setTimeout(() => stop.abort('the run was interrupted'), 100);
      const cut = await inFlight;
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(cut.status).toBeUndefined();
      expect(cut.error).toBe('cut off: the run was interrupted');
      const before = target.requests.length;
      const refused = await http.send({ method: 'GET', path: '/v1/users', signal: stop.signal });
      expect(refused.error).toBe('not sent: the run was interrupted');
      expect(target.requests.length).toBe(before);
    } finally {
      await http.close();
      await target.close();
    }
  });

  it('sends a GET again on a new connection when a reused one is hung up; never a POST', async () => {
    const target = await startHostileServer({ mode: 'close-keepalive' });
    const http = createHttpClient({ baseUrl: target.url, timeoutMs: 2_000 });
    // A pause, so that the connection just used is idle again and the pool takes it for the next request.
    const idle = () => new Promise((resolve) => setTimeout(resolve, 50));
    try {
      expect((await http.send({ method: 'GET', path: '/v1/users?limit=1' })).status).toBe(200);
      await idle();
      const get = await http.send({ method: 'GET', path: '/v1/users?limit=1' });
      expect(get.status).toBe(200);
      expect(http.requests).toBe(3);
      expect(target.requests.map((r) => r.status)).toEqual([200, undefined, 200]);
      expect((await http.send({ method: 'GET', path: '/v1/users?limit=1' })).status).toBe(200);
      await idle();
      const post = await http.send({ method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(post.status).toBeUndefined();
      expect(post.error).toMatch(/^the connection closed before any answer \(/);
      expect(http.requests).toBe(5);
    } finally {
      await http.close();
      await target.close();
    }
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const target = await startHostileServer({ mode: 'pass' });
    const http = createHttpClient({ baseUrl: target.url, timeoutMs: 2_000, maxBodyBytes: 10 });
    try {
      const exchange = await http.send({ method: 'GET', path: '/v1/users?limit=1' });
      expect(exchange).toMatchObject({ partialStatus: 200, text: '', hasJson: false, error: /^200, body of \d+ bytes declared, over 10 bytes: refused unread$/ });
      expect(exchange.record.response).toMatchObject({ status: 200, body: '', bodyBytes: 0 });
    } finally {
      await http.close();
      await target.close();
    }
  });

  const hostileRows = [
    {
      mode: 'header-flood' as const,
      want: { headersOverflowed: true, error: 'over 64 KiB of headers: not read' },
      record: undefined,
    },
    {
      mode: 'gzip-bomb' as const,
      want: { partialStatus: 200, text: '', error: '200, body over 16 MiB decoded (gzip): cut off' },
      record: { status: 200, bodyTruncated: true, bodyBinary: true },
    },
    {
      mode: 'huge' as const,
      want: { partialStatus: 200, text: '', error: '200, body over 16 MiB: cut off' },
      record: { status: 200, bodyTruncated: true },
    },
  ];
  it.each(hostileRows)('$mode: named for what it sent, the record an escaped excerpt of 32 KiB at most', async ({ mode, want, record }) => {
    const target = await startHostileServer({ mode });
    const http = createHttpClient({ baseUrl: target.url, timeoutMs: 5_000 });
    try {
      const exchange = await http.send({ method: 'GET', path: '/v1/users' });
      expect(exchange).toMatchObject(want);
      expect(targetAnswered(exchange)).toBe(true);
      expect(exchange.status).toBeUndefined();
      if (record === undefined) return void expect(exchange.record.response).toBeUndefined();
      const response = exchange.record.response!;
      expect(response).toMatchObject(record);
      expect(response.body.length).toBeLessThanOrEqual(32 * 1024);
      expect(response.body).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(response.bodyBytes).toBeGreaterThan(16 * 1024 * 1024);
    } finally {
      await http.close();
      await target.close();
    }
  });
});
