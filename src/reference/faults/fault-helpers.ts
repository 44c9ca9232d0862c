import { stringFields } from '../create-body-checks.js';
import type { Column, UserStore } from '../create-user-store.js';
import type { JsonReply, Reply } from '../seams.js';
import type { FieldError } from '../to-field-errors.js';
import type { UserRecord } from '../user-record.js';
import type { SeamOverrides } from './fault-definition.js';

/** Thrown by a fault that simulates a crash: the server answers 500. */
export class HandlerCrash extends Error {
  override name = 'HandlerCrash';
}

/** How deep arrays and objects nest in JSON text (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

/** `inner` with some of its methods replaced (the rest, `size` included, read through to it). */
export function storeWith(inner: UserStore, overrides: Partial<Omit<UserStore, 'size'>>): UserStore {
  return Object.assign(Object.create(inner) as UserStore, overrides);
}

/** `column` without the users `keep` refuses. */
export function filterColumn(column: Column, keep: (user: UserRecord) => boolean): Column {
  const kept: UserRecord[] = [];
  for (let i = 0; i < column.length; i += 1) if (keep(column.at(i))) kept.push(column.at(i));
  return { length: kept.length, at: (i) => kept[i] };
}

/** `body` without `key` (a copy). */
export function without(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...body };
  delete copy[key];
  return copy;
}

/** `errors` plus `error` unless its field already has one. */
export function withError(errors: FieldError[], error: FieldError): FieldError[] {
  return errors.some((e) => e.field === error.field) ? errors : [...errors, error];
}

/**
 * A fault that accepts more than the spec: a value of these fields passing
 * `loose` loses its errors, on create, update or both. The spec's validator
 * stays untouched.
 */
export function relaxation(fields: readonly string[], loose: (value: string) => boolean, on: 'create' | 'update' | 'both'): () => SeamOverrides {
  const relax = <C extends { errors: FieldError[] }>(check: C, body: Record<string, unknown>): C => {
    let errors = check.errors;
    for (const field of fields) {
      const value = body[field];
      if (Object.hasOwn(body, field) && typeof value === 'string' && loose(value)) errors = errors.filter((e) => e.field !== field);
    }
    return { ...check, errors };
  };
  return () => ({
    ...(on !== 'update' ? { checkCreate: (next) => (body) => relax(next(body), body) } : {}),
    ...(on !== 'create' ? { checkUpdate: (next) => (body, user) => relax(next(body, user), body) } : {}),
  });
}

/** The writable fields of `changes` among `keys` without an error of their own. */
export function validChanges(changes: object, keys: readonly string[], errors: readonly FieldError[]): ReturnType<typeof stringFields> {
  return stringFields(changes, keys.filter((key) => !errors.some((e) => e.field === key)));
}

/**
 * A store where some users show another id than the one they are stored
 * under, as when a write picks the id itself: `rename` rewrites the stored
 * record's id, and from then on `get` and `save` of the shown id reach that
 * user (taking the id over from any user that had it) while its stored id
 * reaches no one.
 */
export function renamingStore(inner: UserStore): UserStore & { rename(user: UserRecord, id: string): UserRecord } {
  const storedIdOf = new Map<string, string>();
  const hidden = new Set<string>();
  const store = storeWith(inner, {
    get: (id) => (storedIdOf.has(id) ? inner.get(storedIdOf.get(id)!) : hidden.has(id) ? undefined : inner.get(id)),
    save: (next) => inner.save({ ...next, userId: storedIdOf.get(next.userId) ?? next.userId }),
  });
  return Object.assign(store, {
    rename(user: UserRecord, id: string): UserRecord {
      storedIdOf.set(id, user.userId);
      hidden.add(user.userId);
      user.userId = id;
      return user;
    },
  });
}

/** The 422 of a body that breaks the field rules. */
export const fieldErrorsReply = (detail: string, errors: FieldError[]): Reply => ({ kind: 'problem', status: 422, detail, extras: { errors } });

/** `params` with `key` set to `value` (or removed), a copy. */
export function withParam(params: URLSearchParams, key: string, value: string | undefined): URLSearchParams {
  const copy = new URLSearchParams(params);
  if (value === undefined) copy.delete(key);
  else copy.set(key, value);
  return copy;
}

/** A list answer with some of its metadata replaced. */
export function withMetadata(reply: JsonReply, change: (users: unknown[]) => Record<string, number>): JsonReply {
  const body = reply.body as { users: unknown[]; metadata: Record<string, number> };
  return { ...reply, body: { ...body, metadata: { ...body.metadata, ...change(body.users) } } };
}
