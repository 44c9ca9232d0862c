import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
import { mulberry32 } from '../../src/reference/random.js';
import { startReferenceServer, type ReferenceServer } from '../../src/reference/start-reference-server.js';

/** Every way the hostile server can misbehave (and two that do not: `pass`, `slow`). */
export const hostileModes = [
  /** A closed port: every connection is refused. */
  'refuse',
  /** Accepts connections and never answers. */
  'silent',
  /** Answers 200 headers and a few body bytes, then nothing more. */
  'stall-body',
  /** Sends the body one byte a second. */
  'drip',
  /** Answers headers and part of the body, then resets the connection. */
  'reset',
  /** A 50 MiB body under application/json, chunked, no Content-Length (`hugeBytes` sets the size: 1 GiB, say). */
  'huge',
  /** `Content-Length: 1 GiB` declared, then the body streamed slowly (64 KiB every 100 ms). */
  'huge-declared',
  /** 200 application/json with `Content-Encoding: gzip` nobody asked for: zeros that inflate to 1 GiB (`hugeBytes`). */
  'gzip-bomb',
  /** The same with `Content-Encoding: br`. */
  'brotli-bomb',
  /** About 4,000 response headers, ~1 MB of them. */
  'header-flood',
  /** A 2 MiB body (`hugeBytes`) sent as 1-byte chunks. */
  'byte-chunks',
  /** The reference's answers, their JSON bodies cut in half (still application/json). */
  'invalid-json',
  /** 200 with valid JSON nested 100,000 arrays deep, to every request. */
  'deep-json',
  /** The reference's answers, every 4xx body replaced by ANSI escapes, CR, NUL, a forged `::error::` and a byte that is not UTF-8. */
  'control-bytes',
  /** The reference's answers, every 4xx/5xx replaced by an HTML error page. */
  'html-errors',
  /** The reference's answers labelled text/plain. */
  'wrong-content-type',
  /** The reference's answers with no content type. */
  'no-content-type',
  /** 307 to another origin (`other`), which records whatever reaches it. */
  'redirect',
  /** The reference's answers, but a seeded share of requests get a 5xx. */
  'random-5xx',
  /** The reference's answers, keep-alive announced, but a connection used again is closed without an answer. */
  'close-keepalive',
  /** The reference's answers, every 2nd, 7th, 12th… request first refused with 429 and Retry-After. */
  'throttle',
  /** The reference's answers, every request's headers echoed back in the body and response headers. */
  'echo',
  /** The reference's answers, each after a delay. */
  'slow',
  /** The reference's answers as they are (a recording proxy). */
  'pass',
] as const;

export type HostileMode = (typeof hostileModes)[number];

export interface HostileServerOptions {
  mode: HostileMode;
  /** Seed of `random-5xx` (default 1). */
  seed?: number;
  /** Share of requests `random-5xx` answers with a 5xx (default 0.3). */
  errorRate?: number;
  /** `slow`: the delay before each answer (default 300 ms). */
  delayMs?: number;
  /** `slow`: the first this many requests are answered at once (a run's probe, say; default 0). */
  quickFirst?: number;
  /** The body size of `huge` (default 50 MiB), the bombs (inflated; default 1 GiB) and `byte-chunks` (default 2 MiB). */
  hugeBytes?: number;
  /** Where well-behaved answers come from (default: a reference server with 150 users, started and stopped with this one). */
  upstream?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** performance.now() at arrival. */
  at: number;
  /** The status answered, when one was. */
  status?: number;
}

export interface HostileServer {
  url: string;
  mode: HostileMode;
  /** Every request that reached this server, in order of arrival. */
  requests: RecordedRequest[];
  /** The other origin `redirect` points to: it answers 200 `{}` to anything and records what reached it. */
  other: { url: string; requests: RecordedRequest[] };
  close(): Promise<void>;
}

const needsUpstream: ReadonlySet<HostileMode> = new Set([
  'invalid-json',
  'control-bytes',
  'html-errors',
  'wrong-content-type',
  'no-content-type',
  'random-5xx',
  'close-keepalive',
  'throttle',
  'echo',
  'slow',
  'pass',
]);

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.concat(chunks)));
    req.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Listens on a free loopback port and tracks sockets so close() never waits on a hung one. */
async function listen(server: Server): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {}); // a client that hangs up is no error of ours
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<string> {
  const server = createServer();
  const { url, close } = await listen(server);
  await close();
  return url;
}

/** `total` bytes of `fill`, made 64 KiB at a time as the reader asks for them. */
function filler(total: number, fill: string | number): Readable {
  const chunk = Buffer.alloc(64 * 1024, fill);
  let left = total;
  return new Readable({
    read() {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      this.push(piece.length > 0 ? piece : null);
    },
  });
}

