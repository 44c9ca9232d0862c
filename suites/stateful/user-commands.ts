import fc from 'fast-check';
import { assignedCountryCodes } from '../../src/spec/load-spec.js';
import { validCreateBody } from '../../src/generate/valid-bodies.js';
import { validPatch, type PatchBody } from '../../src/generate/valid-bodies.js';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { isPlainObject, objectBody } from '../../src/run/object-body.js';
import { unlikelyId, updatedUserRequired, userFields, userRequired } from '../support/users.js';
import { fieldDifferences } from '../support/differences.js';
import { compareTimestamps } from '../support/time.js';

/** A user this check created, as the model expects the target to show it. */
export interface ModelUser {
  userId: string;
  /** The writable fields, as last sent. */
  fields: Record<string, unknown>;
  /** createdAt as the 201 gave it. */
  createdAt: unknown;
}

/** The model: the users this sequence created, in creation order. */
export interface UserModel {
  users: ModelUser[];
}

/** The real system: the target behind ctx, and the commands run so far (for the finding). */
export interface RealSystem {
  ctx: CheckContext;
  ran: string[];
  /** The list's total as the check's last list saw it (shared by its sequences): where the next list's window starts. */
  listed: { total?: number };
}

/** The target and the model disagree: the message and the request that showed it. */
export class ModelViolation extends Error {
  override name = 'ModelViolation';
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}

/** Users a sequence creates at most: enough to mix up, few enough to stay cheap. */
const maxUsers = 4;
/** Users the end-of-list window holds: wide enough that users other checks create meanwhile do not push ours out. */
const listWindow = 500;
/** Users the list may grow by after the total last seen for a window placed by it to still reach the end. */
const listGrowth = 100;
/** Fields a listed user must carry. */
const listItemRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt']);

/** A list answer's metadata.total, when it is a count. */
function totalOf(exchange: Exchange): number | undefined {
  const total = (objectBody(exchange)?.metadata as { total?: unknown } | undefined)?.total;
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}

function expectedOf(user: ModelUser): Record<string, unknown> {
  return { ...user.fields, userId: user.userId };
}

type CreateFields = { firstName: string; lastName: string; dateOfBirth: string; country: string; phoneNumber?: string };

export class CreateUser implements fc.AsyncCommand<UserModel, RealSystem> {
  constructor(readonly fields: CreateFields) {}
  check(m: Readonly<UserModel>): boolean {
    return m.users.length < maxUsers;
  }
  async run(m: UserModel, r: RealSystem): Promise<void> {
    r.ran.push(this.toString());
    // The e-mail is drawn when the command runs: a replayed sequence never collides with its earlier run.
    const sent: Record<string, unknown> = { email: r.ctx.email(), ...this.fields };
    const exchange = await r.ctx.send('createUser', { body: sent });
    const body = objectBody(exchange);
    if (exchange.status !== 201 || typeof body?.userId !== 'string') {
      throw new ModelViolation(`POST /v1/users ${JSON.stringify(sent)} (a valid body) answered ${describeResponse(exchange)}; expected 201 with a userId`, exchange);
    }
    const echo = fieldDifferences(sent, body, Object.keys(sent), (f) => listItemRequired.has(f));
    if (echo.length > 0) throw new ModelViolation(`POST /v1/users answered 201 with fields other than sent: ${echo.join('; ')}`, exchange);
    m.users.push({ userId: body.userId, fields: sent, createdAt: body.createdAt });
  }
  toString(): string {
    return `CreateUser(${JSON.stringify(this.fields)})`;
  }
}

export class ReadUser implements fc.AsyncCommand<UserModel, RealSystem> {
  constructor(readonly pick: number) {}
  check(m: Readonly<UserModel>): boolean {
    return m.users.length > 0;
  }
  async run(m: UserModel, r: RealSystem): Promise<void> {
    const user = m.users[this.pick % m.users.length];
    r.ran.push(`ReadUser(${user.userId})`);
    const exchange = await r.ctx.send('getUser', { pathParams: { userId: user.userId } });
    const body = objectBody(exchange);
    if (exchange.status !== 200 || !body) throw new ModelViolation(`GET /v1/users/${user.userId} answered ${describeResponse(exchange)}; expected 200`, exchange);
    const differences = fieldDifferences(expectedOf(user), body, userFields, (f) => userRequired.has(f));
    if (differences.length > 0) throw new ModelViolation(`GET /v1/users/${user.userId} does not show what the model holds: ${differences.join('; ')}`, exchange);
  }
  toString(): string {
    return `ReadUser(#${this.pick})`;
  }
}

export class UpdateUser implements fc.AsyncCommand<UserModel, RealSystem> {
  constructor(
    readonly pick: number,
    readonly patch: PatchBody,
  ) {}
  check(m: Readonly<UserModel>): boolean {
    return m.users.length > 0;
  }
  async run(m: UserModel, r: RealSystem): Promise<void> {
    const user = m.users[this.pick % m.users.length];
    r.ran.push(`UpdateUser(${user.userId}, ${JSON.stringify(this.patch)})`);
    const exchange = await r.ctx.send('updateUser', { pathParams: { userId: user.userId }, body: this.patch });
    const body = objectBody(exchange);
    if (exchange.status !== 200 || !body) {
      throw new ModelViolation(`PATCH /v1/users/${user.userId} ${JSON.stringify(this.patch)} (a valid patch) answered ${describeResponse(exchange)}; expected 200`, exchange);
    }
    user.fields = { ...user.fields, ...this.patch };
    const differences = fieldDifferences(expectedOf(user), body, userFields, (f) => updatedUserRequired.has(f));
    if (differences.length > 0) throw new ModelViolation(`PATCH /v1/users/${user.userId} answered 200 with values the model does not hold: ${differences.join('; ')}`, exchange);
  }
  toString(): string {
    return `UpdateUser(#${this.pick}, ${JSON.stringify(this.patch)})`;
  }
}

