import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const requiredOnCreate = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country'];

/** Each required field of a create body left out (default: the five the contract lists). */
export function missingFields(required: readonly string[] = requiredOnCreate): ExampleArbitrary<InvalidCase> {
  const examples = required.map((field): InvalidCase => ({ field, omit: true, why: `required field ${field} missing` }));
  return withExamples(fc.constantFrom(...examples), examples);
}
