import { Worker } from 'node:worker_threads';
import type { ReferenceWorkerMessage } from './reference-worker.js';
import type { ReferenceServer, ReferenceServerOptions } from './start-reference-server.js';

/**
 * The worker's script, built (`dist/…/reference-worker.js`); undefined when this module runs
 * from the TypeScript sources (tsx, vitest): Node 20 cannot load TypeScript in a worker thread.
 */
export const referenceWorkerScript: URL | undefined = import.meta.url.endsWith('.js') ? new URL('./reference-worker.js', import.meta.url) : undefined;

/** How long a worker-hosted server may take to close before its thread is ended. */
const closeGraceMs = 2_000;

/**
 * Starts the reference server in a worker thread of its own, so its request handling runs on
 * another core than the suite that tests it (docs/benchmarks.md). The same options and the same
 * server as `startReferenceServer`; resolves once it listens. Once it listens the worker keeps the
 * process alive only while a close is awaited: a command that ends without closing it still exits.
 */
export function startReferenceWorker(options: ReferenceServerOptions = {}, script: URL | undefined = referenceWorkerScript): Promise<ReferenceServer> {
  if (script === undefined) return Promise.reject(new Error('the reference worker runs from the built package only'));
  const worker = new Worker(script, { workerData: options });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // After the start, a crash of the thread shows as refused connections in the run; before it, as the start's error.
  let crashed: Error | undefined;
  worker.on('error', (error) => (crashed = error));
  return new Promise<ReferenceServer>((resolve, reject) => {
    worker.once('message', (message: ReferenceWorkerMessage) => {
      if ('error' in message) return reject(new Error(message.error));
      // Held until it listens (the caller awaits that), then let go: the server alone never keeps the process up.
      worker.unref();
      let closing: Promise<void> | undefined;
      resolve({
        url: message.url,
        close() {
          closing ??= (async () => {
            worker.ref(); // the caller awaits this close: the thread's end must keep the process up until then
            worker.postMessage('close');
            const grace = setTimeout(() => void worker.terminate(), closeGraceMs).unref();
            await exited;
            clearTimeout(grace);
          })();
          return closing;
        },
      });
    });
    void exited.then(() => reject(crashed ?? new Error('the reference worker ended before it listened')));
  });
}
