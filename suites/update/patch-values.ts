import fc from 'fast-check';

/**
 * PATCH test data, from the contract's accept and reject sets only (never the
 * grey zone): valid names and phone numbers, valid patches, and labelled
 * invalid values for the three writable fields.
 */

// Letters of several scripts (all Unicode letters in the BMP): the contract says letters of any script MUST be accepted.
const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzéñüøłßÇÅαβγΩΣЖДящ美咲佐藤محد한국'];
const separators = [' ', '-', "'"];

/** Boundary names: 1 code point, 100 code points (ASCII and mixed scripts), inner separators. */
export const nameBoundaries: readonly string[] = ['A', '美', 'a'.repeat(100), 'Ωé美ж'.repeat(25), 'Anne-Marie', "O'Neil", 'García Márquez'];

const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''));

/** A valid first or last name: 1–100 code points, letters with single inner separators, boundaries included. */
export const validName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...nameBoundaries), weight: 1 },
  {
    arbitrary: fc
      .tuple(word, fc.array(fc.tuple(fc.constantFrom(...separators), word), { maxLength: 2 }))
      .map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join('')),
    weight: 3,
  },
);

/** Boundary phone numbers: 2 and 15 digits. */
export const phoneBoundaries: readonly string[] = ['+12', '+123456789012345', '+999999999999999', '+10'];

/** A valid E.164 phone number, `^\+[1-9][0-9]{1,14}$`, boundaries included. */
export const validPhone: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...phoneBoundaries), weight: 1 },
  { arbitrary: fc.stringMatching(/^\+[1-9][0-9]{1,14}$/), weight: 3 },
);

export interface Patch {
  firstName?: string;
  lastName?: string;
  phoneNumber?: string;
}

/** A valid PATCH body: a non-empty subset of firstName, lastName, phoneNumber with valid values. */
export const validPatch: fc.Arbitrary<Patch> = fc
  .record({ firstName: validName, lastName: validName, phoneNumber: validPhone }, { requiredKeys: [] })
  .filter((patch) => Object.keys(patch).length > 0);

/** Patches every property run tries first: each field alone at a boundary, and all three. */
export const patchBoundaries: readonly Patch[] = [
  { firstName: 'A' },
  { lastName: 'Ωé美ж'.repeat(25) },
  { phoneNumber: '+12' },
  { phoneNumber: '+123456789012345' },
  { firstName: 'García Márquez', lastName: 'a'.repeat(100), phoneNumber: '+999999999999999' },
];

export interface InvalidValue {
  /** What is wrong, for the finding. */
  label: string;
  field: 'firstName' | 'lastName' | 'phoneNumber';
  value: unknown;
}

// White space only from ASCII: whether U+00A0 and friends count as white space differs between platforms.
const badNames: Array<[string, unknown]> = [
  ['empty', ''],
  ['blank (one space)', ' '],
  ['blank (spaces, tab, newline)', ' \t\n '],
  ['101 code points', 'a'.repeat(101)],
  ['101 code points, mixed scripts', `${'Ωé美ж'.repeat(25)}a`],
  ['a number', 42],
  ['a boolean', true],
  ['null', null],
  ['an array', ['John']],
  ['an object', { value: 'John' }],
];

const badPhones: Array<[string, unknown]> = [
  ['no leading +', '1234567890'],
  ['first digit 0', '+0123456789'],
  ['one digit', '+1'],
  ['16 digits', '+1234567890123456'],
  ['spaces', '+1 234 567 890'],
  ['hyphens', '+1-234-567-890'],
  ['letters', '+12345abc'],
  ['only +', '+'],
  ['empty', ''],
  ['null (a wrong type)', null],
  ['a number', 1234567890],
];

/** Values that break a field rule of PATCH, each labelled; all from the reject set. */
export const invalidValues: readonly InvalidValue[] = [
  ...(['firstName', 'lastName'] as const).flatMap((field) => badNames.map(([label, value]) => ({ label, field, value }))),
  ...badPhones.map(([label, value]) => ({ label, field: 'phoneNumber' as const, value })),
];
