import fc from 'fast-check';
import { buildEmail, emailShape, resolveDomain, type DomainSource } from './email.js';
import { validCountry, validDateOfBirth, validName, validPhone } from './valid-values.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

// Whole valid bodies, built from the accept-set values: a create body and a patch.

/** A create body: the five required fields, and phoneNumber when present. */
export interface CreateBody {
  email: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  country: string;
  phoneNumber?: string;
}

export interface CreateBodyOptions {
  /** The assigned country codes (default: the project spec's). */
  countries?: readonly string[];
  /** Fixes today for dateOfBirth (default: now). */
  now?: Date;
}

/**
 * Whole valid POST /v1/users bodies from the accept set: every required field
 * and, sometimes, phoneNumber. The e-mail is built last, from the whole
 * body, so every generated body — and every shrunk one — calls `domain`
 * again: with `() => ctx.emailDomain()` no two requests share an address.
 * Examples: bodies that put each field's boundaries together (1 and 100
 * code points, astral names, spaces kept, 254-character and mixed-case
 * addresses, the oldest and newest dates, 2- and 15-digit phones, no phone).
 */
export function validCreateBody(domain: DomainSource, options: CreateBodyOptions = {}): ExampleArbitrary<CreateBody> {
  const names = validName();
  const dates = validDateOfBirth(options.now);
  const countries = validCountry(options.countries);
  const phones = validPhone();
  const shapes = emailShape();
  const fields = fc.record(
    { email: shapes, firstName: names, lastName: names, dateOfBirth: dates, country: countries, phoneNumber: phones },
    { requiredKeys: ['email', 'firstName', 'lastName', 'dateOfBirth', 'country'] },
  );
  const arbitrary = fields.map(({ email, ...rest }) => ({ email: buildEmail(email, resolveDomain(domain)), ...rest }) as CreateBody);

  const at = <T>(list: T[], i: number): T => list[i % list.length];
  const [d0, dLeap, dLast] = dates.examples;
  const examples: CreateBody[] = shapes.examples.map((shape, i) => ({
    email: buildEmail(shape, resolveDomain(domain)),
    firstName: at(names.examples, 2 * i),
    lastName: at(names.examples, 2 * i + 1),
    dateOfBirth: at([d0, dLast, dLeap], i),
    country: at(countries.examples, i),
    ...(i % 3 === 0 ? {} : { phoneNumber: at(phones.examples, i) }),
  }));
  // Every name boundary once more, so each field's full list is tried.
  for (let i = shapes.examples.length * 2; i < names.examples.length; i += 2) {
    examples.push({
      email: buildEmail(at(shapes.examples, i), resolveDomain(domain)),
      firstName: names.examples[i],
      lastName: at(names.examples, i + 1),
      dateOfBirth: at(dates.examples, i),
      country: at(countries.examples, i),
      phoneNumber: at(phones.examples, i),
    });
  }
  return withExamples(arbitrary, examples);
}

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
