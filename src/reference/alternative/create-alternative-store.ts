import type { Offset } from './format-timestamp.js';
import { hash32 } from '../random.js';
import { mulberry32 } from '../random.js';
import { nextUserId } from './next-user-id.js';
import { userStatuses, type UserStatus } from '../user-record.js';

export interface AltFields {
  email: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  country: string;
  phoneNumber?: string;
}

/** A stored user of the alternative server. Timestamps are microseconds since the epoch. */
export interface AltUser extends AltFields {
  userId: string;
  status: UserStatus;
  createdAt: number;
  /** Set by the first update; until then the user shows no updatedAt. */
  updatedAt?: number;
  verificationStatus: Readonly<Record<string, string>>;
  /** Fraction digits createdAt is written with (more when its value needs them). */
  digits: 0 | 3 | 6;
  /** The offset this user's timestamps are written at. */
  offset: Offset;
  /** Whether the 201 of its create carries the fields the contract does not ask of it. */
  full: boolean;
  /** Whether reads after the 201 show the e-mail in lower case (the 201 echoes it as sent). */
  lowerEmail: boolean;
  kycLevel: number;
  /** GETs of this user so far (some leave optional fields out). */
  reads: number;
}

export interface AlternativeStore {
  readonly size: number;
  get(userId: string): AltUser | undefined;
  /** Whether a user has this e-mail, compared case-insensitively. */
  emailTaken(email: string): boolean;
  create(fields: AltFields, nowMicros: number): AltUser;
  /** Applies `changes` and moves updatedAt on; returns the changed user. */
  update(user: AltUser, changes: Partial<AltFields>, nowMicros: number): AltUser;
  /** Users in list order (createdAt, then userId in code-unit order), optionally of one status. */
  page(status: UserStatus | undefined, offset: number, limit: number): { users: AltUser[]; total: number };
}

const second = 1_000_000;
const offsets: Offset[] = [120, -300, 330, 'Z', 840, -720, 345, -570, 0];
const firstNames = ['Åsa', ' Leading', 'Trailing ', 'Ωmega', 'Юлия', 'Chloë', 'Ng', 'O’Neil', '李', 'Zoë-Jane', 'ʻAkau', 'Émile'];
const lastNames = ['van der Berg', 'Ñúñez', 'Żółć', 'Ng', 'Δημητρίου', 'Иванов', '山田', 'Smith-Jones', 'McDonald', "d'Artagnan"];

const floorTo = (digits: 0 | 3 | 6, micros: number): number => {
  const unit = digits === 0 ? second : digits === 3 ? 1000 : 1;
  return Math.floor(micros / unit) * unit;
};

function verificationOf(status: UserStatus, h: number): Readonly<Record<string, string>> {
  if (status === 'pending_verification') return { email: 'pending', identity: 'pending', address: 'pending', phone: 'pending' };
  if (status === 'active') return { email: 'verified', identity: 'verified', address: h & 1 ? 'verified' : 'pending' };
  return { email: 'verified', identity: h & 2 ? 'rejected' : 'verified', address: 'rejected' };
}

/**
 * The alternative server's users, all in memory: seeded users made up front
 * (modest counts only) in groups that share a whole-second createdAt, then
 * created users, always sorting after every user before them — a tie on
 * createdAt gets an id after the last one's, so pages stay stable while users
 * are added.
 */
