import { hash32 } from './random.js';
import { userIdOf } from './user-ids.js';
import { allPending, userStatuses, type UserRecord, type VerificationStatus } from './user-record.js';

// Names of several scripts, all on the contract's accept set, so seeded data exercises Unicode too.
const firstNames = ['Ada', 'José', 'Zoë', 'Ólafur', 'Łukasz', 'Anne-Marie', 'Анна', 'Αλέξανδρος', '美咲', 'محمد', 'Søren', 'Nguyễn', 'Priya', 'Kwame', 'Maëlle', 'Björn'];
const lastNames = ['Lovelace', "O'Neil", 'García Márquez', 'Müller', 'Смирнова', 'Παπαδόπουλος', '佐藤', 'Nakamura', 'Okafor', 'Kowalski', 'Dubois', 'Ng', 'Silva', 'Østergaard', 'Haddad', 'Smith'];

// The verification a seeded user has, by status: shared frozen objects keep a million users small.
const verificationByStatus: readonly VerificationStatus[] = [
  allPending,
  Object.freeze({ email: 'verified', identity: 'verified', address: 'verified' }),
  Object.freeze({ email: 'verified', identity: 'verified', address: 'rejected' }),
  Object.freeze({ email: 'verified', identity: 'rejected', address: 'pending' }),
];

/** Seeded users are created over the year before this instant: in the past, and the same on every run. */
const seedWindowEnd = Date.UTC(2025, 0, 1);
const seedWindow = 365 * 86_400_000;

const day = 86_400_000;
const earliestBirth = Date.UTC(1930, 0, 1);
const birthSpan = Date.UTC(2006, 0, 1) - earliestBirth;

/**
 * Seeded user number `seq` of `count`: a pure function of both, so seeded
 * users need no storage until one is changed. Statuses go round-robin;
 * createdAt rises with seq.
 */
export function seededUser(seq: number, count: number, countries: readonly string[]): UserRecord {
  const a = hash32(seq ^ 0x5eed);
  const b = hash32(a ^ seq);
  const createdAt = seedWindowEnd - seedWindow + Math.floor(seq * (seedWindow / count));
  const born = new Date(earliestBirth + Math.floor(((b >>> 8) / 0x1000000) * birthSpan / day) * day);
  const user: UserRecord = {
    userId: userIdOf(seq),
    email: `seed-${seq + 1}@example.com`,
    firstName: firstNames[a & 15],
    lastName: lastNames[(a >>> 4) & 15],
    dateOfBirth: born.toISOString().slice(0, 10),
    country: countries[(a >>> 8) % countries.length],
    status: userStatuses[seq % 4],
    createdAt,
    updatedAt: createdAt,
    verificationStatus: verificationByStatus[seq % 4],
  };
  // Half the users have a phone number: +, a non-zero digit, 9 more digits.
  if (b & 1) user.phoneNumber = `+${1 + (a % 9)}${String(b % 1_000_000_000).padStart(9, '0')}`;
  return user;
}
