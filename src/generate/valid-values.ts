import fc from 'fast-check';
import { assignedCountryCodes } from '../spec/load-spec.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

// Accept-set values, one field at a time: each arbitrary lists its boundaries as examples.

const astral = String.fromCodePoint(0x20000);

/**
 * Boundaries and one name per script; a few with leading or trailing spaces,
 * which must be kept as sent; letters that read as other types. Only letters
 * (and inner spaces, hyphens, apostrophes): the contract's accept set names
 * letters of any script, so names of digits (`0042`) are not sent.
 */
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
  // Letters that read as other types (a store that infers types from text turns them into booleans, null or numbers).
  'true',
  'null',
  'NaN',
  'Infinity',
  'false',
  'undefined',
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

/** Code point ranges of letters, by script: the scripts a valid name draws from. */
const scriptRanges: ReadonlyArray<readonly [string, ReadonlyArray<readonly [number, number]>]> = [
  ['Latin', [[0x41, 0x5a], [0x61, 0x7a]]],
  ['Latin with diacritics', [[0xc0, 0xff], [0x100, 0x17f]]],
  ['Greek', [[0x386, 0x3ce]]],
  ['Cyrillic', [[0x400, 0x44f]]],
  ['Hebrew', [[0x5d0, 0x5ea]]],
  ['Arabic', [[0x621, 0x64a]]],
  ['Devanagari', [[0x905, 0x939]]],
  ['CJK', [[0x4e00, 0x9fff]]],
  ['Hangul', [[0xac00, 0xd7a3]]],
  ['CJK Extension B (astral)', [[0x20000, 0x2a6df]]],
];

let cached: Array<{ script: string; letters: string[] }> | undefined;

/**
 * The letters of each script a name may use: single code points that are
 * letters (`\p{L}`) and stay the same under NFC, so a name built from them
 * round-trips through any Unicode-normalizing store unchanged.
 */
export function nameLetters(): ReadonlyArray<{ script: string; letters: readonly string[] }> {
  cached ??= scriptRanges.map(([script, ranges]) => {
    const letters: string[] = [];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const letter = String.fromCodePoint(cp);
        if (/^\p{L}$/u.test(letter) && letter.normalize('NFC') === letter) letters.push(letter);
      }
    }
    return { script, letters };
  });
  return cached;
}

const dayMs = 86_400_000;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC). */
function isoDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/**
 * dateOfBirth values from the contract's accept set: real calendar dates
 * from 1900-01-01 to two days before today in UTC (the day before today is
 * grey). `now` fixes today, so a seed generates the same dates all day.
 * Boundaries among the examples: 1900-01-01, 2000-02-29, today − 2 days.
 */
export function validDateOfBirth(now: Date = new Date()): ExampleArbitrary<string> {
  const first = Date.UTC(1900, 0, 1) / dayMs;
  const last = Math.floor(now.getTime() / dayMs) - 2;
  const boundaries = [isoDay(first), '2000-02-29', isoDay(last), '1904-02-29', '1970-01-01'];
  const generated = fc.integer({ min: first, max: last }).map(isoDay);
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}

/**
 * country values from the contract's accept set: the spec's assigned
 * ISO 3166-1 alpha-2 codes (never an unassigned one such as ZZ, which is
 * grey). The examples are the first and last codes, the codes assigned
 * since 2000 (a country table copied from an old library misses them), newest
 * first, and a few common ones.
 */
export function validCountry(codes: readonly string[] = assignedCountryCodes()): ExampleArbitrary<string> {
  const recent = ['SS', 'CW', 'SX', 'BQ', 'ME', 'RS', 'BL', 'MF', 'GG', 'IM', 'JE', 'AX', 'TL'];
  const boundaries = [...new Set([codes[0], codes[codes.length - 1], ...[...recent, 'US', 'GB', 'DE', 'JP'].filter((c) => codes.includes(c))])];
  return withExamples(fc.constantFrom(...codes), boundaries);
}

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
