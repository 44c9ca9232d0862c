import { assignedCountryCodes, projectSpec } from '../../src/spec/load-spec.js';
import { createValidators } from '../../src/validate/create-ajv.js';

/**
 * The contract's accept and reject sets, written out again independently of
 * the generators, so the generator tests check them against the contract
 * and not against themselves; and the spec's request rules they also judge
 * generated bodies with. (Test support; not used by the suite.)
 */

const dayMs = 86_400_000;
const codePoints = (text: string): number => [...text].length;
const isoDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const accept = {
  email(value: string, domain: string): boolean {
    const parts = value.split('@');
    if (parts.length !== 2 || value.length > 254) return false;
    const [local, host] = parts;
    const localOk = /^[A-Za-z0-9._%+-]{1,64}$/.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
    const labels = host.split('.');
    const hostOk = labels.length >= 2 && labels.every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(l));
    // Under the given domain in any case: DNS names are case-insensitive.
    const under = host.toLowerCase();
    return localOk && hostOk && (under === domain || under.endsWith(`.${domain}`));
  },
  name(value: string): boolean {
    const n = codePoints(value);
    return n >= 1 && n <= 100 && /\S/u.test(value) && value.normalize('NFC') === value && /^[\p{L} '-]+$/u.test(value);
  },
  dateOfBirth(value: string, now: Date): boolean {
    const today = Math.floor(now.getTime() / dayMs);
    return isCalendarDate(value) && value >= '1900-01-01' && value <= isoDay(today - 2);
  },
  country(value: string, codes: readonly string[]): boolean {
    return codes.includes(value);
  },
  phoneNumber(value: string): boolean {
    return /^\+[1-9][0-9]{1,14}$/.test(value);
  },
};

/** Whether a value of a field is in the contract's reject set (never the grey zone). */
export const reject: Record<string, (value: unknown, now: Date) => boolean> = {
  email(value) {
    if (typeof value !== 'string') return true;
    const at = value.split('@').length - 1;
    const [local, host] = value.split('@');
    return at !== 1 || local === '' || host === '' || /[ \t\r\n]/.test(value) || value.length > 254;
  },
  firstName: rejectName,
  lastName: rejectName,
  dateOfBirth(value, now) {
    if (typeof value !== 'string') return true;
    const today = Math.floor(now.getTime() / dayMs);
    return !isCalendarDate(value) || value < '1900-01-01' || value > isoDay(today + 1);
  },
  country(value) {
    return typeof value !== 'string' || !/^[A-Z]{2}$/.test(value);
  },
  phoneNumber(value) {
    return typeof value !== 'string' || !/^\+[1-9][0-9]{1,14}$/.test(value);
  },
};

function rejectName(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '' || codePoints(value) > 100;
}

const spec = await projectSpec();
const validators = createValidators(spec);
export const createRules = validators.requestBody('createUser');
export const updateRules = validators.requestBody('updateUser');
export const codes = assignedCountryCodes(spec);
export const now = new Date();
/** A domain the way a run hands them out (`<run id>tag<n>.example.com`). */
export const domain = 'r0123abcdtagn1.example.com';