export class ReadUnknown implements fc.AsyncCommand<UserModel, RealSystem> {
  constructor(readonly userId: string) {}
  check(): boolean {
    return true;
  }
  async run(_m: UserModel, r: RealSystem): Promise<void> {
    r.ran.push(this.toString());
    const exchange = await r.ctx.send('getUser', { pathParams: { userId: this.userId } });
    if (exchange.status !== 404) throw new ModelViolation(`GET /v1/users/${this.userId} (an id no user has) answered ${describeResponse(exchange)}; expected 404`, exchange);
  }
  toString(): string {
    return `ReadUnknown(${this.userId})`;
  }
}

interface Window {
  /** Our users found in the window, by id, and the listed user. */
  found: Map<string, Record<string, unknown>>;
  /** Our users the window should hold but does not. */
  missing: ModelUser[];
  exchange: Exchange;
}

export class ListNewest implements fc.AsyncCommand<UserModel, RealSystem> {
  check(): boolean {
    return true;
  }
  async run(m: UserModel, r: RealSystem): Promise<void> {
    r.ran.push(this.toString());
    let window = await this.readWindow(m, r);
    // Others write meanwhile (a user inserted out of order can push ours past the window): look once more before calling one missing.
    if (window.missing.length > 0) window = await this.readWindow(m, r);
    for (const user of m.users) {
      const listed = window.found.get(user.userId);
      if (!listed) continue;
      const differences = fieldDifferences(expectedOf(user), listed, userFields, (f) => listItemRequired.has(f));
      if (differences.length > 0) throw new ModelViolation(`GET /v1/users lists ${user.userId} with values the model does not hold: ${differences.join('; ')}`, window.exchange);
    }
    if (window.missing.length > 0) {
      throw new ModelViolation(`GET /v1/users does not list ${window.missing.map((u) => u.userId).join(', ')}, created before the list was read and inside the window at its end`, window.exchange);
    }
  }

  /**
   * The last `listWindow` users of the list, and which of ours it holds or should hold. One request
   * when the total the check last saw places a window that still reaches the end (a chain of
   * requests is a round trip each); else the total is read first.
   */
  private async readWindow(m: UserModel, r: RealSystem): Promise<Window> {
    const known = r.listed.total;
    if (known !== undefined) {
      const window = await this.readWindowAt(m, r, Math.max(0, known + listGrowth - listWindow));
      if (window.reachesEnd) return window;
    }
    const head = await r.ctx.send('listUsers', { query: { limit: '1' } });
    const total = totalOf(head);
    if (head.status !== 200 || total === undefined) {
      throw new ModelViolation(`GET /v1/users?limit=1 answered ${describeResponse(head)}; expected 200 with metadata.total`, head);
    }
    r.listed.total = total;
    return this.readWindowAt(m, r, Math.max(0, total - listWindow));
  }

  /** The window at `offset`, and whether it holds the end of the list its own answer counts (so ours, created before it was read). */
  private async readWindowAt(m: UserModel, r: RealSystem, offset: number): Promise<Window & { reachesEnd: boolean }> {
    const exchange = await r.ctx.send('listUsers', { query: { limit: String(listWindow), offset: String(offset) } });
    const users = objectBody(exchange)?.users;
    if (exchange.status !== 200 || !Array.isArray(users)) {
      throw new ModelViolation(`GET /v1/users?limit=${listWindow}&offset=${offset} answered ${describeResponse(exchange)}; expected 200 with users`, exchange);
    }
    const total = totalOf(exchange);
    if (total !== undefined) r.listed.total = total;
    const listed = users.filter(isPlainObject);
    const found = new Map(listed.filter((u) => m.users.some((o) => o.userId === u.userId)).map((u) => [u.userId as string, u]));
    // Ours was created before the total was read, so it is among the first `total`; the window holds it when the window
    // starts at the top of the list, or its first user was created strictly before ours.
    const first = listed[0];
    const missing = m.users.filter(
      (u) => !found.has(u.userId) && listed.length > 0 && (offset === 0 || (compareTimestamps(first.createdAt, u.createdAt) ?? 0) < 0),
    );
    return { found, missing, exchange, reachesEnd: total !== undefined && total <= offset + listWindow && (offset < total || offset === 0) };
  }

  toString(): string {
    return 'ListNewest()';
  }
}

export type UserCommand = CreateUser | ReadUser | UpdateUser | ReadUnknown | ListNewest;

/** The command arbitraries: valid data from the accept sets only. */
export function userCommands(ctx: CheckContext): Array<fc.Arbitrary<UserCommand>> {
  // The generated e-mail is dropped: CreateUser draws a fresh one each time it runs.
  const createFields: fc.Arbitrary<CreateFields> = validCreateBody('example.com', { countries: assignedCountryCodes(ctx.spec) }).map(({ email: _email, ...fields }) => fields);
  return [
    createFields.map((fields) => new CreateUser(fields)),
    fc.nat().map((pick) => new ReadUser(pick)),
    fc.tuple(fc.nat(), validPatch()).map(([pick, patch]) => new UpdateUser(pick, patch)),
    unlikelyId(ctx.runId).map((id) => new ReadUnknown(id)),
    fc.constant(new ListNewest()),
  ];
}
