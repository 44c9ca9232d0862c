import type { Exchange } from '../http/exchange.js';
import { objectBody } from './object-body.js';

/** A user some check of the run created: what its 201 showed, and whether the run has since sent it a PATCH. */
export interface RunCreatedUser {
  userId: string;
  /** The 201 body. */
  body: Record<string, unknown>;
  exchange: Exchange;
  /** A PATCH of this id was sent (whatever its answer): its writable fields may have changed since. */
  patched: boolean;
}

/** The users a run creates, learnt from every exchange any check makes. */
export interface CreatedUsersLedger {
  /** Takes note of a 201 of createUser and of any PATCH of a user. */
  record(exchange: Exchange): void;
  /** The users created so far, in the order their 201s came. */
  users(): readonly RunCreatedUser[];
}

/** The id a `/…/users/{userId}` request named, decoded; undefined when the URL names none. */
export function userIdOfRequest(url: string): string | undefined {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0];
  const match = /\/users\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

export function createCreatedUsersLedger(): CreatedUsersLedger {
  const created = new Map<string, RunCreatedUser>();
  const patched = new Set<string>();
  return {
    record(exchange) {
      if (exchange.operationId === 'updateUser') {
        const userId = userIdOfRequest(exchange.request.url);
        if (userId === undefined) return;
        patched.add(userId);
        const user = created.get(userId);
        if (user) user.patched = true;
        return;
      }
      if (exchange.operationId !== 'createUser' || exchange.status !== 201) return;
      const body = objectBody(exchange);
      // The first 201 for an id is the one kept: a second would be the target's bug, which the read-back shows.
      if (typeof body?.userId !== 'string' || created.has(body.userId)) return;
      created.set(body.userId, { userId: body.userId, body, exchange, patched: patched.has(body.userId) });
    },
    users: () => [...created.values()],
  };
}