export function createAlternativeStore({ seedUsers, countries }: { seedUsers: number; countries: readonly string[] }): AlternativeStore {
  // Seeded, so ids are random-looking yet the same for the same order of creates.
  const random = mulberry32(0x5eed ^ seedUsers);
  const ordered: AltUser[] = [];
  const byStatus = new Map<UserStatus, AltUser[]>(userStatuses.map((s) => [s, []]));
  const byId = new Map<string, AltUser>();
  const byEmail = new Map<string, AltUser>();
  const taken = (id: string): boolean => byId.has(id);
  let created = 0;

  const add = (user: AltUser): void => {
    ordered.push(user);
    byStatus.get(user.status)!.push(user);
    byId.set(user.userId, user);
    byEmail.set(user.email.toLowerCase(), user);
  };

  // Seeded users: groups of 1 to 4 share a createdAt (whole seconds, or a fraction for some groups), ids sorted within a group.
  const windowStart = Date.UTC(2021, 0, 1) * 1000;
  const step = Math.max(second, Math.floor((Date.UTC(2025, 0, 1) * 1000 - windowStart) / (seedUsers + 1) / second) * second);
  let group: AltUser[] = [];
  const flush = (): void => {
    group.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)).forEach(add);
    group = [];
  };
  let groupIndex = -1;
  for (let i = 0; i < seedUsers; i++) {
    const h = hash32(i ^ 0x5eed);
    if (i === 0 || h % 3 === 0 || group.length === 4) {
      flush();
      groupIndex++;
    }
    const fraction = [0, 0, 123_456, 500_000][groupIndex % 4];
    const status = h % 20 < 8 ? 'active' : h % 20 < 13 ? 'pending_verification' : h % 20 < 17 ? 'suspended' : 'closed';
    const userId = nextUserId(random, (id) => taken(id) || group.some((u) => u.userId === id))!;
    const user: AltUser = {
      userId,
      email: `Seed.User.${i + 1}@Example.ORG`,
      firstName: firstNames[(h >>> 4) % firstNames.length],
      lastName: lastNames[(h >>> 8) % lastNames.length],
      dateOfBirth: new Date(Date.UTC(1931, 0, 1) + ((h >>> 12) % 27_000) * 86_400_000).toISOString().slice(0, 10),
      country: countries[(h >>> 5) % countries.length],
      ...(h & 0x100 ? { phoneNumber: `+${1 + (h % 9)}${String(h % 10_000_000_000).padStart(10, '0')}` } : {}),
      status,
      createdAt: windowStart + groupIndex * step + fraction,
      verificationStatus: verificationOf(status, h),
      digits: fraction === 0 ? 0 : 6,
      offset: offsets[(h >>> 16) % offsets.length],
      full: true,
      lowerEmail: false,
      kycLevel: h % 4,
      reads: 0,
    };
    if (h & 0x200) user.updatedAt = user.createdAt + (1 + (h % 86_400)) * second;
    group.push(user);
  }
  flush();

  return {
    get size() {
      return ordered.length;
    },
    get(userId) {
      return byId.get(userId);
    },
    emailTaken(email) {
      return byEmail.has(email.toLowerCase());
    },
    create(fields, nowMicros) {
      const h = hash32(created++ ^ 0xa17e);
      const digits = ([0, 3, 6] as const)[h % 3];
      const last = ordered.at(-1);
      let createdAt = Math.max(floorTo(digits, nowMicros), last?.createdAt ?? 0);
      let userId: string | undefined;
      if (last && createdAt === last.createdAt) {
        userId = nextUserId(random, taken, last.userId);
        if (userId === undefined) createdAt += 1; // no id sorts after the last one: no tie then
      }
      userId ??= nextUserId(random, taken);
      if (userId === undefined) throw new Error('no free user id');
      const user: AltUser = {
        userId,
        email: fields.email,
        firstName: fields.firstName,
        lastName: fields.lastName,
        dateOfBirth: fields.dateOfBirth,
        country: fields.country,
        ...(fields.phoneNumber === undefined ? {} : { phoneNumber: fields.phoneNumber }),
        status: 'pending_verification',
        createdAt,
        verificationStatus: verificationOf('pending_verification', h),
        digits,
        offset: offsets[(h >>> 4) % offsets.length],
        full: ((h >>> 8) & 1) === 1,
        lowerEmail: ((h >>> 9) & 1) === 1,
        kycLevel: 0,
        reads: 0,
      };
      add(user);
      return user;
    },
    update(user, changes, nowMicros) {
      Object.assign(user, changes);
      // Whole seconds, rounded up, and always strictly later than before and than createdAt.
      const ceil = Math.ceil(nowMicros / second) * second;
      user.updatedAt = Math.max(ceil, Math.floor(user.createdAt / second) * second + second, (user.updatedAt ?? 0) + second);
      return user;
    },
    page(status, offset, limit) {
      const column = status === undefined ? ordered : byStatus.get(status)!;
      return { users: offset >= column.length ? [] : column.slice(offset, offset + limit), total: column.length };
    },
  };
}
