import { readFile } from 'node:fs/promises';
import type { PactFile } from './pact-file.js';

/** Reads and shape-checks a pact file; throws an Error with a one-line message when it cannot. */
export async function readPactFile(path: string): Promise<PactFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(code === 'ENOENT' ? `no pact file at ${path} (run npm run pact:consumer first)` : `cannot read ${path}: ${(error as Error).message}`);
  }
  let pact: unknown;
  try {
    pact = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON`);
  }
  const candidate = pact as Partial<PactFile> | null;
  if (typeof candidate !== 'object' || candidate === null || !Array.isArray(candidate.interactions) || typeof candidate.provider?.name !== 'string') {
    throw new Error(`${path} is not a pact file (no provider or interactions)`);
  }
  return candidate as PactFile;
}
