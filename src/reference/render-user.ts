import type { FaultName } from './faults.js';
import type { UserRecord } from './user-record.js';

/** A stored user as the API shows it: documented field order, RFC 3339 UTC timestamps with ms. */
export function renderUser(user: UserRecord, faults: ReadonlySet<FaultName>): Record<string, unknown> {
  const time = (ms: number): string => {
    const iso = new Date(ms).toISOString();
    return faults.has('timestamps-without-timezone') ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso;
  };
  return {
    userId: user.userId,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    dateOfBirth: user.dateOfBirth,
    country: user.country,
    // Absent, not null: null is a wrong type for phoneNumber. (JSON.stringify drops undefined.)
    phoneNumber: user.phoneNumber,
    status: faults.has('status-uppercase') ? user.status.toUpperCase() : user.status,
    createdAt: time(user.createdAt),
    updatedAt: time(user.updatedAt),
    verificationStatus: user.verificationStatus,
  };
}
