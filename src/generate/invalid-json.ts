// Request bodies sent as application/json that the contract answers with 400: text that is not JSON, and JSON that is not an object.

/** A raw body and what is wrong with it, as a finding names it. */
export interface RawBodyCase {
  raw: string;
  what: string;
}

/** The members of `body`'s JSON text without the braces, `key` left out. */
function membersBut(body: Record<string, unknown>, key?: string): string {
  const rest = { ...body };
  if (key !== undefined) delete rest[key];
  return JSON.stringify(rest).slice(1, -1);
}

/** `members` and one more, comma-joined (no comma when `members` is empty). */
const plus = (members: string, member: string): string => (members === '' ? member : `${members},${member}`);

/**
 * Text that is not JSON (RFC 8259). The empty body and white space only (a
 * parser that reads them as `{}` answers 422 instead); broken text; and
 * almost-JSON that lenient parsers take (JSON5, Python's `json`, JSONC,
 * Ruby's `json`): `NaN` and the infinities, trailing commas, comments, single
 * quotes, unquoted keys, escapes JSON does not have (`\x41`). Each almost-JSON
 * body is `valid()` written that way, so a lenient target would take it as a
 * valid body (or answer 422 for a number where a string is due). `valid` must hold a string `firstName`.
 */
export function notJsonBodies(valid: () => Record<string, unknown>): RawBodyCase[] {
  const firstNameAs = (token: string): string => {
    const body = valid();
    return `{${plus(membersBut(body, 'firstName'), `"firstName":${token}`)}}`;
  };
  const withFirstName = (what: string, make: (members: string, firstName: string) => string): RawBodyCase => {
    const body = valid();
    return { what, raw: make(membersBut(body, 'firstName'), String(body.firstName)) };
  };
  return [
    { raw: '', what: 'not JSON (empty)' },
    { raw: '   ', what: 'not JSON (only spaces)' },
    { raw: ' \t\r\n', what: 'not JSON (only white space)' },
    { raw: '{', what: 'not JSON (an open brace)' },
    { raw: 'not json', what: 'not JSON (plain words)' },
    { raw: '{"firstName": "Jane"', what: 'not JSON (cut off)' },
    { raw: 'firstName=Jane', what: 'not JSON (form encoded)' },
    { raw: firstNameAs('NaN'), what: 'not JSON (NaN)' },
    { raw: firstNameAs('Infinity'), what: 'not JSON (Infinity)' },
    { raw: firstNameAs('-Infinity'), what: 'not JSON (-Infinity)' },
    { raw: `{${membersBut(valid())},}`, what: 'not JSON (a trailing comma in the object)' },
    withFirstName('not JSON (a trailing comma in an array)', (m, name) => `{${plus(m, `"firstName":${JSON.stringify(name)}`)},"x":[1,]}`),
    { raw: `// a comment\n{${membersBut(valid())}}`, what: 'not JSON (a // comment)' },
    { raw: `{${membersBut(valid())}/* a comment */}`, what: 'not JSON (a /* */ comment)' },
    withFirstName('not JSON (a single-quoted string)', (m, name) => `{${plus(m, `"firstName":'${name.replace(/'/g, '')}'`)}}`),
    withFirstName('not JSON (an unquoted key)', (m, name) => `{${plus(m, `firstName:${JSON.stringify(name)}`)}}`),
    withFirstName('not JSON (an escape JSON does not have: \\x41)', (m, name) => `{${plus(m, `"firstName":"\\x41${name}"`)}}`),
  ];
}

/** JSON that is not an object; the arrays hold `valid()`, so a target that takes the first element would act on a valid body. */
export function nonObjectJsonBodies(valid: () => Record<string, unknown>): RawBodyCase[] {
  return [
    { raw: '[]', what: 'JSON that is not an object (an empty array)' },
    { raw: JSON.stringify([valid()]), what: 'JSON that is not an object (an array holding a valid body)' },
    { raw: '"Jane"', what: 'JSON that is not an object (a string)' },
    { raw: '42', what: 'JSON that is not an object (a number)' },
    { raw: 'true', what: 'JSON that is not an object (a boolean)' },
    { raw: 'null', what: 'JSON that is not an object (null)' },
  ];
}
