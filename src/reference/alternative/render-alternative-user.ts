import type { AltUser } from './create-alternative-store.js';
import { formatTimestamp } from './format-timestamp.js';

/**
 * Which response a user is shown in. Each shows what the contract asks of it
 * and, beyond that, its own choice of the other documented fields:
 * - `create`: the six fields asked, the rest only for some users;
 * - `read`: the seven asked; dateOfBirth, country, phoneNumber and updatedAt left out of every third read of the user (`call`: its reads so far);
 * - `update`: the six asked, phoneNumber only when the update sent it;
 * - `list`: the six asked, country on some calls.
 */
export type View = { kind: 'create' } | { kind: 'read'; call: number } | { kind: 'update'; sent: readonly string[] } | { kind: 'list'; call: number };

/** A user as the alternative server shows it: keys in alphabetical order, extra fields, timestamps at the user's own offset and precision. */
export function renderAlternativeUser(user: AltUser, view: View): Record<string, unknown> {
  const createdAt = formatTimestamp(user.createdAt, user.digits, user.offset);
  const updatedAt = user.updatedAt === undefined ? undefined : formatTimestamp(user.updatedAt, 0, user.offset);
  const out: Record<string, unknown> = {
    userId: user.userId,
    // Stored as sent; some users' reads show it in lower case, a choice the contract leaves open (only the 201 echo must equal what was sent).
    email: user.lowerEmail && view.kind !== 'create' ? user.email.toLowerCase() : user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    status: user.status,
    kycLevel: user.kycLevel,
    links: { self: `/v1/users/${user.userId}` },
  };
  const optional = { dateOfBirth: user.dateOfBirth, country: user.country, phoneNumber: user.phoneNumber };
  switch (view.kind) {
    case 'create':
      out.createdAt = createdAt;
      if (user.full) Object.assign(out, optional, { verificationStatus: user.verificationStatus });
      break;
    case 'read':
      Object.assign(out, { createdAt, verificationStatus: user.verificationStatus });
      if (view.call % 3 !== 1) Object.assign(out, optional, { updatedAt });
      break;
    case 'update':
      out.updatedAt = updatedAt;
      if (view.sent.includes('phoneNumber')) out.phoneNumber = user.phoneNumber;
      break;
    case 'list':
      out.createdAt = createdAt;
      if (view.call % 2 === 1) out.country = user.country;
      break;
  }
  return Object.fromEntries(
    Object.entries(out)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
