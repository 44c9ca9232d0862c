// A TCP proxy that delays every chunk by half a round trip each way: a target
// "further away" than loopback, for `npm run bench`'s concurrency sweep.
//   tsx scripts/bench-delay-proxy.ts --target=http://127.0.0.1:PORT --rtt-ms=2
// Prints `proxy listening on http://127.0.0.1:PORT` once it listens.
import { connect, createServer, type Socket } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { target: { type: 'string' }, 'rtt-ms': { type: 'string' } } });
const target = new URL(values.target ?? '');
const half = Number(values['rtt-ms'] ?? '2') / 2;

// Timers of one duration fire in the order they were set, so chunks keep their order.
const pipeDelayed = (from: Socket, to: Socket) => {
  from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), half));
  from.on('end', () => setTimeout(() => to.end(), half));
  from.on('error', () => to.destroy());
  from.on('close', () => setTimeout(() => to.destroy(), half + 1));
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
