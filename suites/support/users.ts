/**
 * A user as the checks know it: its statuses, which fields it keeps and
 * which a client writes, ids no user has, and reading or updating one for a
 * check's set-up.
 */

import fc from 'fast-check';
import type { Exchange } from '../../src/http/exchange.js';
import { HttpFailure } from '../../src/http/http-failure.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { tryPage } from './page.js';

/**
 * The four statuses of a user. A constant because observing rules get no
 * spec; users.test.ts holds it equal to the spec's UserStatus enum.
 * `pending` (which a target MAY take as a filter) is grey and never sent.
 */
export const userStatuses = ['pending_verification', 'active', 'suspended', 'closed'] as const;

export function isUserStatus(value: unknown): boolean {
  return typeof value === 'string' && (userStatuses as readonly string[]).includes(value);
}

/** The fields a user keeps through any PATCH, and the writable ones. */
export const fixedFields = ['userId', 'email', 'dateOfBirth', 'country'] as const;
export const writableFields = ['firstName', 'lastName', 'phoneNumber'] as const;
export const userFields = [...fixedFields, ...writableFields] as const;

/** Fields the 200 of a PATCH must carry (the rest may be left out). */
export const updatedUserRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'updatedAt']);
/** Fields the 200 of a GET must carry. */
export const userRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt', 'verificationStatus']);

/** Ids on the userId pattern that no user is likely to have; `usr_0` and the 64-character limit first. */
export const unknownIdBoundaries: readonly string[] = ['usr_0', `usr_${'Z'.repeat(64)}`, `usr_${'aZ9'.repeat(21)}q`];

/** A well-formed id: `usr_` and 1 to 64 letters or digits. */
export const wellFormedId: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9]{1,64}$/).map((s) => `usr_${s}`);

/**
 * A well-formed id that cannot be anyone's but a test's: long, carrying the
 * run id. For requests that would change the user if it existed (PATCH).
 */
export function unlikelyId(runId: string): fc.Arbitrary<string> {
  const head = `usr_ZZconform${runId.replace(/[^A-Za-z0-9]/g, '')}`;
  return fc.stringMatching(/^[A-Za-z0-9]{16,40}$/).map((s) => `${head}${s}`.slice(0, 68));
}

/** Upper case to lower and lower to upper, character by character. */
export function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

/** Ids next to listed users' ids: one is no one's (or, by chance, another user's). */
export interface IdVariant {
  original: string;
  variant: string;
  /** How the variant was made, for messages: "user X's id …". */
  how: string;
}

/**
 * Variants of the ids of the users on the first page (up to 100): the first
 * id with a character appended (a lookup by prefix, or a number parsed up to
 * the first character it cannot read, finds the user anyway), and the first
 * id with letters, their case swapped (ids are case-sensitive). Only GETs;
 * none when the list gives no page (the list checks judge that).
 */
export async function idVariants(ctx: CheckContext): Promise<IdVariant[]> {
  const { page } = await tryPage(ctx, { limit: 100 });
  const ids = (page?.users ?? []).map((user) => user.userId).filter((id): id is string => typeof id === 'string' && /^usr_[A-Za-z0-9]{1,63}$/.test(id));
  const withLetters = ids.find((id) => /[A-Za-z]/.test(id.slice(4)));
  return [
    ...(withLetters ? [{ original: withLetters, variant: `usr_${swapCase(withLetters.slice(4))}`, how: 'with the case of its letters swapped' }] : []),
    ...(ids.length > 0 ? [{ original: ids[0], variant: `${ids[0]}0`, how: 'with a 0 appended' }] : []),
  ];
}

/** The public docs' PATCH example, from the spec. */
export function docsPatch(ctx: CheckContext): Record<string, unknown> {
  return { ...((ctx.spec.operation('updateUser').requestBody?.examples?.docs?.value ?? {}) as Record<string, unknown>) };
}

/** Sends a PATCH a check needs for its set-up; ends the check as errored when the target does not apply it. */
export async function applyPatch(ctx: CheckContext, userId: string, body: unknown): Promise<{ user: Record<string, unknown>; exchange: Exchange }> {
  const exchange = await ctx.send('updateUser', { pathParams: { userId }, body });
  const user = objectBody(exchange);
  if (exchange.status !== 200 || !user) {
    throw new HttpFailure(`could not update a user to test with: PATCH /v1/users/${userId} ${JSON.stringify(body)} answered ${describeResponse(exchange)}`, exchange);
  }
  return { user, exchange };
}

/** Reads of a user, in all, before a field it showed and now leaves out counts as gone. */
const tries = 3;

/**
 * Reads a user to compare with `earlier` (an earlier read of it). A GET need
 * not carry dateOfBirth, country, phoneNumber or updatedAt, and a target may
 * show them on some reads only: a field among `fields` that `earlier` showed,
 * this read leaves out and a GET need not carry is looked for in up to two
 * more reads, and taken from the first that shows it. A field no read shows
 * any more stays absent: it is gone.
 */
export async function readUserShowing(
  ctx: CheckContext,
  userId: string,
  earlier: Record<string, unknown>,
  fields: readonly string[],
): Promise<{ user: Record<string, unknown>; exchange: Exchange }> {
  const first = await ctx.readUser(userId);
  const user = { ...first.user };
  let exchange = first.exchange;
  const hidden = (): string[] => fields.filter((f) => !userRequired.has(f) && earlier[f] !== undefined && user[f] === undefined);
  for (let read = 1; read < tries && hidden().length > 0; read++) {
    const again = await ctx.readUser(userId);
    exchange = again.exchange;
    for (const field of hidden()) if (again.user[field] !== undefined) user[field] = again.user[field];
  }
  return { user, exchange };
}
