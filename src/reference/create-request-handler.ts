import type { IncomingMessage, ServerResponse } from 'node:http';
import { isJsonMediaType, mediaTypeOf } from '../http/media-type.js';
import type { BodyChecks } from './create-body-checks.js';
import type { Column, UserStore } from './create-user-store.js';
import type { FaultName } from './faults.js';
import { parseListQuery } from './parse-list-query.js';
import { readBody } from './read-body.js';
import { renderUser } from './render-user.js';
import { sendJson } from './send-json.js';
import { sendProblem, type ProblemExtras } from './send-problem.js';
import type { UserRecord, UserStatus, WritableFields } from './user-record.js';

export interface HandlerContext {
  store: UserStore;
  checks: BodyChecks;
  faults: ReadonlySet<FaultName>;
  /** Past this many stored users, creating one is refused. */
  maxUsers: number;
  /** The clock, in epoch ms. */
  now: () => number;
}

/** The largest body read: 1 MiB, as the contract allows. */
export const maxBodyBytes = 1024 * 1024;

const userIdPattern = /^usr_[A-Za-z0-9]{1,64}$/;
const oneHour = 3_600_000;

/** A thrown request outcome that is not a bug (only a fault throws one). */
/** How deep arrays and objects nest in JSON text (strings skipped). */
function nestingDepth(text: string): number {
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

class HandlerCrash extends Error {
  override name = 'HandlerCrash';
}

/**
 * The Users API over `ctx.store`: routing, the HTTP rules of the contract,
 * and the switched-on faults. Returns a promise that settles when the answer
 * is sent; a rejection is a bug (or the one fault that simulates a crash).
 */
export function createRequestHandler(ctx: HandlerContext): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { store, checks, faults } = ctx;
  const on = (fault: FaultName): boolean => faults.has(fault);
  const problem = (res: ServerResponse, status: number, detail: string, extras?: ProblemExtras): void =>
    sendProblem(res, status, detail, faults, extras);
  const render = (user: UserRecord): Record<string, unknown> => renderUser(user, faults);
  // The fault patch-rebases-on-original: each patched user as it was before its first PATCH.
  const originals = new Map<string, UserRecord>();
  const originalOf = (user: UserRecord): UserRecord => originals.get(user.userId) ?? originals.set(user.userId, { ...user }).get(user.userId)!;
  /** Only the faults updated-user-unlisted and updated-at-stops-after-3 keep these: successful PATCHes so far, by user id. */
  const patchCounts = new Map<string, number>();
  const countsPatches = on('updated-user-unlisted') || on('updated-at-stops-after-3');
  // The fault updated-user-unlisted: from its 2nd PATCH on, a user is left out of the list.
  const unlisted = (column: Column): Column => {
    if (patchCounts.size === 0) return column;
    const kept: UserRecord[] = [];
    for (let i = 0; i < column.length; i += 1) if ((patchCounts.get(column.at(i).userId) ?? 0) < 2) kept.push(column.at(i));
    return { length: kept.length, at: (i) => kept[i] };
  };
  /** Only the fault email-tag-normalized keeps these: the e-mails created so far, canonicalized. */
  const canonicalEmails = new Set<string>();
  const emailTaken = (email: string, except?: UserRecord): boolean =>
    store.emailTaken(email, { caseSensitive: on('email-unique-case-sensitive'), except });
  const capReached = (res: ServerResponse): boolean => {
    if (store.size < ctx.maxUsers) return false;
    problem(res, 403, `this server holds at most ${ctx.maxUsers} users`, { title: 'user cap reached' });
    return true;
  };

  /** The request body as a JSON object, or undefined once an error answer is sent. */
  async function readJsonObject(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
    const contentType = req.headers['content-type'];
    const charsetRefused = on('request-charset-rejected') && contentType?.includes(';') === true;
    if (charsetRefused || (!on('ignore-content-type') && !isJsonMediaType(mediaTypeOf(contentType)))) {
      problem(res, 415, 'the body must be sent as application/json');
      return undefined;
    }
    const body = await readBody(req, maxBodyBytes);
    if (body.kind === 'aborted') {
      res.destroy();
      return undefined;
    }
    if (body.kind === 'too-large') {
      problem(res, 413, `the body must be at most ${maxBodyBytes} bytes`, body.closeConnection ? { headers: { connection: 'close' } } : {});
      return undefined;
    }
    // The fault: a recursive parser that overflows its stack on deep nesting.
    if (on('deep-json-500') && nestingDepth(body.text) > 1000) throw new HandlerCrash('Maximum call stack size exceeded');
    const badBody = on('malformed-json-422') ? 422 : 400;
    let value: unknown;
    try {
      value = JSON.parse(body.text);
    } catch {
      if (on('500-on-malformed-json')) throw new HandlerCrash('unexpected token in JSON body');
      problem(res, badBody, 'the body is not valid JSON');
      return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem(res, badBody, 'the body must be a JSON object');
      return undefined;
    }
    return value as Record<string, unknown>;
  }

  /** The id of a `/v1/users/{id}` path, or undefined once an error answer is sent. */
  function userIdFrom(segment: string, res: ServerResponse): string | undefined {
    let id: string | undefined;
    try {
      id = decodeURIComponent(segment);
    } catch {
      id = undefined; // a malformed escape: not an id
    }
    if (id !== undefined && userIdPattern.test(id)) return id;
    if (on('malformed-id-422')) problem(res, 422, 'userId must match ^usr_[A-Za-z0-9]{1,64}$', { errors: [{ field: 'userId', message: 'must match pattern "^usr_[A-Za-z0-9]{1,64}$"' }] });
    else problem(res, 404, 'no user has this id');
    return undefined;
  }

  function list(res: ServerResponse, search: string): void {
    const parsed = parseListQuery(new URLSearchParams(search), faults);
    if (!parsed.ok) return problem(res, 400, parsed.detail);
    const { limit, offset, status } = parsed.query;
    const filter = status !== undefined && !on('status-filter-ignored') ? status : on('closed-excluded-from-total') ? 'not-closed' : 'all';
    const column = on('updated-user-unlisted') ? unlisted(store.column(filter)) : store.column(filter);
    const total = column.length;
    const at = on('list-newest-first') ? (i: number) => column.at(total - 1 - i) : (i: number) => column.at(i);
    let start = on('offset-off-by-one') && offset > 0 ? offset + 1 : offset;
    if (on('offset-past-end-returns-last-page') && offset >= total) start = Math.max(0, total - limit);
    const end = Math.min(start + limit, on('list-omits-last') ? total - 1 : total);
    const users: Record<string, unknown>[] = [];
    if (on('filter-after-paging') && status !== undefined) {
      // The fault: the page is cut from all users, then filtered; total still counts the filtered ones.
      const all = store.column('all');
      for (let i = offset; i < Math.min(offset + limit, all.length); i += 1) {
        const user = render(all.at(i));
        if (user.status === status) users.push(user);
      }
    } else if (on('filter-offset-over-all') && status !== undefined) {
      // The fault: the offset skips users of any status, then the filter fills the page.
      const all = store.column('all');
      for (let i = offset; i < all.length && users.length < limit; i += 1) {
        const user = render(all.at(i));
        if (user.status === status) users.push(user);
      }
    } else {
      for (let i = start; i < end; i += 1) users.push(render(at(i)));
    }
    sendJson(res, 200, {
      users,
      metadata: { total: on('total-is-page-count') ? users.length : total, limit, offset: on('metadata-offset-always-0') ? 0 : offset },
    });
  }

  async function create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req, res);
    if (!body) return;
    // The fault: the e-mail is "saved" first, so even a rejected body uses it up.
    let takenBefore: boolean | undefined;
    if (on('persist-before-validate') && typeof body.email === 'string') {
      takenBefore = emailTaken(body.email);
      store.reserveEmail(body.email);
    }
    const { errors, fields, status } = checks.create(body);
    // The fault: the insert runs before the rejection is sent, and the unique index's error escapes as a 500.
    if (errors.length > 0 && on('duplicate-invalid-500') && typeof body.email === 'string' && emailTaken(body.email)) throw new HandlerCrash('duplicate key value violates unique constraint');
    if (errors.length > 0) return problem(res, 422, 'the user breaks the field rules', { errors });
    if (fields.email !== undefined && !on('duplicate-email-allowed') && (takenBefore ?? emailTaken(fields.email))) {
      return problem(res, 409, 'email already exists');
    }
    // The fault: e-mails compared as one mail provider delivers them (no +tag, no dots in the local part).
    const canonical = fields.email?.toLowerCase().replace(/\+[^@]*@/, '@').replace(/\.(?=[^@]*@)/g, '');
    if (on('email-tag-normalized') && canonical !== undefined) {
      if (canonicalEmails.has(canonical)) return problem(res, 409, 'email already exists');
      canonicalEmails.add(canonical);
    }
    // The fault: a read, then a write after an await, with nothing holding the e-mail in between.
    if (on('duplicate-email-race')) await new Promise((resolve) => setTimeout(resolve, 20));
    // The fault: the next free id is read before an await and the insert comes after, so concurrent creates take one id.
    const earlyId = on('user-id-collision') ? store.nextUserId() : undefined;
    if (earlyId !== undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    if (capReached(res)) return;
    const sent: WritableFields = { ...fields };
    if (on('trim-names')) {
      sent.firstName = sent.firstName?.trim();
      sent.lastName = sent.lastName?.trim();
    }
    if (on('lowercase-email')) sent.email = sent.email?.toLowerCase();
    if (on('names-nfc-normalized')) {
      sent.firstName = sent.firstName?.normalize('NFC');
      sent.lastName = sent.lastName?.normalize('NFC');
    }
    const stored: WritableFields = on('truncate-names-50')
      ? { ...sent, firstName: sent.firstName?.slice(0, 50), lastName: sent.lastName?.slice(0, 50) }
      : sent;
    const newStatus: UserStatus = on('create-status-active') ? 'active' : (status ?? 'pending_verification');
    const user = earlyId !== undefined ? store.createWithId(earlyId, stored, newStatus, ctx.now()) : store.create(stored, newStatus, ctx.now());
    // The echo shows what was sent, even when a fault stored something else.
    const echo = on('truncate-names-50') ? { ...user, firstName: sent.firstName, lastName: sent.lastName } : user;
    sendJson(res, on('create-returns-200') ? 200 : 201, render(echo), on('no-location-header') ? {} : { location: `/v1/users/${user.userId}` });
  }

  function read(res: ServerResponse, segment: string): void {
    const id = userIdFrom(segment, res);
    if (id === undefined) return;
    // The fault folds case; this server's ids are lower case, so that finds the user whatever case was asked.
    const user = store.get(on('user-id-case-insensitive') ? id.toLowerCase() : id);
    if (!user) {
      if (on('unknown-user-returns-empty-200')) return sendJson(res, 200, {});
      return problem(res, 404, 'no user has this id');
    }
    const shown = render(user);
    // The fault: closed users are treated as deleted by GET, though the list still shows them.
    if (on('get-closed-404') && user.status === 'closed') return problem(res, 404, 'no user has this id');
    if (on('get-omits-verification-status')) delete shown.verificationStatus;
    sendJson(res, 200, shown, {}, on('wrong-content-type') ? 'text/plain; charset=utf-8' : undefined);
  }

  async function update(req: IncomingMessage, res: ServerResponse, segment: string): Promise<void> {
    const id = userIdFrom(segment, res);
    if (id === undefined) return;
    const body = await readJsonObject(req, res);
    if (!body) return;
    const user = store.get(id);
    // The fault: the rejected fields are described from the stored user, which an unknown id does not have.
    if (!user && on('patch-unknown-invalid-500') && checks.update(body).errors.length > 0) throw new HandlerCrash('cannot read properties of undefined');
    if (!user && !on('patch-unknown-creates')) return problem(res, 404, 'no user has this id');
    if (user && on('empty-patch-200') && Object.keys(body).length === 0) return sendJson(res, 200, render(user));
    const { errors, changes, validChanges } = checks.update(body);
    if (errors.length > 0) {
      if (user && on('patch-partial-apply') && Object.keys(validChanges).length > 0) store.save({ ...user, ...validChanges });
      return problem(res, 422, 'the update breaks the field rules', { errors });
    }
    if (changes.email !== undefined && emailTaken(changes.email, user)) return problem(res, 409, 'email already exists');
    // The fault: the whole record is read, then written back after an await, with nothing held in between.
    const stale = on('patch-lost-update') && user ? { ...user } : undefined;
    if (stale) await new Promise((resolve) => setTimeout(resolve, 20));
    const now = ctx.now();
    if (!user) {
      if (capReached(res)) return;
      return sendJson(res, 200, render(store.createWithId(id, changes, 'pending_verification', now)));
    }
    // The fault patch-rebases-on-original: the changes go on top of the user as it was before its first PATCH.
    const next: UserRecord = { ...(stale ?? (on('patch-rebases-on-original') ? originalOf(user) : user)), ...changes };
    if (on('patch-clears-unsent') && changes.phoneNumber === undefined) delete next.phoneNumber;
    // Strictly later than before, even when the clock has not moved.
    // The fault updated-at-kept-without-change: a PATCH that changes no value is treated as no update.
    // The fault updated-at-stops-after-3: from a user's 4th update on, updatedAt no longer moves.
    const updates = (patchCounts.get(user.userId) ?? 0) + 1;
    if (countsPatches) patchCounts.set(user.userId, updates);
    const unchanged =
      on('updated-at-unchanged') ||
      (on('updated-at-stops-after-3') && updates > 3) ||
      (on('updated-at-kept-without-change') && Object.entries(changes).every(([k, v]) => user[k as keyof UserRecord] === v));
    // The fault: an edit counts as activity that activates the account.
    if (on('patch-activates-user')) next.status = 'active';
    next.updatedAt = unchanged ? user.updatedAt : on('updated-at-timezone-shift') ? now - oneHour : Math.max(now, user.updatedAt + 1);
    // Rendered before saving: the store changes a created user in place.
    const previous = render(user);
    if (!on('patch-not-persisted')) store.save(next);
    sendJson(res, 200, on('patch-echoes-old-values') ? previous : render(next));
  }

  return async (req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? '' : url.slice(q + 1);
    // HEAD is GET without a body; Node drops the body of a HEAD answer.
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (path === '/v1/users') {
      if (method === 'GET') return list(res, search);
      if (method === 'POST') return create(req, res);
      return problem(res, 405, `${req.method} is not allowed on /v1/users`, { headers: { allow: 'GET, HEAD, POST' } });
    }
    const match = /^\/v1\/users\/([^/]+)$/.exec(path);
    if (match) {
      if (method === 'GET') return read(res, match[1]);
      if (method === 'PATCH') return update(req, res, match[1]);
      return problem(res, 405, `${req.method} is not allowed on /v1/users/{userId}`, { headers: { allow: 'GET, HEAD, PATCH' } });
    }
    problem(res, 404, `no resource at ${path.length > 200 ? `${path.slice(0, 200)}…` : path}`);
  };
}
