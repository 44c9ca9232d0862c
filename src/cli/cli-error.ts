/** A problem with how a command was called or what it was given: one line on stderr, exit 2. */
export class CliError extends Error {
  override name = 'CliError';
}
