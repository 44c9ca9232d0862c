import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseBaseUrl } from '../http/parse-base-url.js';
import type { Shard } from '../run/scope.js';
import { CliError } from './cli-error.js';

/** node:util's `parseArgs`, strict: an unknown or malformed argument is a one-line CliError that points to --help. */
export function parseCommandLine<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T & { strict: true }>> {
  try {
    return parseArgs({ ...config, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
}

// The values command-line options take, parsed from their text. Each throws CliError with a
// one-line message naming the flag, and is shared by every command that takes such a value.

/** A repeatable option's values with commas also separating items: `--only=A,B --only=C` → A, B, C (blanks dropped). */
export function splitListArgs(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** Repeated `--header='Name: value'` options as a header record; throws CliError on one that is not a header. */
export function parseHeaderArgs(values: readonly string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const header of values ?? []) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(header);
    // Only the name is quoted back: the value may be a secret.
    if (!match) throw new CliError(`--header must look like 'Name: value', got '${header.split(':')[0]}…'`);
    headers[match[1]] = match[2];
  }
  return headers;
}

/** Parses `--shard=I/N` (1 ≤ I ≤ N ≤ 64). */
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

/** A whole number from `min` to `max` given to `--flag`. */
export function parseInteger(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^-?[0-9]+$/.test(text)) throw new CliError(`--${flag} must be a whole number, got '${text}'`);
  const n = Number(text);
  if (n < min || n > max) throw new CliError(`--${flag} must be from ${min} to ${max}, got ${text}`);
  return n;
}

/** `--rate-limit=N/s` (or N): requests a second, more than 0. */
export function parseRateLimit(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(?:\/s)?$/.exec(text);
  if (!match || Number(match[1]) <= 0) throw new CliError(`--rate-limit must look like 50/s, got '${text}'`);
  return Number(match[1]);
}

/** A base URL the HTTP client takes, as given; the client's reason for refusing it in the message. */
export function checkBaseUrl(text: string): string {
  try {
    parseBaseUrl(text);
  } catch (error) {
    throw new CliError(`--base-url: ${(error as Error).message}`);
  }
  return text;
}

/** One of `allowed`, given to `--flag`. */
export function parseChoice<const T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) throw new CliError(`--${flag} must be ${allowed.join(' or ')}, got '${text}'`);
  return text as T;
}
