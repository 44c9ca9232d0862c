import { updateKeys } from '../create-body-checks.js';
import { capReply, jsonReply } from '../seams.js';
import { toFieldErrors } from '../to-field-errors.js';
import type { UserRecord } from '../user-record.js';
import type { FaultDefinition } from './fault-definition.js';
import { afterAwait, fieldErrorsReply, filterColumn, foldFieldNames, HandlerCrash, relaxation, renamingStore, type RenamingStore, storeWith, validChanges, without } from './fault-helpers.js';

const oneHour = 3_600_000;

/** Faults of the update area (by the id of the requirement each proves first). */
export const updateFaults = [
  {
    name: 'patch-echoes-old-values',
    rule: 'PATCH: 200 with a body showing the new values.',
    description: 'PATCH stores the change but answers with the user as it was before.',
    proves: ['UPDATE-SUCCESS'],
    hook: (env) => {
      // The user as it was, kept before the save (which changes a created user in place).
      const before = new WeakMap<UserRecord, UserRecord>();
      return {
        saveUser: (next) => (store, updated, user) => {
          before.set(updated, { ...user });
          return next(store, updated, user);
        },
        updateReply: (next) => (reply, updated) => {
          const old = before.get(updated);
          return next(old ? jsonReply(200, env.seams.render(old)) : reply, updated);
        },
      };
    },
  },
  {
    name: 'patch-clears-unsent',
    rule: 'PATCH: fields not sent keep their values.',
    description: 'PATCH replaces the writable fields: phoneNumber is removed when not sent.',
    proves: ['UPDATE-CHANGES-ONLY-SENT'],
    hook: () => ({
      nextUser: (next) => (user, changes, now) => {
        const updated = next(user, changes, now);
        if (changes.phoneNumber === undefined) delete updated.phoneNumber;
        return updated;
      },
    }),
  },
  {
    name: 'patch-not-persisted',
    rule: 'PATCH: a later GET shows the same values as the 200.',
    description: 'PATCH answers with the new values but does not store them.',
    proves: ['UPDATE-READ-BACK', 'STATEFUL-MODEL'],
    hook: () => ({ saveUser: () => async () => {} }),
  },
  {
    name: 'updated-user-unlisted',
    rule: 'A user MUST be listed by GET /v1/users; a later GET shows the same values (also after PATCHes).',
    description: 'After its second successful PATCH a user drops out of the list and of metadata.total (a re-index removes it and never puts it back); GET still reads it.',
    proves: ['UPDATE-LISTED'],
    hook: () => {
      // Successful PATCHes by user id: from its 2nd on, a re-index drops the user from the list.
      const patches = new Map<string, number>();
      return {
        saveUser: (next) => (store, updated, user) => {
          patches.set(user.userId, (patches.get(user.userId) ?? 0) + 1);
          return next(store, updated, user);
        },
        store: (inner) => storeWith(inner, {
          column: (statuses) => (patches.size === 0 ? inner.column(statuses) : filterColumn(inner.column(statuses), (u) => (patches.get(u.userId) ?? 0) < 2)),
        }),
      };
    },
  },
  {
    name: 'patch-lost-update',
    rule: 'PATCH: fields not sent keep their values, also when two PATCHes of one user arrive at once.',
    description: 'PATCH reads the whole user, awaits (a remote check), then writes the whole record back with nothing held: of two concurrent PATCHes of different fields, one change is lost.',
    proves: ['UPDATE-CONCURRENT-FIELDS'],
    hook: () => ({
      // The whole record is read, then written back after an await, with nothing held in between.
      saveUser: afterAwait,
    }),
  },
  {
    name: 'patch-rebases-on-original',
    rule: 'PATCH: fields not sent keep their values, including values an earlier PATCH set.',
    description: 'Each PATCH is applied to the user as it was before its first PATCH, so a second PATCH undoes the first one (the first PATCH of a user is right).',
    proves: ['UPDATE-CHANGES-ONLY-SENT'],
    hook: () => {
      // Each patched user as it was before its first PATCH.
      const originals = new Map<string, UserRecord>();
      return {
        nextUser: (next) => (user, changes, now) => {
          if (!originals.has(user.userId)) originals.set(user.userId, { ...user });
          return { ...next(originals.get(user.userId)!, changes, now), updatedAt: next(user, changes, now).updatedAt };
        },
      };
    },
  },
  {
    name: 'updated-at-timezone-shift',
    rule: 'updatedAt is never earlier than it was before the update, nor than createdAt.',
    description: 'updatedAt after PATCH is set one hour in the past (local time written as Z).',
    proves: ['UPDATE-UPDATED-AT-MONOTONIC', 'USER-TIMESTAMPS-ORDER'],
    hook: () => ({ nextUser: (next) => (user, changes, now) => ({ ...next(user, changes, now), updatedAt: now - oneHour }) }),
  },
  {
    name: 'updated-at-unchanged',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before.',
    description: 'PATCH does not change updatedAt.',
    proves: ['UPDATE-UPDATED-AT-LATER'],
    hook: () => ({ nextUser: (next) => (user, changes, now) => ({ ...next(user, changes, now), updatedAt: user.updatedAt }) }),
  },
  {
    name: 'updated-at-kept-without-change',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before (any successful update, also one that sends the values the user has).',
    description: 'A PATCH whose values equal the stored ones leaves updatedAt where it was.',
    proves: ['UPDATE-UPDATED-AT-LATER'],
    hook: () => ({
      // A PATCH that changes no value is treated as no update.
      nextUser: (next) => (user, changes, now) => {
        const updated = next(user, changes, now);
        const same = Object.entries(changes).every(([key, value]) => user[key as keyof UserRecord] === value);
        return same ? { ...updated, updatedAt: user.updatedAt } : updated;
      },
    }),
  },
  {
    name: 'updated-at-stops-after-3',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before, on every update.',
    description: "From a user's 4th PATCH on, updatedAt no longer moves.",
    proves: ['UPDATE-UPDATED-AT-LATER'],
    hook: () => {
      const updates = new Map<string, number>();
      return {
        nextUser: (next) => (user, changes, now) => {
          const count = (updates.get(user.userId) ?? 0) + 1;
          updates.set(user.userId, count);
          const updated = next(user, changes, now);
          return count > 3 ? { ...updated, updatedAt: user.updatedAt } : updated;
        },
      };
    },
  },
  {
    name: 'patch-activates-user',
    rule: 'PATCH: fields not sent keep their values (status among them).',
    description: 'A PATCH sets the user active.',
    proves: ['UPDATE-CHANGES-ONLY-SENT'],
    hook: () => ({
      // An edit counts as activity that activates the account.
      nextUser: (next) => (user, changes, now) => ({ ...next(user, changes, now), status: 'active' }),
    }),
  },
  {
    name: 'empty-patch-200',
    rule: 'PATCH: at least one writable field must be sent; an empty object is 422.',
    description: 'An empty PATCH ({}) answers 200 with the unchanged user.',
    proves: ['UPDATE-EMPTY-422'],
    hook: () => ({
      checkUpdate: (next) => (body, user) => (Object.keys(body).length === 0 ? { errors: [], changes: {} } : next(body, user)),
      nextUser: (next) => (user, changes, now) => (Object.keys(changes).length === 0 ? user : next(user, changes, now)),
    }),
  },
  {
    name: 'patch-field-names-case-insensitive',
    rule: 'PATCH: unknown names are 422 (user unchanged): a name differing from a writable one only in case is unknown.',
    description: 'PATCH binds body keys to the writable fields ignoring case, as Go\'s encoding/json does: {"FirstName":"Jane"} renames the user (200).',
    proves: ['UPDATE-NOT-WRITABLE'],
    hook: () => ({ checkUpdate: (next) => (body, user) => next(foldFieldNames(body, updateKeys), user) }),
  },
  {
    name: 'patch-email-allowed',
    rule: 'PATCH: email is not writable (422, user unchanged).',
    description: 'PATCH accepts email and changes it.',
    proves: ['UPDATE-NOT-WRITABLE'],
    hook: (env) => {
      const emailRules = env.validators.schema('Email');
      return {
        checkUpdate: (next) => (body, user) => {
          if (!Object.hasOwn(body, 'email')) return next(body, user);
          const email = body.email;
          // With the e-mail taken out, an e-mail-only body is not empty.
          const check = next(without(body, 'email'), user);
          const errors = [...check.errors.filter((e) => e.field !== '(body)'), ...toFieldErrors(emailRules(email)).map((e) => ({ field: 'email', message: e.message }))];
          return { errors, changes: typeof email === 'string' ? { ...check.changes, email } : check.changes };
        },
      };
    },
  },
  {
    name: 'patch-skips-validation',
    rule: 'PATCH: a value that breaks a field rule is 422, and the user is left unchanged.',
    description: 'PATCH stores firstName, lastName and phoneNumber without checking their values (only that they are strings).',
    proves: ['UPDATE-FIELD-RULES'],
    hook: relaxation(['firstName', 'lastName', 'phoneNumber'], () => true, 'update'),
  },
  {
    name: 'patch-partial-apply',
    rule: 'PATCH: on 422 the user is left unchanged.',
    description: 'PATCH applies the valid fields before an invalid one triggers 422.',
    proves: ['UPDATE-REJECTED-UNCHANGED'],
    hook: (env) => ({
      checkUpdate: (next) => (body, user) => {
        const check = next(body, user);
        const valid = validChanges(check.changes, updateKeys, check.errors);
        if (user && check.errors.length > 0 && Object.keys(valid).length > 0) env.seams.store.save({ ...user, ...valid });
        return check;
      },
    }),
  },
  {
    name: 'patch-unknown-creates',
    rule: 'PATCH of an unknown user: 404.',
    description: 'PATCH of an unknown well-formed id answers 200 and creates a user under that id (upsert).',
    proves: ['UPDATE-UNKNOWN-404'],
    hook: (env) => {
      let store: RenamingStore;
      return {
        store: (inner) => (store = renamingStore(inner)),
        // An upsert: the user is created under the id asked for.
        updateUnknownReply: () => (id, body) => {
          const { errors, changes } = env.seams.checkUpdate(body, undefined);
          if (errors.length > 0) return fieldErrorsReply('the update breaks the field rules', errors);
          if (store.size >= env.maxUsers) return capReply(env.maxUsers);
          return jsonReply(200, env.seams.render(store.rename(store.create(changes, 'pending_verification', env.now()), id)));
        },
      };
    },
  },
  {
    name: 'patch-unknown-invalid-500',
    rule: 'A bad body for an unknown id: 404 or 422 (the suite accepts either); never a 5xx.',
    description: 'PATCH of an unknown id with an invalid JSON body crashes (500): the rejected fields are described from a stored user that is not there.',
    proves: ['UPDATE-UNKNOWN-BAD-BODY'],
    hook: (env) => ({
      // The rejected fields are described from the stored user, which an unknown id does not have.
      updateUnknownReply: (next) => (id, body) => {
        if (env.seams.checkUpdate(body, undefined).errors.length > 0) throw new HandlerCrash('cannot read properties of undefined');
        return next(id, body);
      },
    }),
  },
  {
    name: 'updated-at-same-millisecond',
    rule: 'PATCH: updatedAt SHOULD be strictly later than before, also when the update lands in the same millisecond as the write before it.',
    description: 'updatedAt is the clock at the update, or the stored updatedAt when that is later: a PATCH in the same millisecond as the create (or the previous PATCH) leaves it where it was.',
    proves: ['UPDATE-UPDATED-AT-LATER'],
    hook: () => ({ nextUser: (next) => (user, changes, now) => ({ ...next(user, changes, now), updatedAt: Math.max(now, user.updatedAt) }) }),
  },
  {
    name: 'patch-updated-at-not-saved',
    rule: 'PATCH: a later GET shows the same values as the 200, updatedAt among them.',
    description: 'PATCH answers with the new updatedAt but stores only the changed fields: a later GET shows updatedAt as it was before.',
    proves: ['UPDATE-READ-BACK'],
    // The UPDATE statement lists the changed columns and forgets updated_at.
    hook: () => ({ saveUser: (next) => (store, updated, user) => next(store, { ...updated, updatedAt: user.updatedAt }, user) }),
  },
  {
    name: 'patch-resets-status',
    rule: 'A client can never set a status: a PATCH keeps the user\'s status.',
    description: 'PATCH writes the whole row back with the insert\'s default status: every updated user becomes pending_verification (fresh users are pending anyway).',
    proves: ['UPDATE-EXISTING-USERS'],
    hook: () => ({ nextUser: (next) => (user, changes, now) => ({ ...next(user, changes, now), status: 'pending_verification' }) }),
  },
  {
    name: 'patch-phoneless-crash',
    rule: 'PATCH success: 200; a target MUST NOT answer any request of the suite with a 5xx.',
    description: 'A PATCH without phoneNumber normalises the stored phone number: for a user who has none it crashes (500).',
    proves: ['UPDATE-EXISTING-USERS'],
    hook: () => ({
      nextUser: (next) => (user, changes, now) => {
        if (changes.phoneNumber === undefined && user.phoneNumber === undefined) throw new HandlerCrash("cannot read properties of null (reading 'replace')");
        return next(user, changes, now);
      },
    }),
  },
  {
    name: 'patch-imported-not-saved',
    rule: 'PATCH: a later GET shows the same values.',
    description: 'Users that were there before the server started (imported) are answered 200 to a PATCH, but the change is never saved: a later GET shows the old updatedAt.',
    proves: ['UPDATE-EXISTING-USERS'],
    hook: (env) => {
      const started = env.now();
      return { saveUser: (next) => async (store, updated, user) => (user.createdAt < started ? undefined : next(store, updated, user)) };
    },
  },
] as const satisfies readonly FaultDefinition[];
