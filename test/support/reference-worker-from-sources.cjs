// The reference server's worker script for tests, which run the TypeScript sources: Node 20 loads
// no TypeScript in a worker thread by itself, so tsx's require hook loads reference-worker.ts.
require('tsx/cjs/api').register();
require('../../src/reference/reference-worker.ts');
