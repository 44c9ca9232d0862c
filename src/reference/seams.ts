import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { isJsonMediaType } from '../http/media-type.js';
import { mediaTypeOf } from '../http/media-type.js';
import type { BodyChecks, CreateCheck, UpdateCheck } from './create-body-checks.js';
import type { Column, UserStore } from './create-user-store.js';
import { parseListQuery, type ListQuery, type ListQueryResult } from './parse-list-query.js';
import { readBody, type BodyResult } from './read-body.js';
import { renderUser } from './render-user.js';
import { sendProblem, type ProblemExtras } from './send.js';
import type { UserRecord, UserStatus, WritableFields } from './user-record.js';

/** An answer, as data: a JSON body, or a problem document. */
export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: OutgoingHttpHeaders; contentType?: string }
  | { kind: 'problem'; status: number; detail: string; extras?: ProblemExtras };
export type JsonReply = Extract<Reply, { kind: 'json' }>;
export type ProblemReply = Extract<Reply, { kind: 'problem' }>;

export type ParsedJson = { ok: true; value: unknown } | { ok: false };

/**
 * The named points where the request handler's rules can be swapped: each
 * default is the contract's rule (see `correctSeams`), and only a fault of the
 * reference server (src/reference/faults/) replaces one. The handler reads
 * top to bottom without knowing which, if any, is replaced.
 */
export interface Seams {
  /** The users the handler reads and writes. */
  store: UserStore;
  /** A stored user as the API shows it. */
  render(user: UserRecord): Record<string, unknown>;
  /** Answers with an error document. */
  sendProblem(res: ServerResponse, status: number, detail: string, extras?: ProblemExtras): void;
  /** Whether a request body's Content-Type is JSON. */
  acceptsContentType(contentType: string | undefined): boolean;
  /** The request body parsed as JSON. */
  parseJson(text: string): ParsedJson;
  /** The status of a body that is not JSON, or not a JSON object. */
  badBodyStatus: number;
  /** The largest request body read, in bytes; a larger one is refused. */
  bodyLimit: number;
  /** Reads a request body of at most `limit` bytes, sent with a `Content-Length` or chunked. */
  readBody(req: IncomingMessage, limit: number): Promise<BodyResult>;
  /** The answer to a body over `bodyLimit`. */
  tooLargeReply: ProblemReply;
  /** A `/v1/users/{id}` path segment percent-decoded; undefined when an escape is malformed. */
  decodeId(segment: string): string | undefined;
  /** The answer to an id off the userId pattern, given its path segment as sent. */
  malformedIdReply(segment: string): Reply;
  /** The field rules of a create body. */
  checkCreate(body: Record<string, unknown>): CreateCheck;
  /** The field rules of an update body for `user`. */
  checkUpdate(body: Record<string, unknown>, user: UserRecord | undefined): UpdateCheck;
  /** The status a new user gets. */
  initialStatus(body: Record<string, unknown>): UserStatus;
  /** Stores a new user in `store`; resolves with the user the 201 shows. */
  insertUser(store: UserStore, fields: WritableFields, status: UserStatus): Promise<UserRecord>;
  /** The answer to a successful create. */
  createReply(reply: JsonReply): Reply;
  /** The answer to a GET of `id`, found as `user` or not at all. */
  readReply(reply: Reply, id: string, user: UserRecord | undefined): Reply;
  /** The answer to a PATCH of an id no user has. */
  updateUnknownReply(id: string, body: Record<string, unknown>): Reply;
  /** `user` after a successful update with `changes` at `now`. */
  nextUser(user: UserRecord, changes: WritableFields, now: number): UserRecord;
  /** Stores an updated user in `store` (`user` as it was read). */
  saveUser(store: UserStore, next: UserRecord, user: UserRecord): Promise<void>;
  /** The answer to a successful update that stored `next`. */
  updateReply(reply: JsonReply, next: UserRecord): Reply;
  /** A list request's query parameters. */
  listQuery(params: URLSearchParams): ListQueryResult;
  /** The users a page shows, from the users the list filters to (`column`, read when the request came in: its length is the total). */
  listPage(column: Column, query: ListQuery): Promise<UserRecord[]>;
  /** The answer to a list request for `query`. */
  listReply(reply: JsonReply, query: ListQuery): Reply;
}

export interface SeamSources {
  store: UserStore;
  checks: BodyChecks;
  /** The clock, in epoch ms. */
  now: () => number;
}

/** The largest body read: 1 MiB, as the contract allows. */
export const maxBodyBytes = 1024 * 1024;

/** A JSON answer. */
export const jsonReply = (status: number, body: unknown, headers?: OutgoingHttpHeaders): JsonReply => ({ kind: 'json', status, body, ...(headers ? { headers } : {}) });
/** The answer to an id no user has. */
export const notFoundReply: Reply = { kind: 'problem', status: 404, detail: 'no user has this id' };
/** The answer to a create past the user cap. */
export const capReply = (maxUsers: number): Reply => ({ kind: 'problem', status: 403, detail: `this server holds at most ${maxUsers} users`, extras: { title: 'user cap reached' } });

/** The contract's rule at every seam. */
export function correctSeams({ store, checks, now }: SeamSources): Seams {
  return {
    store,
    render: renderUser,
    sendProblem,
    acceptsContentType: (contentType) => isJsonMediaType(mediaTypeOf(contentType)),
    parseJson(text) {
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false };
      }
    },
    badBodyStatus: 400,
    bodyLimit: maxBodyBytes,
    readBody,
    tooLargeReply: { kind: 'problem', status: 413, detail: `the body must be at most ${maxBodyBytes} bytes` },
    decodeId(segment) {
      try {
        return decodeURIComponent(segment);
      } catch {
        return undefined; // a malformed escape: not an id
      }
    },
    malformedIdReply: () => notFoundReply,
    checkCreate: (body) => checks.create(body),
    checkUpdate: (body) => checks.update(body),
    initialStatus: () => 'pending_verification',
    insertUser: async (users, fields, status) => users.create(fields, status, now()),
    createReply: (reply) => reply,
    readReply: (reply) => reply,
    updateUnknownReply: () => notFoundReply,
    // Strictly later than before, even when the clock has not moved.
    nextUser: (user, changes, at) => ({ ...user, ...changes, updatedAt: Math.max(at, user.updatedAt + 1) }),
    saveUser: async (users, next) => users.save(next),
    updateReply: (reply) => reply,
    listQuery: parseListQuery,
    // Async so a fault can put an await between the count and the page; this body runs at once, so the two agree.
    async listPage(column, { limit, offset }) {
      const users: UserRecord[] = [];
      for (let i = offset; i < Math.min(offset + limit, column.length); i += 1) users.push(column.at(i));
      return users;
    },
    listReply: (reply) => reply,
  };
}
