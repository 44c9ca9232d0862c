import fc from 'fast-check';
import { nameLetters } from './name-letters.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const astral = String.fromCodePoint(0x20000);

/** Boundaries and one name per script; a few with leading or trailing spaces, which must be kept as sent. */
const boundaries: string[] = [
  'A',
  'é',
  astral,
  'a'.repeat(100),
  astral.repeat(100),
  `${astral}a`.repeat(50),
  ` ${'ß'.repeat(98)} `,
  '  Anne-Marie  ',
  " O'Brien",
  'Zoë ',
  'José García Márquez',
  'Ελένη',
  'Анна-Мария',
  'محمد',
  'דוד',
  'कमल',
  '美咲',
  '민준',
];

const codePoints = (text: string): number => [...text].length;

/** Any one letter of any of the scripts. */
function letter(): fc.Arbitrary<string> {
  const scripts = nameLetters();
  return fc.integer({ min: 0, max: scripts.length - 1 }).chain((s) => {
    const letters = scripts[s].letters;
    return fc.integer({ min: 0, max: letters.length - 1 }).map((i) => letters[i]);
  });
}

/** A word of 1–12 letters of one script. */
function word(): fc.Arbitrary<string> {
  const scripts = nameLetters();
  return fc.integer({ min: 0, max: scripts.length - 1 }).chain((s) => {
    const letters = scripts[s].letters;
    return fc.array(fc.integer({ min: 0, max: letters.length - 1 }), { minLength: 1, maxLength: 12 }).map((is) => is.map((i) => letters[i]).join(''));
  });
}

/**
 * firstName/lastName values from the contract's accept set: 1–100 code
 * points (so up to 200 UTF-16 units with astral letters), letters of many
 * scripts with inner spaces, apostrophes and hyphens, sometimes leading or
 * trailing spaces; NFC-stable, never only white space. The 1- and
 * 100-code-point boundaries are among the examples and mixed in.
 */
export function validName(): ExampleArbitrary<string> {
  const pad = fc.constantFrom('', '', '', ' ', '  ');
  const realistic = fc
    .tuple(pad, fc.array(fc.tuple(word(), fc.constantFrom(' ', '-', "'")), { minLength: 1, maxLength: 4 }), pad)
    .map(([before, words, after]) => `${before}${words.map(([w, sep], i) => (i === 0 ? w : `${sep}${w}`)).join('')}${after}`);
  const long = fc.integer({ min: 1, max: 100 }).chain((n) => fc.array(letter(), { minLength: n, maxLength: n }).map((ls) => ls.join('')));
  const generated = fc
    .oneof(realistic, long)
    .filter((name) => codePoints(name) >= 1 && codePoints(name) <= 100 && /\S/u.test(name) && name.normalize('NFC') === name);
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 3 }), [...boundaries]);
}
