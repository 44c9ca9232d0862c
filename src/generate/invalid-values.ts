import fc from 'fast-check';
import type { InvalidCase } from './invalid-cases.js';
import { assignedCountryCodes } from '../spec/load-spec.js';
import { buildEmail, emailShape, resolveDomain, type DomainSource } from './email.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

// Reject-set values, one field at a time: every listed reject value is an example, so each is tried once.

/** A reject-set case of one field: `caseOf('country')('us', 'lower case')`. */
const caseOf =
  (field: string) =>
  (value: string, why: string): InvalidCase => ({ field, value, why });

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

/** White space a reject value may carry, by how a finding names it. */
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

interface Template {
  why: string;
  make(domain: string): string;
}

/** The listed reject values; each address built on a fresh domain, so none was ever taken. */
const templates: Template[] = [
  { why: 'no @', make: (d) => `no-at-sign.${d}` },
  { why: 'empty (no @)', make: () => '' },
  { why: 'two @', make: (d) => `a@@${d}` },
  { why: 'more than one @', make: (d) => `a@b@${d}` },
  { why: 'empty local part', make: (d) => `@${d}` },
  { why: 'empty domain', make: () => 'user@' },
  { why: 'empty local part and domain', make: () => '@' },
  { why: 'white space (space) inside the local part', make: (d) => `a b@${d}` },
  { why: 'white space (space) inside the domain', make: (d) => `ab@x y.${d}` },
  { why: 'white space (tab) inside', make: (d) => `a\tb@${d}` },
  { why: 'white space (newline) inside', make: (d) => `a\nb@${d}` },
  { why: 'leading white space', make: (d) => ` ab@${d}` },
  { why: 'leading white space (tab)', make: (d) => `\tab@${d}` },
  { why: 'trailing white space', make: (d) => `ab@${d} ` },
  { why: 'trailing white space (newline)', make: (d) => `ab@${d}\n` },
  { why: 'over 254 characters (255)', make: (d) => buildEmail({ local: 'x'.repeat(64), labels: [], length: 255 }, d) },
  { why: 'over 254 characters (320)', make: (d) => buildEmail({ local: 'long', labels: [], length: 320 }, d) },
];

type Mutation = 'white space' | 'extra @' | 'no @' | 'empty local part' | 'empty domain' | 'too long';

function mutate(valid: string, mutation: Exclude<Mutation, 'too long'>, at: number, ws: string): { value: string; why: string } {
  const i = at % (valid.length + 1);
  const sign = valid.indexOf('@');
  switch (mutation) {
    case 'white space':
      return { value: `${valid.slice(0, i)}${ws}${valid.slice(i)}`, why: `white space (${spaces[ws]}) at position ${i}` };
    case 'extra @':
      return { value: `${valid.slice(0, i)}@${valid.slice(i)}`, why: `two @ (one added at position ${i})` };
    case 'no @':
      return { value: `${valid.slice(0, sign)}${valid.slice(sign + 1)}`, why: 'no @' };
    case 'empty local part':
      return { value: valid.slice(sign), why: 'empty local part' };
    case 'empty domain':
      return { value: valid.slice(0, sign + 1), why: 'empty domain' };
  }
}

/**
 * email values from the contract's reject set, each labelled with the rule it
 * breaks: no @ or more than one, an empty part, white space (inside,
 * leading, trailing, tabs, newlines), over 254 characters. The listed values
 * are the examples; generated variants mutate accept-set addresses. Give
 * `() => ctx.emailDomain()` so that a target that wrongly accepts one
 * creates a user under a fresh run domain, never a taken address.
 */
export function invalidEmails(domain: DomainSource): ExampleArbitrary<InvalidCase> {
  const fromTemplate = (t: Template): InvalidCase => ({ field: 'email', value: t.make(resolveDomain(domain)), why: t.why });
  const mutations: Mutation[] = ['white space', 'extra @', 'no @', 'empty local part', 'empty domain', 'too long'];
  const generated = fc
    .record({
      shape: emailShape(),
      mutation: fc.constantFrom(...mutations),
      at: fc.nat(),
      ws: fc.constantFrom(...Object.keys(spaces)),
      extra: fc.integer({ min: 0, max: 65 }),
    })
    .map(({ shape, mutation, at, ws, extra }): InvalidCase => {
      const d = resolveDomain(domain);
      if (mutation === 'too long') {
        return { field: 'email', value: buildEmail({ ...shape, length: 255 + extra }, d), why: `over 254 characters (${255 + extra})` };
      }
      const { value, why } = mutate(buildEmail(shape, d), mutation, at, ws);
      return { field: 'email', value, why };
    });
  const arbitrary = fc.oneof({ arbitrary: fc.constantFrom(...templates).map(fromTemplate), weight: 1 }, { arbitrary: generated, weight: 2 });
  return withExamples(arbitrary, templates.map(fromTemplate));
}

