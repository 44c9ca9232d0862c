import type { Validators } from '../validate/validators.js';
import { asciiDigits } from './ascii-digits.js';
import type { FaultName } from './faults.js';
import { toFieldErrors, type FieldError } from './to-field-errors.js';
import type { UserStatus, WritableFields } from './user-record.js';

export interface CreateCheck {
  errors: FieldError[];
  /** The writable fields sent (meaningful when there are no errors). */
  fields: WritableFields;
  /** A status the client set (only a fault lets one through). */
  status?: UserStatus;
}

export interface UpdateCheck {
  errors: FieldError[];
  /** Every writable field sent. */
  changes: WritableFields;
  /** The sent fields without an error of their own (a fault applies them even on 422). */
  validChanges: WritableFields;
}

export interface BodyChecks {
  create(body: Record<string, unknown>): CreateCheck;
  update(body: Record<string, unknown>): UpdateCheck;
}

const createKeys = new Set(['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber']);
const names = ['firstName', 'lastName'] as const;

/** A fault that accepts more than the spec: a value of these fields passing `loose` loses its errors. */
interface Relaxation {
  fault: FaultName;
  fields: readonly string[];
  loose: (value: string) => boolean;
  on: 'create' | 'update' | 'both';
}

const relaxations: Relaxation[] = [
  // Create only: on update the e-mail is not writable at all, and relaxing it would hide that.
  { fault: 'email-loose-check', fields: ['email'], loose: (v) => v.includes('@') && v.length <= 254, on: 'create' },
  { fault: 'blank-names-accepted', fields: names, loose: (v) => v.length > 0 && [...v].length <= 100, on: 'both' },
  { fault: 'date-not-calendar-checked', fields: ['dateOfBirth'], loose: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v), on: 'create' },
  { fault: 'phone-16-digits-accepted', fields: ['phoneNumber'], loose: (v) => /^\+[1-9][0-9]{1,15}$/.test(v), on: 'both' },
  { fault: 'phone-unicode-digits', fields: ['phoneNumber'], loose: (v) => /^\+[1-9][0-9]{1,14}$/.test(asciiDigits(v)), on: 'both' },
  { fault: 'patch-skips-validation', fields: [...names, 'phoneNumber'], loose: () => true, on: 'update' },
];

function stringFields(source: object, keys: Iterable<string>): WritableFields {
  const from = source as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = from[key];
    if (Object.hasOwn(from, key) && typeof value === 'string') out[key] = value;
  }
  return out;
}

/**
 * The request-body rules of create and update: the spec's validators, then
 * the switched-on faults' deviations from them. Bodies are already JSON
 * objects; nothing here mutates them.
 */
export function createBodyChecks(validators: Validators, faults: ReadonlySet<FaultName>): BodyChecks {
  const on = (fault: FaultName): boolean => faults.has(fault);
  const createRules = validators.requestBody('createUser');
  const updateRules = validators.requestBody('updateUser');
  const statusRules = validators.schema('UserStatus');
  const emailRules = validators.schema('Email');

  const relax = (errors: FieldError[], candidate: Record<string, unknown>, op: 'create' | 'update'): FieldError[] => {
    let kept = errors;
    for (const r of relaxations) {
      if (!on(r.fault) || (r.on !== 'both' && r.on !== op)) continue;
      for (const field of r.fields) {
        const value = candidate[field];
        if (Object.hasOwn(candidate, field) && typeof value === 'string' && r.loose(value)) kept = kept.filter((e) => e.field !== field);
      }
    }
    if (on('reject-non-latin-names')) {
      for (const field of names) {
        const value = candidate[field];
        if (typeof value === 'string' && !/^[A-Za-z' -]+$/.test(value) && !kept.some((e) => e.field === field)) {
          kept = [...kept, { field, message: "must contain only A-Z, a-z, apostrophes, hyphens and spaces" }];
        }
      }
    }
    return kept;
  };

  return {
    create(body) {
      // A shallow copy with own keys only: spread defines `__proto__` as a plain key, never a prototype.
      const candidate: Record<string, unknown> = { ...body };
      const extra: FieldError[] = [];
      let status: UserStatus | undefined;
      if (on('client-status-honoured') && Object.hasOwn(candidate, 'status')) {
        const sent = candidate.status;
        delete candidate.status;
        const problems = statusRules(sent);
        if (problems.length === 0) status = sent as UserStatus;
        else extra.push({ field: 'status', message: 'must be one of pending_verification, active, suspended, closed' });
      }
      if (on('phone-null-accepted') && candidate.phoneNumber === null) delete candidate.phoneNumber;
      if (on('country-case-insensitive') && typeof candidate.country === 'string' && /^[A-Za-z]{2}$/.test(candidate.country)) {
        candidate.country = candidate.country.toUpperCase();
      }
      if (on('unknown-fields-ignored')) {
        for (const key of Object.keys(candidate)) if (!createKeys.has(key)) delete candidate[key];
      }
      // The date's digits read by value, whatever their script; the date is still stored as sent.
      const dob = candidate.dateOfBirth;
      const checked = on('date-unicode-digits') && typeof dob === 'string' ? { ...candidate, dateOfBirth: asciiDigits(dob) } : candidate;
      let errors = toFieldErrors(createRules(checked));
      const email = candidate.email;
      if (on('email-upper-domain-rejected') && typeof email === 'string' && /[A-Z]/.test(email.slice(email.lastIndexOf('@') + 1)) && !errors.some((e) => e.field === 'email')) {
        errors = [...errors, { field: 'email', message: 'must have a lower-case domain' }];
      }
      if (on('dob-optional')) errors = errors.filter((e) => !(e.field === 'dateOfBirth' && !Object.hasOwn(candidate, 'dateOfBirth')));
      errors = [...relax(errors, candidate, 'create'), ...extra];
      return { errors, fields: stringFields(candidate, createKeys), status };
    },

    update(body) {
      const candidate: Record<string, unknown> = { ...body };
      const extra: FieldError[] = [];
      const keys = ['firstName', 'lastName', 'phoneNumber'];
      let emailSent = false;
      if (on('patch-email-allowed') && Object.hasOwn(candidate, 'email')) {
        emailSent = true;
        const email = candidate.email;
        delete candidate.email;
        const problems = toFieldErrors(emailRules(email)).map((e) => ({ field: 'email', message: e.message }));
        extra.push(...relax(problems, { email }, 'update'));
        keys.push('email');
      }
      if (on('phone-null-accepted') && candidate.phoneNumber === null) delete candidate.phoneNumber;
      let errors = toFieldErrors(updateRules(candidate));
      // With the e-mail taken out, an e-mail-only body is not empty.
      if (emailSent) errors = errors.filter((e) => e.field !== '(body)');
      else errors = errors.map((e) => (e.field === '(body)' ? { field: '(body)', message: 'must send at least one of firstName, lastName, phoneNumber' } : e));
      errors = [...relax(errors, candidate, 'update'), ...extra];
      const changes = stringFields({ ...candidate, ...(emailSent ? { email: body.email } : {}) }, keys);
      const validChanges = stringFields(changes, keys.filter((key) => !errors.some((e) => e.field === key)));
      return { errors, changes, validChanges };
    },
  };
}
