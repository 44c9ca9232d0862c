import { isAcceptSetEmail } from './is-accept-set-email.js';

/** One offending field; `field` is empty when the body as a whole is wrong. */
export interface BodyError {
  field: string;
  message: string;
}

export interface BodyRules {
  /** The assigned ISO 3166-1 alpha-2 codes; others on the pattern (ZZ) are refused. */
  countries: ReadonlySet<string>;
  /** Today in UTC, `YYYY-MM-DD`: the latest date of birth taken (tomorrow, grey, is refused). */
  today: string;
}

const createFields = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'];
const required = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country'];
const updateFields = ['firstName', 'lastName', 'phoneNumber'];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** What is wrong with one field's value, or undefined. Written apart from the spec's validators on purpose: a second implementation. */
function fieldProblem(field: string, value: unknown, rules: BodyRules): string | undefined {
  if (typeof value !== 'string') return `must be a string, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  switch (field) {
    case 'email':
      return isAcceptSetEmail(value) ? undefined : 'must be an e-mail address such as name@example.com';
    case 'firstName':
    case 'lastName': {
      const length = [...value].length;
      if (length < 1 || length > 100) return 'must be 1 to 100 characters';
      return /[^\p{White_Space}]/u.test(value) ? undefined : 'must not be blank';
    }
    case 'dateOfBirth':
      if (!isCalendarDate(value)) return 'must be a calendar date, YYYY-MM-DD';
      return value < '1900-01-01' || value > rules.today ? `must be from 1900-01-01 to ${rules.today}` : undefined;
    case 'country':
      return /^[A-Z]{2}$/.test(value) && rules.countries.has(value) ? undefined : 'must be an assigned ISO 3166-1 alpha-2 code';
    case 'phoneNumber':
      return /^\+[1-9][0-9]{1,14}$/.test(value) ? undefined : 'must be an E.164 number such as +14155550123';
    default:
      return undefined;
  }
}

/**
 * Every rule a create or update body breaks, one entry per offending field:
 * fields that may not be sent, required fields missing (create), an empty
 * update, and each value off its field's accept set.
 */
export function alternativeBodyErrors(body: Record<string, unknown>, kind: 'create' | 'update', rules: BodyRules): BodyError[] {
  const writable = kind === 'create' ? createFields : updateFields;
  const errors: BodyError[] = [];
  const keys = Object.keys(body);
  for (const key of keys) if (!writable.includes(key)) errors.push({ field: key, message: 'is not a field you can set' });
  if (kind === 'create') {
    for (const key of required) if (!Object.hasOwn(body, key)) errors.push({ field: key, message: 'is required' });
  } else if (keys.length === 0) {
    errors.push({ field: '', message: 'send at least one of firstName, lastName, phoneNumber' });
  }
  for (const key of keys) {
    if (!writable.includes(key)) continue;
    const problem = fieldProblem(key, body[key], rules);
    if (problem) errors.push({ field: key, message: problem });
  }
  return errors;
}
