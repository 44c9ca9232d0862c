// The client's public surface, for callers who want one import.
export { createUsersClient, type UsersClient, type UsersClientOptions } from './create-users-client.js';
export { UsersApiError, type UsersApiErrorKind } from './users-api-error.js';
export type * from './types.js';
