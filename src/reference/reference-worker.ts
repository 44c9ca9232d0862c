import { parentPort, workerData } from 'node:worker_threads';
import { startReferenceServer, type ReferenceServerOptions } from './start-reference-server.js';

// The worker thread's side of start-reference-worker.ts: starts the reference server with the
// options it was given, says where it listens (or why it could not start), and closes it when told.

/** What the worker tells the thread that started it, once. */
export type ReferenceWorkerMessage = { url: string } | { error: string };

const port = parentPort;
if (port) {
  startReferenceServer(workerData as ReferenceServerOptions).then(
    (server) => {
      port.postMessage({ url: server.url } satisfies ReferenceWorkerMessage);
      // Any message is "close": the server stops, the port closes, and the thread ends with nothing left to run.
      port.once('message', () => void server.close().finally(() => port.close()));
    },
    (error: unknown) => {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ReferenceWorkerMessage);
      port.close();
    },
  );
}
