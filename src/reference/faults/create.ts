import { createKeys } from '../create-body-checks.js';
import type { FieldError } from '../to-field-errors.js';
import { userIdOf } from '../user-ids.js';
import { userStatuses, type UserStatus } from '../user-record.js';
import { asciiDigits } from './ascii-digits.js';
import type { FaultDefinition } from './fault-definition.js';
import { afterAwait, foldFieldNames, HandlerCrash, lenientEscapes, nonFiniteAsNumbers, parsesRewritten, relaxation, renamingStore, type RenamingStore, storeWith, withError, without } from './fault-helpers.js';

/** Faults of the create area (by the id of the requirement each proves first). */
export const createFaults = [
  {
    name: 'create-returns-200',
    rule: 'POST /v1/users success is 201.',
    description: 'A successful create answers 200 instead of 201.',
    proves: ['CREATE-SUCCESS', 'DOCS-EXAMPLE-FLOW'],
    hook: () => ({ createReply: (next) => (reply) => next({ ...reply, status: 200 }) }),
  },
  {
    name: 'trim-names',
    rule: 'firstName and lastName are stored and returned exactly as sent (no trimming).',
    description: 'firstName and lastName are trimmed before they are stored and echoed.',
    proves: ['CREATE-ECHO'],
    hook: () => ({
      insertUser: (next) => (store, fields, status) => next(store, { ...fields, firstName: fields.firstName?.trim(), lastName: fields.lastName?.trim() }, status),
    }),
  },
  {
    name: 'lowercase-email',
    rule: 'On create, the echoed fields MUST equal what was sent.',
    description: 'The e-mail is lower-cased before it is stored and echoed.',
    proves: ['CREATE-ECHO'],
    hook: () => ({ insertUser: (next) => (store, fields, status) => next(store, { ...fields, email: fields.email?.toLowerCase() }, status) }),
  },
  {
    name: 'create-status-active',
    rule: "A new user's status MUST be pending_verification.",
    description: 'New users are created with status active.',
    proves: ['CREATE-STATUS-PENDING'],
    hook: () => ({ initialStatus: () => () => 'active' }),
  },
  {
    name: 'client-status-honoured',
    rule: 'A client can never set its own status: a sent status is 422, and a new user is pending_verification.',
    description: 'A status sent on create is accepted and stored.',
    proves: ['CREATE-STATUS-NOT-SETTABLE'],
    hook: (env) => {
      const statusRules = env.validators.schema('UserStatus');
      const sentStatus = (body: Record<string, unknown>): UserStatus | undefined =>
        Object.hasOwn(body, 'status') && statusRules(body.status).length === 0 ? (body.status as UserStatus) : undefined;
      return {
        checkCreate: (next) => (body) => {
          if (!Object.hasOwn(body, 'status')) return next(body);
          const check = next(without(body, 'status'));
          if (sentStatus(body) !== undefined) return check;
          return { ...check, errors: [...check.errors, { field: 'status', message: 'must be one of pending_verification, active, suspended, closed' }] };
        },
        initialStatus: (next) => (body) => sentStatus(body) ?? next(body),
      };
    },
  },
  {
    name: 'no-location-header',
    rule: 'A 201 SHOULD carry a Location header pointing at /v1/users/{userId}.',
    description: 'The 201 of a create carries no Location header.',
    proves: ['CREATE-LOCATION'],
    hook: () => ({ createReply: (next) => (reply) => next({ ...reply, headers: {} }) }),
  },
  {
    name: 'reject-non-latin-names',
    rule: 'Letters of any script MUST be accepted in firstName and lastName.',
    description: "Names with characters outside [A-Za-z' -] are rejected with 422.",
    proves: ['CREATE-ACCEPTS-VALID'],
    hook: () => {
      const latinOnly = <C extends { errors: FieldError[] }>(check: C, body: Record<string, unknown>): C => {
        let errors = check.errors;
        for (const field of ['firstName', 'lastName']) {
          const value = body[field];
          if (typeof value === 'string' && !/^[A-Za-z' -]+$/.test(value)) errors = withError(errors, { field, message: 'must contain only A-Z, a-z, apostrophes, hyphens and spaces' });
        }
        return { ...check, errors };
      };
      return {
        checkCreate: (next) => (body) => latinOnly(next(body), body),
        checkUpdate: (next) => (body, user) => latinOnly(next(body, user), body),
      };
    },
  },
  {
    name: 'truncate-names-50',
    rule: 'Names of up to 100 code points are stored and returned exactly as sent; a later GET shows the same values.',
    description: 'Stored names are cut to 50 code units (the 201 echo still shows the full input; GET and the list show the cut value).',
    proves: ['CREATE-READ-BACK', 'STATEFUL-MODEL'],
    hook: () => ({
      insertUser: (next) => async (store, fields, status) => {
        const user = await next(store, { ...fields, firstName: fields.firstName?.slice(0, 50), lastName: fields.lastName?.slice(0, 50) }, status);
        // The echo shows what was sent.
        return { ...user, firstName: fields.firstName, lastName: fields.lastName };
      },
    }),
  },
  {
    name: 'duplicate-email-allowed',
    rule: 'E-mail already used by another user: 409, and no user is created.',
    description: 'No uniqueness check on e-mail: a duplicate is created (201).',
    proves: ['CREATE-DUPLICATE-EMAIL'],
    hook: () => ({ store: (inner) => storeWith(inner, { emailTaken: () => false }) }),
  },
  {
    name: 'duplicate-email-race',
    rule: 'E-mail unique across users: 409 for an e-mail already used, also when two creates with it arrive at once.',
    description: 'The uniqueness check and the insert are apart (an await between them, as with a database read then write): concurrent creates with one e-mail all succeed.',
    proves: ['CREATE-DUPLICATE-EMAIL-CONCURRENT'],
    hook: () => ({
      // The e-mail is checked, then the user written after an await, with nothing holding the e-mail in between.
      insertUser: afterAwait,
    }),
  },
  {
    name: 'user-id-collision',
    rule: 'userId is assigned by the server and never changes; a new user MUST then be readable with GET.',
    description: 'A create reads the next free id before an await and inserts after it (as with SELECT max(id) + 1, then INSERT): concurrent creates get one id, and the later user takes it over.',
    proves: ['CREATE-CONCURRENT-DISTINCT'],
    hook: () => {
      let store: RenamingStore;
      return {
        store: (inner) => (store = renamingStore(inner)),
        // The next free id is read before an await; the user is inserted under it after.
        insertUser: (next) => async (users, fields, status) => {
          const id = store.nextId();
          const user = await afterAwait(next)(users, fields, status);
          return user.userId === id ? user : store.rename(user, id);
        },
      };
    },
  },
  {
    name: 'duplicate-invalid-500',
    rule: 'A duplicate e-mail in an otherwise invalid body: 409 or 422 (the suite accepts either); never a 5xx.',
    description: 'An invalid body whose e-mail is already used reaches the insert, and the unique-index error escapes as a 500.',
    proves: ['CREATE-DUPLICATE-INVALID-BODY'],
    hook: (env) => ({
      // The insert runs before the rejection is sent, and the unique index's error escapes.
      checkCreate: (next) => (body) => {
        const check = next(body);
        if (check.errors.length > 0 && typeof body.email === 'string' && env.seams.store.emailTaken(body.email)) throw new HandlerCrash('duplicate key value violates unique constraint');
        return check;
      },
    }),
  },
  {
    name: 'email-unique-case-sensitive',
    rule: 'E-mail is unique across users, compared case-insensitively.',
    description: 'E-mail uniqueness is compared case-sensitively, so USER@example.com is created next to user@example.com.',
    proves: ['CREATE-DUPLICATE-EMAIL-CASE'],
    hook: () => {
      const created = new Set<string>();
      return {
        store: (inner) => storeWith(inner, {
          emailTaken(email) {
            // A seeded user's e-mail is seed-N@example.com, and that user is number N - 1.
            const seeded = /^seed-([1-9][0-9]*)@example\.com$/.exec(email);
            return created.has(email) || (seeded !== null && inner.get(userIdOf(Number(seeded[1]) - 1))?.email === email);
          },
        }),
        insertUser: (next) => async (store, fields, status) => {
          const user = await next(store, fields, status);
          if (user.email !== undefined) created.add(user.email);
          return user;
        },
      };
    },
  },
  {
    name: 'email-tag-normalized',
    rule: 'email is unique compared case-insensitively: only an e-mail already used by another user gets 409.',
    description: 'E-mails are compared without +tags and without the dots of the local part, so a+x@example.com is taken once a@example.com exists.',
    proves: ['CREATE-DISTINCT-EMAILS'],
    hook: () => {
      const canonicalEmails = new Set<string>();
      // E-mails compared as one mail provider delivers them (no +tag, no dots in the local part).
      const canonical = (email: string): string => email.toLowerCase().replace(/\+[^@]*@/, '@').replace(/\.(?=[^@]*@)/g, '');
      return {
        store: (inner) => storeWith(inner, {
          emailTaken(email, except) {
            if (inner.emailTaken(email, except) || canonicalEmails.has(canonical(email))) return true;
            canonicalEmails.add(canonical(email));
            return false;
          },
        }),
      };
    },
  },
  {
    name: 'names-nfc-normalized',
    rule: 'firstName and lastName are stored and returned exactly as sent.',
    description: 'Names are stored in Unicode NFC: a decomposed Zoe + U+0308 comes back as Zoë.',
    proves: ['CREATE-NAMES-NOT-NORMALIZED'],
    hook: () => ({
      insertUser: (next) => (store, fields, status) =>
        next(store, { ...fields, firstName: fields.firstName?.normalize('NFC'), lastName: fields.lastName?.normalize('NFC') }, status),
    }),
  },
  {
    name: 'dob-optional',
    rule: 'dateOfBirth is required on create; a required field missing is 422.',
    description: 'dateOfBirth is not required on create.',
    proves: ['CREATE-MISSING-FIELD'],
    hook: () => ({
      checkCreate: (next) => (body) => {
        const check = next(body);
        return Object.hasOwn(body, 'dateOfBirth') ? check : { ...check, errors: check.errors.filter((e) => e.field !== 'dateOfBirth') };
      },
    }),
  },
  {
    name: 'phone-null-accepted',
    rule: 'phoneNumber is a string; null is a wrong type (422).',
    description: 'phoneNumber: null is accepted (treated as absent) on create and update.',
    proves: ['CREATE-WRONG-TYPE'],
    hook: () => {
      const absentIfNull = (body: Record<string, unknown>): Record<string, unknown> => (body.phoneNumber === null ? without(body, 'phoneNumber') : body);
      return {
        checkCreate: (next) => (body) => next(absentIfNull(body)),
        checkUpdate: (next) => (body, user) => next(absentIfNull(body), user),
      };
    },
  },
  {
    name: 'email-loose-check',
    rule: 'email MUST reject no @ or more than one, an empty part, white space.',
    description: "E-mail is only checked for containing '@' (so 'a b@x.com' and 'a@@b.com' pass); the 254 cap stays.",
    proves: ['CREATE-EMAIL-INVALID'],
    hook: relaxation(['email'], (v) => v.includes('@') && v.length <= 254, 'create'),
  },
  {
    name: 'blank-names-accepted',
    rule: 'firstName and lastName are not blank (not only white space).',
    description: 'Names of only white space are accepted.',
    proves: ['CREATE-NAME-INVALID'],
    hook: relaxation(['firstName', 'lastName'], (v) => v.length > 0 && [...v].length <= 100, 'both'),
  },
  {
    name: 'date-not-calendar-checked',
    rule: 'dateOfBirth is a real calendar date from 1900-01-01 up to today (UTC).',
    description: 'dateOfBirth is checked by /^\\d{4}-\\d{2}-\\d{2}$/ only (2021-02-30, 1899-12-31 and future dates pass).',
    proves: ['CREATE-DATE-OF-BIRTH-INVALID'],
    hook: relaxation(['dateOfBirth'], (v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'create'),
  },
  {
    name: 'country-case-insensitive',
    rule: "country is upper case, ^[A-Z]{2}$; MUST reject 'us'.",
    description: 'Lower-case country codes are accepted (and upper-cased).',
    proves: ['CREATE-COUNTRY-INVALID'],
    hook: () => ({
      checkCreate: (next) => (body) =>
        next(typeof body.country === 'string' && /^[A-Za-z]{2}$/.test(body.country) ? { ...body, country: body.country.toUpperCase() } : body),
    }),
  },
  {
    name: 'phone-16-digits-accepted',
    rule: 'phoneNumber is E.164, ^\\+[1-9][0-9]{1,14}$ (2 to 15 digits).',
    description: 'The phone pattern allows up to 16 digits.',
    proves: ['CREATE-PHONE-INVALID'],
    hook: relaxation(['phoneNumber'], (v) => /^\+[1-9][0-9]{1,15}$/.test(v), 'both'),
  },
  {
    name: 'phone-unicode-digits',
    rule: 'phoneNumber is E.164, ^\\+[1-9][0-9]{1,14}$ ([0-9]: ASCII digits).',
    description: "The phone check takes a digit of any script as a digit (a Unicode-aware \\d): '+١٢٣٤٥٦٧' and '+１２３４５６７' pass.",
    proves: ['CREATE-PHONE-INVALID'],
    hook: relaxation(['phoneNumber'], (v) => /^\+[1-9][0-9]{1,14}$/.test(asciiDigits(v)), 'both'),
  },
  {
    name: 'date-unicode-digits',
    rule: 'dateOfBirth is YYYY-MM-DD in ASCII digits.',
    description: "dateOfBirth digits of any script are read as their values (a Unicode-aware \\d, then int()): '١٩٩٠-٠١-٠١' passes as 1990-01-01.",
    proves: ['CREATE-DATE-OF-BIRTH-INVALID'],
    hook: () => ({
      // The date's digits read by value, whatever their script; the date is still stored as sent.
      checkCreate: (next) => (body) => {
        const dob = body.dateOfBirth;
        if (typeof dob !== 'string') return next(body);
        const check = next({ ...body, dateOfBirth: asciiDigits(dob) });
        return { ...check, fields: { ...check.fields, dateOfBirth: dob } };
      },
    }),
  },
  {
    name: 'email-upper-domain-rejected',
    rule: 'email MUST accept a domain of labels of letters (either case), digits and inner hyphens.',
    description: "On create, an e-mail with an upper-case letter in its domain ('ann@Mail.EXAMPLE.COM') is rejected with 422.",
    proves: ['CREATE-ACCEPTS-VALID'],
    hook: () => ({
      checkCreate: (next) => (body) => {
        const check = next(body);
        const email = body.email;
        if (typeof email !== 'string' || !/[A-Z]/.test(email.slice(email.lastIndexOf('@') + 1))) return check;
        return { ...check, errors: withError(check.errors, { field: 'email', message: 'must have a lower-case domain' }) };
      },
    }),
  },
  {
    name: 'unknown-fields-ignored',
    rule: 'On create, a field that is not writable (userId, status, createdAt, updatedAt, verificationStatus, unknown names) is 422.',
    description: 'Unknown and non-writable fields on create are silently dropped (201); a sent status is still ignored.',
    proves: ['CREATE-NOT-WRITABLE'],
    hook: () => ({
      // Unknown and non-writable fields (a sent status too) are dropped.
      checkCreate: (next) => (body) => next(Object.fromEntries(Object.entries(body).filter(([key]) => createKeys.includes(key)))),
    }),
  },
  {
    name: 'field-names-case-insensitive',
    rule: 'On create, unknown names are 422: a name differing from a writable one only in case is unknown.',
    description: 'Body keys are bound to the writable fields ignoring case, as Go\'s encoding/json does: {"firstName":"John","FirstName":"Jane"} creates Jane (201).',
    proves: ['CREATE-NOT-WRITABLE'],
    hook: () => ({ checkCreate: (next) => (body) => next(foldFieldNames(body, createKeys)) }),
  },
  {
    name: 'persist-before-validate',
    rule: 'A body that breaks a field rule gets 422, and no user is created.',
    description: 'On create the e-mail is reserved before validation, so after a rejected (422) body a valid create with that e-mail gets 409.',
    proves: ['CREATE-REJECTED-NOT-STORED'],
    hook: () => {
      // The e-mail is "saved" before the body is checked: a rejected body uses it up, and so does a create that gets past the uniqueness check.
      const reserved = new Set<string>();
      return {
        checkCreate: (next) => (body) => {
          const check = next(body);
          if (check.errors.length > 0 && typeof body.email === 'string') reserved.add(body.email.toLowerCase());
          return check;
        },
        store: (inner) => storeWith(inner, {
          emailTaken(email, except) {
            const taken = inner.emailTaken(email, except) || reserved.has(email.toLowerCase());
            reserved.add(email.toLowerCase());
            return taken;
          },
        }),
      };
    },
  },
  {
    name: 'malformed-json-422',
    rule: 'A body that is not JSON, or JSON that is not an object: 400.',
    description: 'Bodies that are not JSON or not JSON objects get 422 instead of 400 (create and update).',
    proves: ['CREATE-NOT-JSON-OBJECT', 'UPDATE-NOT-JSON-OBJECT'],
    hook: () => ({ badBodyStatus: () => 422 }),
  },
  {
    name: 'ignore-content-type',
    rule: 'A request with a non-JSON content type, or none: 400 or 415.',
    description: 'The request content type is not checked: text/plain or none with a JSON body is processed normally.',
    proves: ['CREATE-CONTENT-TYPE'],
    hook: () => ({ acceptsContentType: () => () => true }),
  },
  {
    name: 'empty-body-as-object',
    rule: 'A body that is not JSON, or JSON that is not an object: 400.',
    description: 'An empty (or white-space-only) JSON body is read as {}, then answered 422 for missing fields (create and update).',
    proves: ['CREATE-NOT-JSON-OBJECT', 'UPDATE-NOT-JSON-OBJECT'],
    hook: () => ({ parseJson: (next) => (text) => (text.trim() === '' ? { ok: true, value: {} } : next(text)) }),
  },
  {
    name: 'json-non-finite-numbers',
    rule: 'A body that is not JSON, or JSON that is not an object: 400.',
    description: "The body parser takes NaN, Infinity and -Infinity as numbers (as Python's json does), so such a body gets 422 instead of 400 (create and update).",
    proves: ['CREATE-NOT-JSON-OBJECT', 'UPDATE-NOT-JSON-OBJECT'],
    hook: () => parsesRewritten(nonFiniteAsNumbers),
  },
  {
    name: 'json-lenient-escapes',
    rule: 'A body that is not JSON, or JSON that is not an object: 400.',
    description: "The body parser reads an escape JSON does not have (\\x41) as the character after the backslash, as Ruby's json 2.6 does, so such a body is taken (create and update).",
    proves: ['CREATE-NOT-JSON-OBJECT', 'UPDATE-NOT-JSON-OBJECT'],
    hook: () => parsesRewritten(lenientEscapes),
  },
  {
    name: 'body-limit-100kb',
    rule: 'Bodies over 1 MiB MAY be refused with 413 (smaller ones are processed).',
    description: 'The body limit is 100 KiB (a framework default): bodies between 100 KiB and 1 MiB get 413.',
    proves: ['CREATE-BODY-SIZE', 'TRANSPORT-ODD-BODIES'],
    hook: () => ({ bodyLimit: () => 100 * 1024 }),
  },
  {
    name: 'body-limit-inclusive',
    rule: 'Bodies over 1 MiB MAY be refused with 413 (a body of exactly 1 MiB is processed).',
    description: 'A body of exactly 1 MiB (1,048,576 bytes) gets 413: the limit is checked with >= instead of >.',
    proves: ['CREATE-BODY-SIZE'],
    hook: () => ({ bodyLimit: (limit) => limit - 1 }),
  },
  {
    name: 'chunked-limit-inclusive',
    rule: 'Bodies over 1 MiB MAY be refused with 413 (a body of exactly 1 MiB is processed, however it is framed).',
    description: 'A body sent chunked (no Content-Length) is counted as it streams in and refused with 413 once it reaches 1 MiB, not once it passes it; a body with a Content-Length is judged right.',
    proves: ['CREATE-BODY-SIZE'],
    hook: () => ({ readBody: (next) => (req, limit) => next(req, req.headers['content-length'] === undefined ? limit - 1 : limit) }),
  },
  {
    name: 'body-over-limit-400',
    rule: 'Bodies over 1 MiB MAY be refused with 413; any other answer is the one due to the body.',
    description: 'A body over 1 MiB is cut at the limit and then answered 400 "not valid JSON", even when it is a valid user.',
    proves: ['CREATE-BODY-SIZE'],
    hook: () => ({ tooLargeReply: () => ({ kind: 'problem', status: 400, detail: 'the body is not valid JSON' }) }),
  },
  {
    name: 'email-domain-lowercased',
    rule: 'On create, the echoed fields MUST equal what was sent (the e-mail in the case of both its parts).',
    description: "The domain of an e-mail is lower-cased before it is stored and echoed (DNS names are case-insensitive, the e-mail's echo is not); the local part keeps its case.",
    proves: ['CREATE-ECHO'],
    hook: () => ({
      insertUser: (next) => (store, fields, status) => {
        const email = fields.email;
        const at = email?.lastIndexOf('@') ?? -1;
        return next(store, email === undefined || at < 0 ? fields : { ...fields, email: email.slice(0, at) + email.slice(at).toLowerCase() }, status);
      },
    }),
  },
  {
    name: 'name-types-inferred',
    rule: 'firstName and lastName are strings, stored and returned exactly as sent.',
    description: "Names are read back through a store that infers types from text: 'true' and 'false' become booleans, 'null' null, and names that read as numbers ('0042', 'NaN', 'Infinity') numbers (NaN and Infinity then show as null).",
    proves: ['CREATE-ECHO', 'CREATE-READ-BACK', 'CREATE-NAMES-NOT-NORMALIZED'],
    hook: () => ({
      render: (next) => (user) => {
        const shown = next(user);
        for (const field of ['firstName', 'lastName']) shown[field] = inferredType(shown[field]);
        return shown;
      },
    }),
  },
  {
    name: 'duplicates-only-among-new',
    rule: 'email is unique across users, compared case-insensitively: e-mail already used by another user: 409.',
    description: 'The e-mail index is built at start-up without the imported users: an e-mail of a user that was there before the server started is taken again (201).',
    proves: ['CREATE-DUPLICATE-EXISTING'],
    hook: (env) => {
      const started = env.now();
      return {
        store: (inner) => storeWith(inner, {
          emailTaken(email, except) {
            if (!inner.emailTaken(email, except)) return false;
            // The owner is found by listing: the store indexes e-mails, not owners.
            const all = inner.column(userStatuses);
            for (let i = all.length - 1; i >= 0; i -= 1) {
              const user = all.at(i);
              if (user.createdAt < started) break;
              if (user.userId !== except?.userId && user.email?.toLowerCase() === email.toLowerCase()) return true;
            }
            return false;
          },
        }),
      };
    },
  },
  {
    name: 'email-index-first-page',
    rule: 'email is unique across users, compared case-insensitively: e-mail already used by another user: 409.',
    description: 'The e-mail index of the users there before start-up was warmed from their first page of 10: the e-mail of an older user past those is taken again (201).',
    proves: ['CREATE-DUPLICATE-EXISTING'],
    hook: (env) => {
      const started = env.now();
      const warmed = 10;
      return {
        store: (inner) => storeWith(inner, {
          emailTaken(email, except) {
            if (!inner.emailTaken(email, except)) return false;
            const all = inner.column(userStatuses);
            for (let i = 0; i < all.length; i += 1) {
              const user = all.at(i);
              if (user.userId === except?.userId || user.email?.toLowerCase() !== email.toLowerCase()) continue;
              return user.createdAt >= started || i < warmed;
            }
            return false;
          },
        }),
      };
    },
  },
  {
    name: 'first-id-collides',
    rule: 'userId is assigned by the server and never changes; a new user MUST then be readable with GET.',
    description: 'The id sequence was not moved past the imported users: the first create of the server is answered with the id of the first imported user, and a GET of that id shows the imported one.',
    proves: ['CREATE-EVERY-USER-READS-BACK'],
    hook: () => {
      let first = true;
      return {
        insertUser: (next) => async (store, fields, status) => {
          const user = await next(store, fields, status);
          if (!first) return user;
          first = false;
          return { ...user, userId: userIdOf(0) };
        },
      };
    },
  },
] as const satisfies readonly FaultDefinition[];
/** A text as a store that infers types shows it: a boolean, null or a number when it reads as one. */
function inferredType(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value === 'true' || value === 'false' || value === 'null') return JSON.parse(value);
  if (/^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?Infinity)$/.test(value)) return Number(value);
  return value;
}
