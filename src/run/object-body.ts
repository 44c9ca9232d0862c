import type { Exchange } from '../http/exchange.js';
import { isPlainObject } from '../util/values.js';

// Reading what a response carries. The plain-object and success tests are the shared ones
// of src/util, re-exported here beside objectBody for the checks.
export { isPlainObject, isSuccess } from '../util/values.js';

/** The body as a plain object, if it is one. */
export function objectBody(exchange: Exchange): Record<string, unknown> | undefined {
  return exchange.hasJson && isPlainObject(exchange.json) ? exchange.json : undefined;
}
