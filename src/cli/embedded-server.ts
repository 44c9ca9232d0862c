import type { FaultName } from '../reference/faults.js';
import type { ReferenceServer, ReferenceServerOptions } from '../reference/start-reference-server.js';
import type { ConformOptions } from './conform-options.js';

/** How the embedded reference server is started: in this thread (`startReferenceServer`, the default) or in a worker (`startReferenceWorker`). */
export type StartServer = (options: ReferenceServerOptions) => Promise<ReferenceServer>;

/**
 * The embedded reference server a run with no --base-url tests: the faults asked for, 150 users
 * already there. Imports nothing of the server up front, so a command can start it first thing.
 */
export async function startEmbeddedServer(options: Pick<ConformOptions, 'faults'>, start?: StartServer): Promise<ReferenceServer> {
  start ??= (await import('../reference/start-reference-server.js')).startReferenceServer;
  return start({ faults: options.faults as FaultName[], seedUsers: 150 });
}
