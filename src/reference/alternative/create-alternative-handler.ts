import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaTypeOf } from '../../http/media-type.js';
import { sleep } from '../../http/timers.js';
import { isPlainObject } from '../../util/values.js';
import { readBody } from '../read-body.js';
import { alternativeBodyErrors, type BodyError } from './alternative-body-errors.js';
import type { UserStatus } from '../user-record.js';
import type { AltFields, AlternativeStore } from './create-alternative-store.js';
import { parseAlternativeListQuery } from './parse-alternative-list-query.js';
import { renderAlternativeUser } from './render-alternative-user.js';
import { sendAlternative } from './send-alternative.js';

export interface AlternativeHandlerContext {
  store: AlternativeStore;
  /** The assigned country codes. */
  countries: ReadonlySet<string>;
  /** Past this many stored users, creating one is refused (403). */
  maxUsers: number;
  /** The clock timestamps are taken from, in microseconds since the epoch (it need not be right: the suite must not compare it with its own). */
  nowMicros: () => number;
  /** Today in UTC, `YYYY-MM-DD`: the latest date of birth taken. */
  today: () => string;
}

/** A prefix the API is also served under, as when deployed behind a gateway: `/api/v1/users`. */
export const alternativeBasePath = '/api';

const maxBodyBytes = 1024 * 1024;
const userIdPattern = /^usr_[A-Za-z0-9]{1,64}$/;

/** The request body as JSON: a value, one that is not JSON (`bad`), or nothing when an answer is already sent. */
type JsonBody = { kind: 'json'; value: unknown } | { kind: 'bad'; detail: string } | { kind: 'sent' };

/**
 * A second, independent implementation of the Users API contract that takes,
 * wherever the contract leaves a choice, the other one from the reference
 * server: malformed ids and non-JSON content types get 400, a duplicate
 * e-mail is found before the field rules (409 first), PATCH checks the body
 * before the id (422 before 404, but 404 before 400), errors are plain JSON
 * objects (a 422 a problem document naming fields as JSON pointers), 413 is
 * an HTML page, the grey zone is refused, responses carry extra fields and
 * only the fields asked, every answer closes the connection, the API is
 * also served under `/api`, and a request target with a malformed %-escape
 * gets a plain-text 400 before routing (as Go's net/http answers it).
 */
