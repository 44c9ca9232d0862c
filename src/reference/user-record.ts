/** The four user statuses, in the order seeded users take them round-robin. */
export const userStatuses = ['pending_verification', 'active', 'suspended', 'closed'] as const;
export type UserStatus = (typeof userStatuses)[number];

export type CheckState = 'pending' | 'verified' | 'rejected';
export interface VerificationStatus {
  readonly email: CheckState;
  readonly identity: CheckState;
  readonly address: CheckState;
}

/** The fields a client writes. Optional because some faults let a user miss one. */
export interface WritableFields {
  email?: string;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  country?: string;
  phoneNumber?: string;
}

/** A stored user. Timestamps are epoch milliseconds, rendered only on the way out. */
export interface UserRecord extends WritableFields {
  userId: string;
  status: UserStatus;
  createdAt: number;
  updatedAt: number;
  verificationStatus: VerificationStatus;
}

/** Shared, frozen: every new user starts with all checks pending, so one object serves all. */
export const allPending: VerificationStatus = Object.freeze({ email: 'pending', identity: 'pending', address: 'pending' });
