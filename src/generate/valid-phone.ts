import fc from 'fast-check';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const digit = fc.constantFrom(...'0123456789'.split(''));

/**
 * phoneNumber values from the contract's accept set: E.164,
 * `+[1-9]` then 1 to 14 more digits. Boundaries (2 and 15 digits) are mixed
 * in and among the examples.
 */
export function validPhone(): ExampleArbitrary<string> {
  const boundaries = ['+12', '+90', '+123456789012345', '+999999999999999', '+1234567890'];
  const generated = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: digit, minLength: 1, maxLength: 14, size: 'max' }))
    .map(([first, rest]) => `+${first}${rest}`);
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}
