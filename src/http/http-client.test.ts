import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from './http-client.js';

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

  it('cuts off a body over the cap', async () => {
    const http = createHttpClient({ baseUrl: base, timeoutMs: 2_000, maxBodyBytes: 50_000 });
    const exchange = await http.send({ method: 'GET', path: '/big' });
    expect(exchange.status).toBe(200);
    expect(exchange.error).toMatch(/over 50000 bytes/);
    expect(exchange.hasJson).toBe(false);
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
    expect(exchange.record.request).toMatchObject({ method: 'POST', url: `${base}/other?x=1`, body: '{"a":1}' });
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

  it('reports a refused connection as data', async () => {
    const http = createHttpClient({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 2_000 });
    const exchange = await http.send({ method: 'GET', path: '/v1/users' });
    expect(exchange.status).toBeUndefined();
    expect(exchange.error).toMatch(/ECONNREFUSED/);
    await http.close();
  });
});
