#!/usr/bin/env node
import { isCommandEntry } from './command-entry.js';
import { runConformCommand, type Io } from './conform-command.js';
import type { StartServer } from './embedded-server.js';
import { referenceWorkerScript, startReferenceWorker } from '../reference/start-reference-worker.js';

export type { Io } from './conform-command.js';

/**
 * `conform` over the project's catalogue (the entry point is where the catalogue comes in, loaded
 * only when the options need it: not for --help or --version); returns the exit code.
 */
export function runConform(argv: string[], io: Io, specPath?: string, startServer?: StartServer): Promise<number> {
  return runConformCommand(argv, io, { loadCatalogue: async () => (await import('../../suites/index.js')).catalogue, ...(specPath ? { specPath } : {}), ...(startServer ? { startServer } : {}) });
}

// Run as a command: wire stdout/stderr and signals, and exit with the code.
if (isCommandEntry(import.meta.url)) {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) {
      // Pipes and terminals take this write synchronously, so the line is out before the exit.
      process.stderr.write(`conform: ${signal} again: quitting at once without waiting for the reports\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    process.stderr.write(`conform: ${signal}: stopping, writing reports (press Ctrl-C again to quit at once)\n`);
    process.exitCode = signal === 'SIGINT' ? 130 : 143;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    signal: controller.signal,
    env: process.env,
    ...(process.stderr.isTTY ? { terminal: { write: (text: string) => process.stderr.write(text), columns: process.stderr.columns } } : {}),
    outIsTTY: process.stdout.isTTY === true,
  };
  // Built, the embedded server runs in a worker thread: its request handling gets the second core
  // instead of sharing this event loop with the suite (docs/benchmarks.md). From the sources (tsx)
  // it stays in this thread: Node 20 cannot load TypeScript in a worker.
  const code = await runConform(process.argv.slice(2), io, undefined, referenceWorkerScript ? startReferenceWorker : undefined);
  process.exit(controller.signal.aborted ? (process.exitCode as number) : code);
}
