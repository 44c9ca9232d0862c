import { CliError } from './cli-error.js';

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
