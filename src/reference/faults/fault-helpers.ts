import { sleep } from '../../http/timers.js';
import { stringFields } from '../create-body-checks.js';
import type { Column, UserStore } from '../create-user-store.js';
import type { JsonReply, Reply } from '../seams.js';
import type { FieldError } from '../to-field-errors.js';
import { userIdOf } from '../user-ids.js';
import type { UserRecord } from '../user-record.js';
import type { SeamOverrides } from './fault-definition.js';

/** Thrown by a fault that simulates a crash: the server answers 500. */
export class HandlerCrash extends Error {
  override name = 'HandlerCrash';
}

/**
 * A body with its keys matched to `names` ignoring case, as Go's encoding/json (and .NET's or
 * Jackson's case-insensitive options) bind them: `FirstName` becomes `firstName`, and of two keys
 * that match one name the later wins. Keys that match none are kept as sent.
 */
export function foldFieldNames(body: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) out[names.find((name) => name.toLowerCase() === key.toLowerCase()) ?? key] = value;
  return out;
}

/**
 * JSON text with each escape in a string that JSON does not have (`\x41`, `\a`) read as the
 * character after the backslash, as Ruby's json 2.6 reads it; valid escapes are left alone.
 */
export function lenientEscapes(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString && c === '\\') {
      const next = text[i + 1] ?? '';
      out += '"\\/bfnrtu'.includes(next) ? c + next : next;
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    out += c;
  }
  return out;
}

/** A body parser that, where the correct one refuses a text, tries it again rewritten by `rewrite`: a lenient parser's extra reach. */
export function parsesRewritten(rewrite: (text: string) => string): SeamOverrides {
  return {
    parseJson: (next) => (text) => {
      const parsed = next(text);
      return parsed.ok ? parsed : next(rewrite(text));
    },
  };
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

/**
 * JSON text with the bare `NaN`, `Infinity` and `-Infinity` tokens that
 * Python's `json` module takes turned into JSON numbers (`0`, `1e999`,
 * `-1e999`); strings are left alone.
 */
export function nonFiniteAsNumbers(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (text.startsWith('NaN', i)) {
      out += '0';
      i += 2;
      continue;
    } else if (text.startsWith('Infinity', i)) {
      out += '1e999';
      i += 7;
      continue;
    }
    out += c;
  }
  return out;
}

/** How long a fault that races holds a request between its read and its write. */
const raceWindowMs = 20;

/** `write` after an await, as a read then a write with nothing held in between: concurrent requests interleave there. */
export function afterAwait<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    await sleep(raceWindowMs);
    return write(...args);
  };
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

/** A store whose writes may pick a user's id (see renamingStore). */
export interface RenamingStore extends UserStore {
  /** The id the next create shows. */
  nextId(): string;
  /** Shows `user`, just created, under `id`, taking the id over from any user that had it. */
  rename(user: UserRecord, id: string): UserRecord;
}

/**
 * A store where a write can pick a user's id, as with `SELECT max(id) + 1`
 * then `INSERT`, or an upsert: a renamed user's record shows the id picked, its
 * `get` and `save` reach it under that id, and the id it was stored under is
 * left free. Ids of later creates count on from the last one shown, skipping
 * ids in use, so the store's numbering stays as if the renamed users had never
 * taken a number.
 */
export function renamingStore(inner: UserStore): RenamingStore {
  const storedIdOf = new Map<string, string>();
  const renamedStoredIds = new Set<string>();
  let skipped = 0;
  const show = (user: UserRecord, storedId: string, id: string): UserRecord => {
    storedIdOf.set(id, storedId);
    renamedStoredIds.add(storedId);
    user.userId = id;
    return user;
  };
  const store: RenamingStore = Object.assign(
    storeWith(inner, {
      get: (id) => (storedIdOf.has(id) ? inner.get(storedIdOf.get(id)!) : renamedStoredIds.has(id) ? undefined : inner.get(id)),
      save: (next) => inner.save({ ...next, userId: storedIdOf.get(next.userId) ?? next.userId }),
      create(fields, status, now) {
        const id = store.nextId();
        const user = inner.create(fields, status, now);
        return user.userId === id ? user : show(user, user.userId, id);
      },
    }),
    {
      nextId(): string {
        while (store.get(userIdOf(inner.size - skipped)) !== undefined) skipped -= 1;
        return userIdOf(inner.size - skipped);
      },
      rename(user: UserRecord, id: string): UserRecord {
        const storedId = storedIdOf.get(user.userId) ?? user.userId;
        if (storedIdOf.get(user.userId) === storedId) storedIdOf.delete(user.userId);
        skipped += 1;
        return show(user, storedId, id);
      },
    },
  );
  return store;
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
