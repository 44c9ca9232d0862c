import fc from 'fast-check';
import { validName } from './valid-name.js';
import { validPhone } from './valid-phone.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

/** A PATCH body: one or more of the writable fields. */
export interface PatchBody {
  firstName?: string;
  lastName?: string;
  phoneNumber?: string;
}

/**
 * Valid PATCH /v1/users/{userId} bodies: a non-empty subset of firstName,
 * lastName, phoneNumber, values from the accept set. Examples: each field
 * alone (at its boundaries), and all three.
 */
export function validPatch(): ExampleArbitrary<PatchBody> {
  const names = validName();
  const phones = validPhone();
  const arbitrary = fc
    .record({ firstName: names, lastName: names, phoneNumber: phones }, { requiredKeys: [] })
    .filter((patch) => Object.keys(patch).length > 0);
  const n = names.examples;
  const examples: PatchBody[] = [
    { firstName: n[0] },
    { lastName: n[4] },
    { phoneNumber: phones.examples[0] },
    { phoneNumber: phones.examples[2] },
    { firstName: n[7], lastName: n[3] },
    { firstName: n[11], lastName: n[14], phoneNumber: phones.examples[4] },
  ];
  return withExamples(arbitrary as fc.Arbitrary<PatchBody>, examples);
}
