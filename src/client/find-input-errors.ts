import { isContractEmail } from '../validate/contract-rules.js';
import { latestAcceptedDate } from '../validate/contract-rules.js';
import type { FieldError } from './types.js';

type Rule = (value: string) => string | undefined;

// The spec's rules for the three fields the public docs ask clients to check
// (`Email`, `PhoneNumber`, `DateOfBirth`); find-input-errors.test.ts holds them
// against the spec's schemas. Each rejects only what the spec rejects, so the
// client never refuses a value a server must accept.
const email: Rule = (value) =>
  isContractEmail(value) && [...value].length <= 254 ? undefined : 'must be an e-mail address (local@domain, at most 254 characters)';

const phoneNumber: Rule = (value) => (/^\+[1-9][0-9]{1,14}$/.test(value) ? undefined : 'must be an E.164 number: + and 2 to 15 digits');

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const dateOfBirth: Rule = (value) => {
  if (!isCalendarDate(value)) return 'must be a calendar date written YYYY-MM-DD';
  // The spec's latest date is today in UTC plus its grey day after, so a caller ahead of UTC is not refused.
  if (value < '1900-01-01' || value > latestAcceptedDate()) return 'must be from 1900-01-01 up to today';
  return undefined;
};

const rules: Record<string, Rule> = { email, phoneNumber, dateOfBirth };
const required = { createUser: ['email', 'dateOfBirth'], updateUser: [] as string[] };

/**
 * The client's check before sending: the fields of a create or update body
 * that break the spec's e-mail, phone or date rules, as a 422 would list them.
 * Other fields are left to the server.
 */
export function findInputErrors(operation: 'createUser' | 'updateUser', input: unknown): FieldError[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ field: '', message: 'must be an object' }];
  const body = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of required[operation]) {
    if (body[field] === undefined) errors.push({ field, message: 'is required' });
  }
  if (operation === 'updateUser' && Object.keys(body).every((key) => body[key] === undefined)) {
    errors.push({ field: '', message: 'must change at least one field' });
  }
  for (const [field, rule] of Object.entries(rules)) {
    const value = body[field];
    if (value === undefined) continue;
    const message = typeof value === 'string' ? rule(value) : 'must be a string';
    if (message) errors.push({ field, message });
  }
  return errors;
}