const dayMs = 86_400_000;
const isoDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const dateCase = caseOf('dateOfBirth');
const arabicIndic = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCodePoint(0x0660 + Number(d)));

/** Day numbers (since 1970-01-01) of real dates before 1900 and of accept-set dates. */
const firstBefore = Date.UTC(1000, 0, 1) / dayMs;
const lastBefore = Date.UTC(1899, 11, 31) / dayMs;
const first = Date.UTC(1900, 0, 1) / dayMs;

/**
 * dateOfBirth values from the contract's reject set, labelled: not a
 * calendar date (February 30, February 29 of a common year, April 31, month
 * 13 or 0…), a wrong format (`01/01/1990`, `1990-1-1`, `19900101`, a
 * date-time, digits that are not ASCII), before 1900-01-01, or after
 * tomorrow (today + 2 days and later; today ± 1 day are grey and never
 * used). `now` fixes today.
 */
export function invalidDatesOfBirth(now: Date = new Date()): ExampleArbitrary<InvalidCase> {
  const today = Math.floor(now.getTime() / dayMs);
  const lastFuture = Date.UTC(9999, 11, 31) / dayMs;
  const examples: InvalidCase[] = [
    dateCase('2021-02-30', 'not a calendar date (February 30)'),
    dateCase('2023-02-29', 'not a calendar date (2023 is not a leap year)'),
    dateCase('1900-02-29', 'not a calendar date (1900 is not a leap year)'),
    dateCase('2021-04-31', 'not a calendar date (April has 30 days)'),
    dateCase('2021-13-01', 'not a calendar date (month 13)'),
    dateCase('2021-00-10', 'not a calendar date (month 0)'),
    dateCase('2021-01-32', 'not a calendar date (day 32)'),
    dateCase('2021-01-00', 'not a calendar date (day 0)'),
    dateCase('01/01/1990', 'wrong format (DD/MM/YYYY, not YYYY-MM-DD)'),
    dateCase('1990-1-1', 'wrong format (month and day not zero-padded)'),
    dateCase('19900101', 'wrong format (no dashes)'),
    dateCase('1990-01-01T00:00:00Z', 'wrong format (a date-time, not a date)'),
    dateCase('', 'wrong format (empty)'),
    dateCase('١٩٩٠-٠١-٠١', 'wrong format (Arabic-Indic digits, not ASCII)'),
    dateCase('1990-0١-15', 'wrong format (an Arabic-Indic digit, not ASCII)'),
    dateCase('1899-12-31', 'before 1900-01-01'),
    dateCase(isoDay(today + 2), 'after today (today + 2 days)'),
    dateCase('2999-01-01', 'after today'),
  ];

  const nonCalendar = fc.oneof(
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), m: fc.constantFrom(4, 6, 9, 11) }).map(({ y, m }) => dateCase(`${y}-${pad(m)}-31`, `not a calendar date (month ${m} has 30 days)`)),
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), d: fc.constantFrom(30, 31) }).map(({ y, d }) => dateCase(`${y}-02-${d}`, `not a calendar date (February ${d})`)),
    fc
      .integer({ min: 1901, max: 2020 })
      .filter((y) => !isLeap(y))
      .map((y) => dateCase(`${y}-02-29`, `not a calendar date (${y} is not a leap year)`)),
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), m: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => dateCase(`${y}-${pad(m)}-${pad(d)}`, `not a calendar date (month ${m})`)),
    fc.record({ y: fc.integer({ min: 1901, max: 2020 }), m: fc.integer({ min: 1, max: 12 }), d: fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 })) }).map(({ y, m, d }) => dateCase(`${y}-${pad(m)}-${pad(d)}`, `not a calendar date (day ${d})`)),
  );
  const beforeMin = fc.integer({ min: firstBefore, max: lastBefore }).map((day) => dateCase(isoDay(day), 'before 1900-01-01'));
  const future = fc.integer({ min: today + 2, max: lastFuture }).map((day) => dateCase(isoDay(day), `after today (today + ${day - today} days)`));
  const wrongFormat = fc.record({ day: fc.integer({ min: first, max: today - 2 }), format: fc.nat({ max: 7 }) }).map(({ day, format }) => {
    const [y, m, d] = isoDay(day).split('-');
    const formats: Array<[string, string]> = [
      [`${d}/${m}/${y}`, 'DD/MM/YYYY'],
      [`${m}/${d}/${y}`, 'MM/DD/YYYY'],
      [`${y}/${m}/${d}`, 'YYYY/MM/DD'],
      [`${y}${m}${d}`, 'YYYYMMDD'],
      [`${y}-${m}-${d}T00:00:00Z`, 'a date-time'],
      [`${d}-${m}-${y}`, 'DD-MM-YYYY'],
      [`${y}-${m}-${d} `, 'trailing white space'],
      [arabicIndic(`${y}-${m}-${d}`), 'Arabic-Indic digits'],
    ];
    const [value, name] = formats[format];
    return dateCase(value, `wrong format (${name}, not YYYY-MM-DD)`);
  });
  return withExamples(fc.oneof(fc.constantFrom(...examples), nonCalendar, beforeMin, future, wrongFormat), examples);
}

