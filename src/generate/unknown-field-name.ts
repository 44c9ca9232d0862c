import fc from 'fast-check';
import { userFieldNames } from '../client/types.js';

/** Names an object key must never take in a body built by assignment, and the documented fields. */
const reserved = new Set<string>(['__proto__', 'constructor', 'prototype', ...userFieldNames]);

/** Field names the API does not know: lower camel case identifiers, none of the documented fields. */
export function unknownFieldName(): fc.Arbitrary<string> {
  return fc.stringMatching(/^[a-z][a-zA-Z0-9]{1,19}$/).filter((name) => !reserved.has(name));
}
