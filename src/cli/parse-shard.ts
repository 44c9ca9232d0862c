import type { Shard } from '../run/scope.js';
import { CliError } from './cli-error.js';

export type { Shard } from '../run/scope.js';

/** Parses `--shard=I/N` (1 ≤ I ≤ N ≤ 64); throws CliError with a one-line message. */
export function parseShard(text: string): Shard {
  const match = /^([0-9]+)\/([0-9]+)$/.exec(text.trim());
  if (!match) throw new CliError(`--shard must look like 2/3 (part 2 of 3), got '${text}'`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > 64 || index < 1 || index > count) {
    throw new CliError(`--shard must be I/N with 1 ≤ I ≤ N ≤ 64, got '${text}'`);
  }
  return { index, count };
}
