import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const field = 'phoneNumber';
const c = (value: string, why: string): InvalidCase => ({ field, value, why });
const digit = fc.constantFrom(...'0123456789'.split(''));
const significant = fc.integer({ min: 1, max: 9 }).map(String);
/** Zeros of decimal digits other than ASCII's, which `\d` matches in some regex engines (Python's, .NET's). */
const scripts: Array<[number, string]> = [
  [0x0660, 'Arabic-Indic'],
  [0x06f0, 'Extended Arabic-Indic'],
  [0x0966, 'Devanagari'],
  [0xff10, 'fullwidth'],
];
const inScript = (digits: string, zero: number): string => digits.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

/**
 * phoneNumber values from the contract's reject set — off
 * `^\+[1-9][0-9]{1,14}$` — labelled: no `+`, a leading 0, one digit, 16 or
 * more digits, letters, spaces or dashes, digits that are not ASCII (`[0-9]`
 * is ASCII's). (`null` is a wrong type: see wrongTypes.)
 */
export function invalidPhones(): ExampleArbitrary<InvalidCase> {
  const examples: InvalidCase[] = [
    c('1234567890', 'no leading +'),
    c('+0123', 'first digit 0'),
    c('+1', 'one digit (2 to 15)'),
    c('+1234567890123456', '16 digits (2 to 15)'),
    c('+1-800-FLOWERS', 'dashes and letters'),
    c('+1 234 567', 'spaces'),
    c('', 'empty'),
    c('+', 'no digits'),
    c('+١٢٣٤٥٦٧', 'Arabic-Indic digits (ASCII 0-9 only)'),
    c('+１２３４５６７', 'fullwidth digits (ASCII 0-9 only)'),
    c('+1٤١٥٥٥٥٠١٠٠', 'Arabic-Indic digits after the first (ASCII 0-9 only)'),
  ];
  const tooLong = fc
    .tuple(significant, fc.string({ unit: digit, minLength: 15, maxLength: 20, size: 'max' }))
    .map(([a, rest]) => c(`+${a}${rest}`, `${rest.length + 1} digits (2 to 15)`));
  const noPlus = fc
    .tuple(significant, fc.string({ unit: digit, minLength: 1, maxLength: 14 }))
    .map(([a, rest]) => c(`${a}${rest}`, 'no leading +'));
  const leadingZero = fc.string({ unit: digit, minLength: 1, maxLength: 14 }).map((rest) => c(`+0${rest}`, 'first digit 0'));
  const separator = fc
    .record({ a: significant, rest: fc.string({ unit: digit, minLength: 2, maxLength: 13 }), at: fc.nat(), sep: fc.constantFrom(' ', '-', '.', '(', 'x') })
    .map(({ a, rest, at, sep }) => {
      const i = 1 + (at % rest.length);
      return c(`+${a}${rest.slice(0, i)}${sep}${rest.slice(i)}`, `'${sep}' inside`);
    });
  const otherScript = fc
    .record({ a: significant, rest: fc.string({ unit: digit, minLength: 1, maxLength: 14 }), at: fc.nat(), script: fc.constantFrom(...scripts), all: fc.boolean() })
    .map(({ a, rest, at, script: [zero, name], all }) => {
      if (all) return c(`+${inScript(a + rest, zero)}`, `${name} digits (ASCII 0-9 only)`);
      const i = at % rest.length;
      return c(`+${a}${rest.slice(0, i)}${inScript(rest[i], zero)}${rest.slice(i + 1)}`, `one ${name} digit (ASCII 0-9 only)`);
    });
  return withExamples(fc.oneof(fc.constantFrom(...examples), tooLong, noPlus, leadingZero, separator, otherScript), examples);
}
