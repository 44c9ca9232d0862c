import type { UserRecord } from './user-record.js';

/** A stored user as the API shows it: documented field order, RFC 3339 UTC timestamps with ms. */
export function renderUser(user: UserRecord): Record<string, unknown> {
  const time = (ms: number): string => new Date(ms).toISOString();
  return {
    userId: user.userId,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    dateOfBirth: user.dateOfBirth,
    country: user.country,
    // Absent, not null: null is a wrong type for phoneNumber. (JSON.stringify drops undefined.)
    phoneNumber: user.phoneNumber,
    status: user.status,
    createdAt: time(user.createdAt),
    updatedAt: time(user.updatedAt),
    verificationStatus: user.verificationStatus,
  };
}
