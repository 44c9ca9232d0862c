// A TCP proxy that delays every chunk by half a round trip each way: a target
// "further away" than loopback, for `npm run bench`'s concurrency sweep and latency section.
//   tsx scripts/bench-delay-proxy.ts --target=http://127.0.0.1:PORT --rtt-ms=2 [--jitter-ms=1]
// With --jitter-ms=J each round trip takes rtt ± J (each way rtt/2 ± J/2, uniformly), and the
// chunks of a connection still leave in the order they came. Prints
// `proxy listening on http://127.0.0.1:PORT` once it listens.
import { connect, createServer, type Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { oneWayDelayMs, releaseAt, type LatencyProfile } from './bench/latency.js';

const { values } = parseArgs({ options: { target: { type: 'string' }, 'rtt-ms': { type: 'string' }, 'jitter-ms': { type: 'string' } } });
const target = new URL(values.target ?? '');
const profile: LatencyProfile = { rttMs: Number(values['rtt-ms'] ?? '2'), jitterMs: Number(values['jitter-ms'] ?? '0') };
if (!(profile.rttMs >= 0) || !(profile.jitterMs >= 0)) {
  process.stderr.write('bench-delay-proxy: --rtt-ms and --jitter-ms must be numbers ≥ 0\n');
  process.exit(2);
}

/**
 * One direction of a connection: each chunk (and the end) waits its own delay, in a queue, so
 * a chunk with a short delay never overtakes one ahead of it. One timer a direction, for the head.
 */
const pipeDelayed = (from: Socket, to: Socket) => {
  const queue: Array<{ at: number; chunk?: Buffer }> = [];
  let lastAt = 0;
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    while (queue.length > 0 && queue[0].at <= performance.now()) {
      const { chunk } = queue.shift()!;
      if (chunk === undefined) to.end();
      else if (to.writable) to.write(chunk);
    }
    if (queue.length > 0) timer = setTimeout(drain, queue[0].at - performance.now());
  };
  const push = (chunk?: Buffer) => {
    lastAt = releaseAt(lastAt, performance.now(), oneWayDelayMs(profile, Math.random));
    queue.push({ at: lastAt, ...(chunk ? { chunk } : {}) });
    timer ??= setTimeout(drain, queue[0].at - performance.now());
  };
  from.on('data', (chunk: Buffer) => push(chunk));
  from.on('end', () => push());
  from.on('error', () => to.destroy());
  from.on('close', () => setTimeout(() => to.destroy(), Math.max(0, lastAt - performance.now()) + 1));
};

const server = createServer((client) => {
  client.setNoDelay(true);
  const upstream = connect(Number(target.port), target.hostname);
  upstream.setNoDelay(true);
  pipeDelayed(client, upstream);
  pipeDelayed(upstream, client);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(`proxy listening on http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
