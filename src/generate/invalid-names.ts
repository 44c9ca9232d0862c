import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const astral = String.fromCodePoint(0x20000);

const listed: Array<{ value: string; why: string }> = [
  { value: '', why: 'empty' },
  { value: ' ', why: 'blank (only a space)' },
  { value: '   ', why: 'blank (only spaces)' },
  { value: '\t', why: 'blank (only a tab)' },
  { value: '\n', why: 'blank (only a newline)' },
  { value: ' \t\r\n ', why: 'blank (only white space)' },
  { value: 'a'.repeat(101), why: 'over 100 code points (101)' },
  { value: astral.repeat(101), why: 'over 100 code points (101 astral, 202 UTF-16 units)' },
  { value: `${astral.repeat(50)}${'é'.repeat(51)}`, why: 'over 100 code points (101, astral and BMP)' },
  { value: ` ${'b'.repeat(99)} `, why: 'over 100 code points (101 with the spaces)' },
];

const spaces: Record<string, string> = { ' ': 'space', '\t': 'tab', '\n': 'newline', '\r': 'carriage return' };
const longUnits = [
  ['a', 'é', 'Ж', '美'],
  [astral, String.fromCodePoint(0x2a6d6)],
].flat();

/**
 * firstName or lastName values from the contract's reject set, labelled:
 * empty, blank (only spaces, tabs, newlines), over 100 code points
 * (astral letters among them, so code points not UTF-16 units are counted).
 */
export function invalidNames(field: 'firstName' | 'lastName' = 'firstName'): ExampleArbitrary<InvalidCase> {
  const blank = fc
    .array(fc.constantFrom(...Object.keys(spaces)), { minLength: 1, maxLength: 12 })
    .map((chars): InvalidCase => ({ field, value: chars.join(''), why: `blank (only ${[...new Set(chars.map((c) => spaces[c]))].join(', ')})` }));
  const tooLong = fc
    .array(fc.constantFrom(...longUnits), { minLength: 101, maxLength: 160 })
    .map((chars): InvalidCase => ({ field, value: chars.join(''), why: `over 100 code points (${chars.length})` }));
  const examples = listed.map(({ value, why }): InvalidCase => ({ field, value, why }));
  return withExamples(fc.oneof(fc.constantFrom(...examples), blank, tooLong), examples);
}
