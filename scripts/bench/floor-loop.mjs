// The machine's floor for a default run (npm run bench, section 0): a fresh Node process that
// starts a minimal JSON server in a worker thread, as the built command starts the reference
// server, and sends it N requests through an undici Pool, 16 at a time, reading every body.
// No spec, no checks, no reports: what any run of N requests costs here at the least.
// Plain JavaScript, run with plain node: no loader's start-up in the figure.
//   node scripts/bench/floor-loop.mjs N
import { Worker } from 'node:worker_threads';
import { Pool } from 'undici';

const requests = Number(process.argv[2] ?? 2000);
const server = new Worker(
  `const { createServer } = require('node:http');
   const { parentPort } = require('node:worker_threads');
   const body = JSON.stringify({ userId: 'usr_0000000001', email: 'a@example.com', firstName: 'A', lastName: 'B', status: 'active' });
   const server = createServer((req, res) => {
     req.resume();
     req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body));
   });
   server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
  { eval: true },
);
const port = await new Promise((resolve) => server.once('message', resolve));
const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 64 });
let sent = 0;
async function lane() {
  while (sent < requests) {
    sent++;
    const response = await pool.request({ path: '/v1/users/usr_0000000001', method: 'GET' });
    JSON.parse(await response.body.text());
  }
}
await Promise.all(Array.from({ length: 16 }, lane));
await pool.close();
await server.terminate();
