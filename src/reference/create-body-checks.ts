import type { Validators } from '../validate/validators.js';
import { toFieldErrors, type FieldError } from './to-field-errors.js';
import type { WritableFields } from './user-record.js';

export interface CreateCheck {
  errors: FieldError[];
  /** The writable fields sent (meaningful when there are no errors). */
  fields: WritableFields;
}

export interface UpdateCheck {
  errors: FieldError[];
  /** Every writable field sent. */
  changes: WritableFields;
}

export interface BodyChecks {
  create(body: Record<string, unknown>): CreateCheck;
  update(body: Record<string, unknown>): UpdateCheck;
}

/** The fields a create writes, in the order a user shows them. */
export const createKeys: readonly string[] = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'];
/** The fields an update writes. */
export const updateKeys: readonly string[] = ['firstName', 'lastName', 'phoneNumber'];

/** The string-valued own fields of `source` among `keys`, in the order of `keys`. */
export function stringFields(source: object, keys: Iterable<string>): WritableFields {
  const from = source as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = from[key];
    if (Object.hasOwn(from, key) && typeof value === 'string') out[key] = value;
  }
  return out;
}

/**
 * The request-body rules of create and update: the spec's validators. Bodies
 * are already JSON objects; nothing here mutates them.
 */
export function createBodyChecks(validators: Validators): BodyChecks {
  const createRules = validators.requestBody('createUser');
  const updateRules = validators.requestBody('updateUser');

  return {
    create(body) {
      // A shallow copy with own keys only: spread defines `__proto__` as a plain key, never a prototype.
      const candidate: Record<string, unknown> = { ...body };
      return { errors: toFieldErrors(createRules(candidate)), fields: stringFields(candidate, createKeys) };
    },

    update(body) {
      const candidate: Record<string, unknown> = { ...body };
      const errors = toFieldErrors(updateRules(candidate)).map((e) =>
        e.field === '(body)' ? { field: '(body)', message: 'must send at least one of firstName, lastName, phoneNumber' } : e,
      );
      return { errors, changes: stringFields(candidate, updateKeys) };
    },
  };
}