const countryCase = caseOf('country');
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/**
 * country values from the contract's reject set — anything off
 * `^[A-Z]{2}$` — labelled: lower or mixed case, three letters, one letter,
 * empty, digits, white space. Never two upper-case letters (an unassigned
 * code such as ZZ is grey).
 */
export function invalidCountries(codes: readonly string[] = assignedCountryCodes()): ExampleArbitrary<InvalidCase> {
  const examples: InvalidCase[] = [
    countryCase('us', 'lower case'),
    countryCase('Us', 'mixed case'),
    countryCase('USA', 'three letters (alpha-3)'),
    countryCase('1A', 'a digit'),
    countryCase('U', 'one letter'),
    countryCase('', 'empty'),
    countryCase('U S', 'white space inside'),
    countryCase(' US', 'leading white space'),
  ];
  const lower = fc.constantFrom(...codes).map((code) => countryCase(code.toLowerCase(), 'lower case'));
  const mixed = fc
    .record({ code: fc.constantFrom(...codes), which: fc.constantFrom(0, 1) })
    .map(({ code, which }) => countryCase(which === 0 ? `${code[0].toLowerCase()}${code[1]}` : `${code[0]}${code[1].toLowerCase()}`, 'mixed case'));
  const wrongLength = fc
    .array(fc.constantFrom(...upper), { minLength: 3, maxLength: 5 })
    .map((letters) => countryCase(letters.join(''), `${letters.length} letters, not 2`));
  const digits = fc
    .tuple(fc.constantFrom(...upper, ...'0123456789'.split('')), fc.constantFrom(...'0123456789'.split('')))
    .map(([a, b]) => countryCase(`${a}${b}`, 'a digit'));
  return withExamples(fc.oneof(fc.constantFrom(...examples), lower, mixed, wrongLength, digits), examples);
}

const phoneCase = caseOf('phoneNumber');
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
    phoneCase('1234567890', 'no leading +'),
    phoneCase('+0123', 'first digit 0'),
    phoneCase('+1', 'one digit (2 to 15)'),
    phoneCase('+1234567890123456', '16 digits (2 to 15)'),
    phoneCase('+1-800-FLOWERS', 'dashes and letters'),
    phoneCase('+1 234 567', 'spaces'),
    phoneCase('', 'empty'),
    phoneCase('+', 'no digits'),
    phoneCase('+١٢٣٤٥٦٧', 'Arabic-Indic digits (ASCII 0-9 only)'),
    phoneCase('+１２３４５６７', 'fullwidth digits (ASCII 0-9 only)'),
    phoneCase('+1٤١٥٥٥٥٠١٠٠', 'Arabic-Indic digits after the first (ASCII 0-9 only)'),
  ];
  const tooLong = fc
    .tuple(significant, fc.string({ unit: digit, minLength: 15, maxLength: 20, size: 'max' }))
    .map(([a, rest]) => phoneCase(`+${a}${rest}`, `${rest.length + 1} digits (2 to 15)`));
  const noPlus = fc
    .tuple(significant, fc.string({ unit: digit, minLength: 1, maxLength: 14 }))
    .map(([a, rest]) => phoneCase(`${a}${rest}`, 'no leading +'));
  const leadingZero = fc.string({ unit: digit, minLength: 1, maxLength: 14 }).map((rest) => phoneCase(`+0${rest}`, 'first digit 0'));
  const separator = fc
    .record({ a: significant, rest: fc.string({ unit: digit, minLength: 2, maxLength: 13 }), at: fc.nat(), sep: fc.constantFrom(' ', '-', '.', '(', 'x') })
    .map(({ a, rest, at, sep }) => {
      const i = 1 + (at % rest.length);
      return phoneCase(`+${a}${rest.slice(0, i)}${sep}${rest.slice(i)}`, `'${sep}' inside`);
    });
  const otherScript = fc
    .record({ a: significant, rest: fc.string({ unit: digit, minLength: 1, maxLength: 14 }), at: fc.nat(), script: fc.constantFrom(...scripts), all: fc.boolean() })
    .map(({ a, rest, at, script: [zero, name], all }) => {
      if (all) return phoneCase(`+${inScript(a + rest, zero)}`, `${name} digits (ASCII 0-9 only)`);
      const i = at % rest.length;
      return phoneCase(`+${a}${rest.slice(0, i)}${inScript(rest[i], zero)}${rest.slice(i + 1)}`, `one ${name} digit (ASCII 0-9 only)`);
    });
  return withExamples(fc.oneof(fc.constantFrom(...examples), tooLong, noPlus, leadingZero, separator, otherScript), examples);
}