export function createAlternativeHandler(ctx: AlternativeHandlerContext): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { store } = ctx;
  let calls = 0;
  const today = ctx.today;

  const error = (res: ServerResponse, status: number, code: string, message: string, headers = {}): void =>
    sendAlternative(res, status, { json: { error: message, code } }, headers);

  const invalid = (res: ServerResponse, path: string, errors: BodyError[]): void =>
    sendAlternative(
      res,
      422,
      {
        json: {
          type: 'https://docs.traderpal.example/problems/validation-failed',
          title: 'Your request parameters did not validate.',
          status: 422,
          detail: `${errors.length} field${errors.length === 1 ? '' : 's'} did not validate`,
          instance: path,
          errors: errors.map((e) => ({ field: `/${e.field}`, message: e.message, code: 'invalid' })),
        },
        // Media types are case-insensitive, parameter values may be quoted (RFC 9110).
        contentType: 'Application/Problem+JSON; charset="utf-8"',
      },
    );

  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<JsonBody> {
    // The body is read first: a body too large is 413 whatever its type.
    const body = await readBody(req, maxBodyBytes);
    if (body.kind === 'aborted') {
      res.destroy();
      return { kind: 'sent' };
    }
    if (body.kind === 'too-large') {
      sendAlternative(res, 413, { text: '<html><body><h1>413 Request Entity Too Large</h1></body></html>' });
      return { kind: 'sent' };
    }
    if (mediaTypeOf(req.headers['content-type']) !== 'application/json') {
      error(res, 400, 'UNSUPPORTED_CONTENT_TYPE', 'send the body as application/json');
      return { kind: 'sent' };
    }
    try {
      return { kind: 'json', value: JSON.parse(body.text) };
    } catch {
      return { kind: 'bad', detail: 'the body is not valid JSON' };
    }
  }

  function list(res: ServerResponse, search: string): void {
    const parsed = parseAlternativeListQuery(search);
    if (!parsed.ok) return error(res, 400, 'INVALID_QUERY', parsed.detail);
    const { limit, offset, status } = parsed.query;
    const { users, total } = store.page(status as UserStatus | undefined, offset, limit);
    const call = calls++;
    const self = (o: number): string => `/v1/users?limit=${limit}&offset=${o}${status ? `&status=${status}` : ''}`;
    sendAlternative(res, 200, {
      json: {
        links: { self: self(offset), ...(offset + users.length < total ? { next: self(offset + users.length) } : {}) },
        metadata: { count: users.length, hasMore: offset + users.length < total, limit, offset, total },
        users: users.map((user) => renderAlternativeUser(user, { kind: 'list', call })),
      },
      contentType: 'Application/JSON',
    });
  }

  async function create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req, res);
    if (body.kind === 'sent') return;
    if (body.kind === 'bad') return error(res, 400, 'MALFORMED_BODY', body.detail);
    if (!isPlainObject(body.value)) return error(res, 400, 'MALFORMED_BODY', 'the body must be a JSON object');
    const sent = body.value;
    // Both may apply: this server answers the duplicate first.
    if (typeof sent.email === 'string' && store.emailTaken(sent.email)) return error(res, 409, 'EMAIL_TAKEN', 'a user with this e-mail already exists');
    const errors = alternativeBodyErrors(sent, 'create', { countries: ctx.countries, today: today() });
    if (errors.length > 0) return invalid(res, '/v1/users', errors);
    if (store.size >= ctx.maxUsers) return error(res, 403, 'USER_CAP', `this server holds at most ${ctx.maxUsers} users`);
    const user = store.create(sent as unknown as AltFields, ctx.nowMicros());
    const location = `http://${req.headers.host ?? '127.0.0.1'}${basePathOf(req)}/v1/users/${user.userId}`;
    sendAlternative(res, 201, { json: renderAlternativeUser(user, { kind: 'create' }) }, { location });
  }

  function read(res: ServerResponse, id: string | undefined): void {
    if (id === undefined) return error(res, 400, 'INVALID_USER_ID', 'a user id is usr_ and 1 to 64 letters or digits');
    const user = store.get(id);
    if (!user) return error(res, 404, 'USER_NOT_FOUND', 'no user has this id');
    sendAlternative(res, 200, { json: renderAlternativeUser(user, { kind: 'read', call: user.reads++ }) });
  }

  async function update(req: IncomingMessage, res: ServerResponse, id: string | undefined): Promise<void> {
    if (id === undefined) return error(res, 400, 'INVALID_USER_ID', 'a user id is usr_ and 1 to 64 letters or digits');
    const body = await readJson(req, res);
    if (body.kind === 'sent') return;
    const user = store.get(id);
    // Both may apply: an unknown user is answered before a body that is not JSON, but after one that breaks the field rules.
    if (body.kind === 'bad' || !isPlainObject(body.value)) {
      if (!user) return error(res, 404, 'USER_NOT_FOUND', 'no user has this id');
      return error(res, 400, 'MALFORMED_BODY', body.kind === 'bad' ? body.detail : 'the body must be a JSON object');
    }
    const errors = alternativeBodyErrors(body.value, 'update', { countries: ctx.countries, today: today() });
    if (errors.length > 0) return invalid(res, `/v1/users/${id}`, errors);
    if (!user) return error(res, 404, 'USER_NOT_FOUND', 'no user has this id');
    const changes = body.value as Partial<AltFields>;
    store.update(user, changes, ctx.nowMicros());
    sendAlternative(res, 200, { json: renderAlternativeUser(user, { kind: 'update', sent: Object.keys(changes) }) });
  }

  /** The id in a path segment, or undefined when it is off the pattern. */
  function idOf(segment: string): string | undefined {
    try {
      const id = decodeURIComponent(segment);
      return userIdPattern.test(id) ? id : undefined;
    } catch {
      return undefined;
    }
  }

  const basePathOf = (req: IncomingMessage): string => (req.url?.startsWith(`${alternativeBasePath}/`) ? alternativeBasePath : '');

  return async (req, res) => {
    // A little latency, different per request, so answers come back in another order than asked.
    await sleep((calls++ * 7) % 4);
    const url = req.url ?? '/';
    // A target that is not a URI (a malformed %-escape) is refused before routing, as Go's net/http does: a plain-text 400.
    if (/%(?![0-9A-Fa-f]{2})/.test(url)) return sendAlternative(res, 400, { text: '400 Bad Request', contentType: 'text/plain; charset=utf-8' });
    const q = url.indexOf('?');
    const path = (q === -1 ? url : url.slice(0, q)).slice(basePathOf(req).length);
    const search = q === -1 ? '' : url.slice(q + 1);
    const method = req.method ?? 'GET';
    const match = /^\/v1\/users(?:\/([^/]+))?$/.exec(path);
    if (!match) return error(res, 404, 'NOT_FOUND', 'no such resource');
    const allow = match[1] === undefined ? 'GET, POST, OPTIONS' : 'GET, PATCH, OPTIONS';
    // HEAD is not taken (the reference server answers it as GET).
    if (method === 'OPTIONS') return sendAlternative(res, 204, {}, { allow });
    if (match[1] === undefined) {
      if (method === 'GET') return list(res, search);
      if (method === 'POST') return create(req, res);
    } else {
      if (method === 'GET') return read(res, idOf(match[1]));
      if (method === 'PATCH') return update(req, res, idOf(match[1]));
    }
    error(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here`, { allow });
  };
}
