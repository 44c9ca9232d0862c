import { HttpFailure } from '../http/http-failure.js';

/** Why a run stops early; the runner skips what it could not finish with one of these as the reason. */
export const stopReasons = {
  deadline: 'the run deadline was reached',
  interrupted: 'the run was interrupted',
} as const;

/**
 * Thrown by the check context when a check asks for a request after the run
 * was stopped (deadline or interruption), or when its request was cut off by
 * the stop. The runner records the requirement as skipped with the reason;
 * it is no verdict on the target.
 */
export class RunStopped extends HttpFailure {
  override name = 'RunStopped';
}