function htmlPage(status: number): string {
  return `<!DOCTYPE html>\n<html><head><title>${status} Error</title></head>\n<body><h1>${status} Error</h1><p>Something went wrong.</p><hr><address>nginx</address></body></html>\n`;
}

/**
 * Starts a server that misbehaves in one way, for the project's tests of how
 * `conform` copes (loopback only). Modes that need well-behaved answers too
 * proxy a reference server. Every request is recorded.
 */
export async function startHostileServer(options: HostileServerOptions): Promise<HostileServer> {
  const { mode } = options;
  const requests: RecordedRequest[] = [];
  const otherRequests: RecordedRequest[] = [];

  const other = await listen(
    createServer((req, res) => {
      otherRequests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, at: performance.now(), status: 200 });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    }),
  );

  let reference: ReferenceServer | undefined;
  let upstreamUrl = options.upstream;
  if (needsUpstream.has(mode) && upstreamUrl === undefined) {
    reference = await startReferenceServer({ seedUsers: 150 });
    upstreamUrl = reference.url;
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  // Seeded: the same seed gives the same 5xx pattern.
  const next = mulberry32(options.seed ?? 1);
  const served = new WeakSet<Socket>();

  function forward(req: IncomingMessage, body: Buffer): Promise<Upstream> {
    return new Promise((resolve) => {
      const upstream = new URL(req.url ?? '/', upstreamUrl);
      const headers: OutgoingHttpHeaders = { ...req.headers, host: upstream.host };
      delete headers.connection;
      const out = httpRequest(upstream, { method: req.method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined && !['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date'].includes(name)) {
              responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
            }
          }
          resolve({ status: res.statusCode ?? 502, headers: responseHeaders, body: Buffer.concat(chunks) });
        });
      });
      out.on('error', (error) => resolve({ status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from(`upstream failed: ${error.message}`) }));
      out.end(body);
    });
  }

  function answer(res: ServerResponse, record: RecordedRequest, { status, headers, body }: Upstream): void {
    record.status = status;
    if (res.destroyed) return;
    res.writeHead(status, { ...headers, 'content-length': body.length });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, index: number): Promise<void> {
    const socket = req.socket;
    switch (mode) {
      case 'refuse':
      case 'silent':
        return; // never answered (refuse never gets here)
      case 'stall-body': {
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
        res.write('{"users":[');
        return;
      }
      case 'drip': {
        const body = '{"users":[],"metadata":{"total":0,"limit":100,"offset":0}}';
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        let i = 0;
        const drip = (): void => {
          if (res.destroyed || i >= body.length) return void (res.destroyed || res.end());
          res.write(body[i++]);
          later(1000, drip);
        };
        drip();
        return;
      }
      case 'reset': {
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
        res.write('{"users":[{"userId":"usr_');
        // Long enough for the headers to leave; then an RST, not a FIN.
        later(20, () => socket.resetAndDestroy());
        return;
      }
      case 'huge': {
        record.status = 200;
        // Chunked, no length announced: the client finds out only by reading.
        res.writeHead(200, { 'content-type': 'application/json' });
        pipeline(filler(options.hugeBytes ?? 50 * 1024 * 1024, 'x'), res, () => undefined);
        return;
      }
      case 'huge-declared': {
        const total = 1024 * 1024 * 1024;
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': total });
        const piece = Buffer.alloc(64 * 1024, ' ');
        let sent = 0;
        const trickle = (): void => {
          if (res.destroyed || sent >= total) return;
          res.write(piece);
          sent += piece.length;
          later(100, trickle);
        };
        trickle();
        return;
      }
      case 'gzip-bomb':
      case 'brotli-bomb': {
        const gzip = mode === 'gzip-bomb';
        record.status = 200;
        // Made as it is sent, from zeros: nothing big is kept or committed, and a client that stops reading stops it.
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': gzip ? 'gzip' : 'br' });
        const compress = gzip ? createGzip({ level: 9 }) : createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } });
        pipeline(filler(options.hugeBytes ?? 1024 * 1024 * 1024, 0), compress, res, () => undefined);
        return;
      }
      case 'header-flood': {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        for (let i = 0; i < 4000; i++) headers[`x-flood-${i}`] = 'f'.repeat(240);
        return answer(res, record, { status: 200, headers, body: Buffer.from('{}') });
      }
      case 'byte-chunks': {
        const total = options.hugeBytes ?? 2 * 1024 * 1024;
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        let sent = 0;
        // A few thousand writes a turn: the client's deadline, not this server, ends the exchange.
        const pump = (): void => {
          for (let n = 0; n < 4096 && sent < total && !res.destroyed; n++, sent++) {
            if (!res.write('x')) return void res.once('drain', pump);
          }
          if (res.destroyed) return;
          if (sent >= total) return void res.end();
          setImmediate(pump);
        };
        pump();
        return;
      }
      case 'deep-json': {
        const deep = `{"users":${'['.repeat(100_000)}${']'.repeat(100_000)},"metadata":{"total":0,"limit":100,"offset":0}}`;
        return answer(res, record, { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(deep) });
      }
      case 'redirect': {
        record.status = 307;
        res.writeHead(307, { location: `${other.url}${req.url ?? '/'}`, 'content-type': 'application/json', 'content-length': 2 });
        res.end('{}');
        return;
      }
      default:
        break;
    }

    if (mode === 'close-keepalive') {
      // Each connection serves one answer; a request that reuses it is met by a hang-up.
      if (served.has(socket)) return void socket.destroy();
      served.add(socket);
    }
    const body = await readAll(req);
    if (mode === 'random-5xx' && next() < (options.errorRate ?? 0.3)) {
      const status = [500, 502, 503][Math.floor(next() * 3)];
      return answer(res, record, { status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ error: 'upstream hiccup' })) });
    }
    if (mode === 'throttle' && index % 5 === 1) {
      // The first wait is a whole second, later ones none: a client that ignores Retry-After still sees 429s.
      const retryAfter = index === 1 ? '1' : '0';
      return answer(res, record, { status: 429, headers: { 'content-type': 'application/json', 'retry-after': retryAfter }, body: Buffer.from('{"error":"slow down"}') });
    }
    const upstream = await forward(req, body);
    switch (mode) {
      case 'invalid-json':
        if (upstream.body.length > 0) upstream.body = upstream.body.subarray(0, Math.ceil(upstream.body.length / 2));
        break;
      case 'control-bytes':
        if (upstream.status >= 400) upstream.body = Buffer.concat([Buffer.from('\u001b[31m\u001b]0;pwned\u0007::error title=forged::x\rOK\u0000 '), Buffer.from([0xff, 0xfe])]);
        break;
      case 'html-errors':
        if (upstream.status >= 400) upstream.headers = { 'content-type': 'text/html' };
        if (upstream.status >= 400) upstream.body = Buffer.from(htmlPage(upstream.status));
        break;
      case 'wrong-content-type':
        upstream.headers['content-type'] = 'text/plain; charset=utf-8';
        break;
      case 'no-content-type':
        delete upstream.headers['content-type'];
        break;
      case 'echo': {
        const seen = { authorization: req.headers.authorization, 'x-api-key': req.headers['x-api-key'], cookie: req.headers.cookie };
        upstream.headers['x-echo-authorization'] = String(seen.authorization);
        upstream.headers['x-echo-api-key'] = String(seen['x-api-key']);
        upstream.headers['set-cookie'] = String(seen.cookie);
        upstream.headers['www-authenticate'] = `Bearer realm="echo", error="${String(seen.authorization)}"`;
        if (upstream.status >= 400) {
          // A plain-text error quoting the request, echo first, where a finding's excerpt of the body will see it.
          upstream.body = Buffer.from(`rejected; you sent Authorization: ${seen.authorization}, X-Api-Key: ${seen['x-api-key']}, Cookie: ${seen.cookie}`);
          upstream.headers['content-type'] = 'text/plain';
        } else {
          const text = upstream.body.toString('utf8');
          upstream.body = Buffer.from(text.startsWith('{') ? `{"seen":${JSON.stringify(seen)},${text.slice(1)}` : text);
        }
        break;
      }
      case 'slow':
        if (index >= (options.quickFirst ?? 0)) await new Promise<void>((resolve) => later(options.delayMs ?? 300, resolve));
        break;
      default:
        break;
    }
    answer(res, record, upstream);
  }

  let url: string;
  let server: { url: string; close(): Promise<void> } | undefined;
  if (mode === 'refuse') {
    url = await closedPort();
  } else {
    const http = createServer({ keepAlive: true }, (req, res) => {
      const record: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, at: performance.now() };
      const index = requests.push(record) - 1;
      handle(req, res, record, index).catch(() => res.destroy());
    });
    // Announces a long keep-alive (`Keep-Alive: timeout=60`), which close-keepalive does not keep.
    if (mode === 'close-keepalive') http.keepAliveTimeout = 60_000;
    server = await listen(http);
    url = server.url;
  }

  return {
    url,
    mode,
    requests,
    other: { url: other.url, requests: otherRequests },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await server?.close();
      await other.close();
      agent.destroy();
      await reference?.close();
    },
  };
}
