import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { projectSpec } from '../spec/load-spec.js';
import { createValidators } from '../validate/create-ajv.js';
import { prebuiltValidators, type Validators } from '../validate/validators.js';
import { createAlternativeHandler } from './alternative/create-alternative-handler.js';
import { createAlternativeStore } from './alternative/create-alternative-store.js';
import { createBodyChecks } from './create-body-checks.js';
import { createRequestHandler } from './create-request-handler.js';
import { createUserStore } from './create-user-store.js';
import { faults as faultTable, withFaults, type FaultName } from './faults.js';
import { correctSeams } from './seams.js';
import { problemTitles, sendProblem } from './send.js';

export interface ReferenceServerOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Default []: the correct server. */
  faults?: FaultName[];
  /** Default 0. Spread round-robin over the four statuses, created in the past, the same on every run. */
  seedUsers?: number;
  /** Cap on stored users, seeded ones included (default 2,000,000); past it a create answers 403. */
  maxUsers?: number;
  /**
   * Default 'reference'. 'alternative' is a second correct implementation that
   * takes the other choice wherever the contract leaves one open (see
   * alternative/create-alternative-handler.ts): the proof that the suite
   * does not rely on the reference's habits. It has no faults, and makes
   * its seeded users up front (keep them to thousands, not millions).
   */
  variant?: 'reference' | 'alternative';
  /** Serve HTTPS with this certificate and key (PEM); with `clientCa`, ask for a client certificate it signed (mutual TLS). */
  tls?: { cert: string; key: string; clientCa?: string };
}

export interface ReferenceServer {
  /** The base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

// The spec's rules compile once per process: every server (and every test) shares them.
let shared: Promise<{ validators: Validators; countries: string[] }> | undefined;
function specRules(): Promise<{ validators: Validators; countries: string[] }> {
  shared ??= projectSpec().then(async (spec) => {
    const codes = spec.schema('Country')['x-assigned-codes'];
    if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string')) {
      throw new Error('spec: Country has no x-assigned-codes list');
    }
    return { validators: (await prebuiltValidators(spec)) ?? createValidators(spec), countries: codes as string[] };
  });
  return shared;
}

/** How far the alternative variant's clock is behind. */
const alternativeClockSkewMs = (3 * 60 + 17) * 60_000;

function count(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  return value;
}

/**
 * Starts the reference implementation of the Users API: the whole contract,
 * in memory, with the named faults switched on. Resolves once it listens.
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const host = options.host ?? '127.0.0.1';
  const port = count('port', options.port ?? 0, 0);
  const seedUsers = count('seedUsers', options.seedUsers ?? 0, 0);
  const maxUsers = count('maxUsers', options.maxUsers ?? 2_000_000, 1);
  if (seedUsers > maxUsers) throw new RangeError(`seedUsers (${seedUsers}) is over maxUsers (${maxUsers})`);
  const unknown = (options.faults ?? []).filter((name) => !Object.hasOwn(faultTable, name));
  if (unknown.length > 0) throw new RangeError(`unknown fault: ${unknown.join(', ')}`);
  const faults = new Set(options.faults ?? []);
  const variant = options.variant ?? 'reference';
  if (variant !== 'reference' && variant !== 'alternative') throw new RangeError(`unknown variant: ${String(variant)}`);
  if (variant === 'alternative' && faults.size > 0) throw new RangeError('faults apply to the reference variant only');

  const { validators, countries } = await specRules();
  const now = Date.now;
  const seams =
    variant === 'reference'
      ? withFaults(correctSeams({ store: createUserStore({ seedUsers, countries }), checks: createBodyChecks(validators), now }), faults, { validators, maxUsers, now })
      : undefined;
  const handle = seams
    ? createRequestHandler({ seams, maxUsers, now })
    : createAlternativeHandler({
        store: createAlternativeStore({ seedUsers, countries }),
        countries: new Set(countries),
        maxUsers,
        // Microseconds, from the monotonic clock, and 3 h 17 min slow: timestamps finer than milliseconds, from a clock that is not the suite's.
        nowMicros: () => Math.floor((performance.timeOrigin + performance.now() - alternativeClockSkewMs) * 1000),
        today: () => new Date().toISOString().slice(0, 10),
      });

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => {
      // Last resort: a bug (or the crash a fault simulates, answered in the error shape the faults give). Tests show the correct server never gets here.
      if (!res.headersSent) (seams?.sendProblem ?? sendProblem)(res, 500, 'the server failed to handle the request');
      else res.destroy();
    });
  };
  const { tls } = options;
  const server = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key, ...(tls.clientCa ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: true } : {}) }, onRequest)
    : createServer(onRequest);
  // Longer than undici's 4 s default, so a client, not the server, retires an idle connection.
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Unparseable HTTP: still a JSON problem, then the connection ends.
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const title = problemTitles[status] ?? (status === 431 ? 'Request Header Fields Too Large' : 'Request Timeout');
    const body = JSON.stringify({ type: 'about:blank', title, status, detail: 'the request is not valid HTTP/1.1' });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `${tls ? 'https' : 'http'}://${urlHost}:${address.port}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
