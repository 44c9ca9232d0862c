import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { assignedCountryCodes } from './assigned-country-codes.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const field = 'country';
const c = (value: string, why: string): InvalidCase => ({ field, value, why });
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/**
 * country values from the contract's reject set — anything off
 * `^[A-Z]{2}$` — labelled: lower or mixed case, three letters, one letter,
 * empty, digits, white space. Never two upper-case letters (an unassigned
 * code such as ZZ is grey).
 */
export function invalidCountries(codes: readonly string[] = assignedCountryCodes()): ExampleArbitrary<InvalidCase> {
  const examples: InvalidCase[] = [
    c('us', 'lower case'),
    c('Us', 'mixed case'),
    c('USA', 'three letters (alpha-3)'),
    c('1A', 'a digit'),
    c('U', 'one letter'),
    c('', 'empty'),
    c('U S', 'white space inside'),
    c(' US', 'leading white space'),
  ];
  const lower = fc.constantFrom(...codes).map((code) => c(code.toLowerCase(), 'lower case'));
  const mixed = fc
    .record({ code: fc.constantFrom(...codes), which: fc.constantFrom(0, 1) })
    .map(({ code, which }) => c(which === 0 ? `${code[0].toLowerCase()}${code[1]}` : `${code[0]}${code[1].toLowerCase()}`, 'mixed case'));
  const wrongLength = fc
    .array(fc.constantFrom(...upper), { minLength: 3, maxLength: 5 })
    .map((letters) => c(letters.join(''), `${letters.length} letters, not 2`));
  const digits = fc
    .tuple(fc.constantFrom(...upper, ...'0123456789'.split('')), fc.constantFrom(...'0123456789'.split('')))
    .map(([a, b]) => c(`${a}${b}`, 'a digit'));
  return withExamples(fc.oneof(fc.constantFrom(...examples), lower, mixed, wrongLength, digits), examples);
}
