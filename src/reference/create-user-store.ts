import { seededUser } from './seeded-user.js';
import { seqOfUserId } from './user-ids.js';
import { userIdOf } from './user-ids.js';
import { allPending, userStatuses, type UserRecord, type UserStatus, type WritableFields } from './user-record.js';

/** A read-only run of users in list order; a page is `at(offset) … at(offset + limit - 1)`. */
export interface Column {
  readonly length: number;
  at(index: number): UserRecord;
}

export interface UserStore {
  /** Every stored user, seeded ones included. */
  readonly size: number;
  get(userId: string): UserRecord | undefined;
  /** Whether a user other than `except` has this e-mail, compared case-insensitively. */
  emailTaken(email: string, except?: UserRecord): boolean;
  /** Stores a new user under the next id; it sorts last. */
  create(fields: WritableFields, status: UserStatus, now: number): UserRecord;
  /** Replaces the writable fields and updatedAt of the stored user with `next.userId`. */
  save(next: UserRecord): void;
  /** The users with one of these statuses, in list order. */
  column(statuses: readonly UserStatus[]): Column;
}

export interface UserStoreOptions {
  seedUsers: number;
  /** The country codes seeded users draw from. */
  countries: readonly string[];
}

const writableKeys = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'] as const;
const seededEmail = /^seed-([1-9][0-9]*)@example\.com$/;

/**
 * The in-memory users. Seeded users are virtual — user n is a pure function
 * of n until it is changed — so a million cost no time and no memory. Created
 * users live in arrays already in list order (createdAt, then userId): a new
 * user always sorts last, so a page is O(limit) and a total O(1).
 */
export function createUserStore({ seedUsers, countries }: UserStoreOptions): UserStore {
  const seeded = seedUsers;
  const changedSeeds = new Map<number, UserRecord>();
  const created: UserRecord[] = [];
  const createdByStatus = new Map<UserStatus, UserRecord[]>(userStatuses.map((s) => [s, []]));
  const byId = new Map<string, UserRecord>();
  const byEmail = new Map<string, UserRecord>();
  let nextSeq = seeded;
  const lastSeed = seeded > 0 ? seededUser(seeded - 1, seeded, countries) : undefined;
  let last: { createdAt: number; userId: string } = lastSeed ?? { createdAt: 0, userId: '' };

  const seed = (seq: number): UserRecord => changedSeeds.get(seq) ?? seededUser(seq, seeded, countries);
  const seedOf = (userId: string): number | undefined => {
    const seq = seqOfUserId(userId);
    return seq !== undefined && seq < seeded ? seq : undefined;
  };
  // The seeded user whose generated e-mail this is, if it still has it.
  const seededOwner = (email: string): UserRecord | undefined => {
    const match = seededEmail.exec(email.toLowerCase());
    if (!match) return undefined;
    const seq = Number(match[1]) - 1;
    if (seq >= seeded) return undefined;
    const user = seed(seq);
    return (user.email ?? '').toLowerCase() === email.toLowerCase() ? user : undefined;
  };
  const index = (user: UserRecord): void => {
    if (user.email === undefined) return;
    byEmail.set(user.email.toLowerCase(), user);
  };
  const unindex = (user: UserRecord): void => {
    if (user.email === undefined) return;
    if (byEmail.get(user.email.toLowerCase()) === user) byEmail.delete(user.email.toLowerCase());
  };
  const append = (userId: string, fields: WritableFields, status: UserStatus, now: number): UserRecord => {
    // Never before the last user, and one ms later when a smaller id would otherwise tie: the arrays stay sorted.
    let createdAt = Math.max(now, last.createdAt);
    if (createdAt === last.createdAt && userId < last.userId) createdAt += 1;
    const user: UserRecord = { userId, ...pick(fields), status, createdAt, updatedAt: createdAt, verificationStatus: allPending };
    created.push(user);
    createdByStatus.get(status)!.push(user);
    byId.set(userId, user);
    index(user);
    last = user;
    return user;
  };
  const seededColumn = (length: number, seqAt: (index: number) => number): Column => ({ length, at: (i) => seed(seqAt(i)) });
  const seededWithStatus = (s: number): number => (s < seeded ? Math.floor((seeded - 1 - s) / 4) + 1 : 0);

  return {
    get size() {
      return seeded + created.length;
    },
    get(userId) {
      const seq = seedOf(userId);
      return seq === undefined ? byId.get(userId) : seed(seq);
    },
    emailTaken(email, except) {
      const owner = byEmail.get(email.toLowerCase()) ?? seededOwner(email);
      // Compared by id: a seeded user is a fresh object on every read.
      return owner !== undefined && owner.userId !== except?.userId;
    },
    create(fields, status, now) {
      const userId = userIdOf(nextSeq);
      nextSeq += 1;
      return append(userId, fields, status, now);
    },
    save(next) {
      const seq = seedOf(next.userId);
      const stored = seq === undefined ? byId.get(next.userId) : seed(seq);
      if (!stored) throw new Error(`save: no user ${next.userId}`);
      unindex(stored);
      // A changed seeded user is stored as a copy; a created user is changed in place, as the arrays hold it.
      const target = seq === undefined ? stored : { ...stored };
      for (const key of writableKeys) {
        if (next[key] === undefined) delete target[key];
        else target[key] = next[key];
      }
      target.updatedAt = next.updatedAt;
      if (seq !== undefined) changedSeeds.set(seq, target);
      index(target);
    },
    column(statuses) {
      // Seeds take the statuses round-robin: with m of the four wanted, the k-th wanted seed is seq 4⌊k/m⌋ + (the (k mod m)-th wanted status).
      const wanted = userStatuses.map((_, s) => s).filter((s) => statuses.includes(userStatuses[s]));
      const seeds = seededColumn(
        wanted.reduce((sum, s) => sum + seededWithStatus(s), 0),
        (k) => 4 * Math.floor(k / wanted.length) + wanted[k % wanted.length],
      );
      if (wanted.length === userStatuses.length) return concat(seeds, created);
      if (wanted.length === 1) return concat(seeds, createdByStatus.get(userStatuses[wanted[0]])!);
      return concat(seeds, created.filter((u) => statuses.includes(u.status)));
    },
  };
}

function pick(fields: WritableFields): WritableFields {
  const out: WritableFields = {};
  for (const key of writableKeys) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

function concat(head: Column, tail: readonly UserRecord[]): Column {
  return {
    length: head.length + tail.length,
    at: (i) => (i < head.length ? head.at(i) : tail[i - head.length]),
  };
}
