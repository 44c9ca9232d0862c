/*
 * The Users API's shapes, written to match `spec/users.openapi.yaml`.
 * The runtime lists below are what the types are built from, so
 * `types.test.ts` can hold them against the spec: a field or status added to
 * the spec and not here fails that test.
 */

export const userStatuses = ['pending_verification', 'active', 'suspended', 'closed'] as const;
/** `components.schemas.UserStatus`. */
export type UserStatus = (typeof userStatuses)[number];

export const checkStates = ['pending', 'verified', 'rejected'] as const;
/** `components.schemas.CheckState`. */
export type CheckState = (typeof checkStates)[number];

/** `components.schemas.VerificationStatus`. */
export interface VerificationStatus {
  email: CheckState;
  identity: CheckState;
  address: CheckState;
}

/** `components.schemas.UserFields`: every documented field of a user. */
export interface UserFields {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  country: string;
  phoneNumber: string;
  status: UserStatus;
  createdAt: string;
  updatedAt: string;
  verificationStatus: VerificationStatus;
}

export const userFieldNames = [
  'userId',
  'email',
  'firstName',
  'lastName',
  'dateOfBirth',
  'country',
  'phoneNumber',
  'status',
  'createdAt',
  'updatedAt',
  'verificationStatus',
] as const satisfies readonly (keyof UserFields)[];

/** Some fields required, the other documented ones optional. Responses may carry more. */
type WithRequired<K extends keyof UserFields> = Pick<UserFields, K> & Partial<Omit<UserFields, K>>;

export const userRequired = ['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt', 'verificationStatus'] as const;
/** `components.schemas.User`: GET /v1/users/{userId}, 200. */
export type User = WithRequired<(typeof userRequired)[number]>;

export const createdUserRequired = ['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt'] as const;
/** `components.schemas.CreatedUser`: POST /v1/users, 201. */
export type CreatedUser = WithRequired<(typeof createdUserRequired)[number]>;

export const updatedUserRequired = ['userId', 'email', 'firstName', 'lastName', 'status', 'updatedAt'] as const;
/** `components.schemas.UpdatedUser`: PATCH /v1/users/{userId}, 200. */
export type UpdatedUser = WithRequired<(typeof updatedUserRequired)[number]>;

export const userListItemRequired = ['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt'] as const;
/** `components.schemas.UserListItem`. */
export type UserListItem = WithRequired<(typeof userListItemRequired)[number]>;

/** `components.schemas.UserPage`: GET /v1/users, 200. */
export interface UserPage {
  users: UserListItem[];
  metadata: { total: number; limit: number; offset: number };
}

export const createUserFields = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country', 'phoneNumber'] as const;
export const createUserRequired = ['email', 'firstName', 'lastName', 'dateOfBirth', 'country'] as const;
/** `components.schemas.CreateUserRequest`. */
export type CreateUserInput = Pick<UserFields, (typeof createUserRequired)[number]> &
  Partial<Pick<UserFields, Exclude<(typeof createUserFields)[number], (typeof createUserRequired)[number]>>>;

export const updateUserFields = ['firstName', 'lastName', 'phoneNumber'] as const;
/** `components.schemas.UpdateUserRequest`: at least one field. */
export type UpdateUserInput = Partial<Pick<UserFields, (typeof updateUserFields)[number]>>;

/** The query of GET /v1/users; a parameter left out takes the server's default. */
export interface ListUsersQuery {
  status?: UserStatus;
  /** 1 to 1000; the server's default is 100. */
  limit?: number;
  /** 0 or more; the server's default is 0. */
  offset?: number;
}

/** One offending field of a 422 (`components.schemas.ProblemDocument`, `errors`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error body. The contract only promises a JSON object; these RFC 9457
 * members are what it SHOULD carry, so every one is optional here.
 */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [member: string]: unknown;
}
