import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPlainObject } from '../util/values.js';
import type { Reply, Seams } from './seams.js';
import { capReply, jsonReply, notFoundReply } from './seams.js';
import { sendJson } from './send.js';
import type { ProblemExtras } from './send.js';
import { userStatuses } from './user-record.js';

export interface HandlerContext {
  /** The rules at the handler's named seams (see seams.ts). */
  seams: Seams;
  /** Past this many stored users, creating one is refused. */
  maxUsers: number;
  /** The clock, in epoch ms. */
  now: () => number;
}

const userIdPattern = /^usr_[A-Za-z0-9]{1,64}$/;

/**
 * The Users API over `ctx.seams.store`: routing and the HTTP rules of the
 * contract. Returns a promise that settles when the answer is sent; a
 * rejection is a bug.
 */
export function createRequestHandler(ctx: HandlerContext): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { seams } = ctx;
  const { store } = seams;
  const problem = (res: ServerResponse, status: number, detail: string, extras?: ProblemExtras): void => seams.sendProblem(res, status, detail, extras);
  const send = (res: ServerResponse, reply: Reply): void =>
    reply.kind === 'json' ? sendJson(res, reply.status, reply.body, reply.headers, reply.contentType) : problem(res, reply.status, reply.detail, reply.extras);
  const capReached = (res: ServerResponse): boolean => {
    if (store.size < ctx.maxUsers) return false;
    send(res, capReply(ctx.maxUsers));
    return true;
  };

  /** The request body as a JSON object, or undefined once an error answer is sent. */
  async function readJsonObject(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
    if (!seams.acceptsContentType(req.headers['content-type'])) {
      problem(res, 415, 'the body must be sent as application/json');
      return undefined;
    }
    const body = await seams.readBody(req, seams.bodyLimit);
    if (body.kind === 'aborted') {
      res.destroy();
      return undefined;
    }
    if (body.kind === 'too-large') {
      const { status, detail, extras } = seams.tooLargeReply;
      problem(res, status, detail, body.closeConnection ? { ...extras, headers: { connection: 'close' } } : extras);
      return undefined;
    }
    const parsed = seams.parseJson(body.text);
    if (!parsed.ok) {
      problem(res, seams.badBodyStatus, 'the body is not valid JSON');
      return undefined;
    }
    if (!isPlainObject(parsed.value)) {
      problem(res, seams.badBodyStatus, 'the body must be a JSON object');
      return undefined;
    }
    return parsed.value;
  }

  /** The id of a `/v1/users/{id}` path, or undefined once an error answer is sent. */
  function userIdFrom(segment: string, res: ServerResponse): string | undefined {
    const id = seams.decodeId(segment);
    if (id !== undefined && userIdPattern.test(id)) return id;
    send(res, seams.malformedIdReply(segment));
    return undefined;
  }

  async function list(res: ServerResponse, search: string): Promise<void> {
    const parsed = seams.listQuery(new URLSearchParams(search));
    if (!parsed.ok) return problem(res, 400, parsed.detail);
    const { limit, offset, status } = parsed.query;
    const column = store.column(status === undefined ? userStatuses : [status]);
    const users = (await seams.listPage(column, parsed.query)).map((user) => seams.render(user));
    send(res, seams.listReply(jsonReply(200, { users, metadata: { total: column.length, limit, offset } }), parsed.query));
  }

  async function create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req, res);
    if (!body) return;
    const { errors, fields } = seams.checkCreate(body);
    if (errors.length > 0) return problem(res, 422, 'the user breaks the field rules', { errors });
    if (fields.email !== undefined && store.emailTaken(fields.email)) return problem(res, 409, 'email already exists');
    if (capReached(res)) return;
    const user = await seams.insertUser(store, fields, seams.initialStatus(body));
    send(res, seams.createReply(jsonReply(201, seams.render(user), { location: `/v1/users/${user.userId}` })));
  }

  function read(res: ServerResponse, segment: string): void {
    const id = userIdFrom(segment, res);
    if (id === undefined) return;
    const user = store.get(id);
    send(res, seams.readReply(user ? jsonReply(200, seams.render(user)) : notFoundReply, id, user));
  }

  async function update(req: IncomingMessage, res: ServerResponse, segment: string): Promise<void> {
    const id = userIdFrom(segment, res);
    if (id === undefined) return;
    const body = await readJsonObject(req, res);
    if (!body) return;
    const user = store.get(id);
    if (!user) return send(res, seams.updateUnknownReply(id, body));
    const { errors, changes } = seams.checkUpdate(body, user);
    if (errors.length > 0) return problem(res, 422, 'the update breaks the field rules', { errors });
    if (changes.email !== undefined && store.emailTaken(changes.email, user)) return problem(res, 409, 'email already exists');
    const next = seams.nextUser(user, changes, ctx.now());
    await seams.saveUser(store, next, user);
    send(res, seams.updateReply(jsonReply(200, seams.render(next)), next));
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
