import type { Exchange } from './exchange.js';

/**
 * A request a check needed for its set-up did not get the answer it needs
 * (say, creating a user to read back). The runner records the requirement
 * as errored with this message; it is not a finding against the rule tested.
 */
export class HttpFailure extends Error {
  override name = 'HttpFailure';
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}
