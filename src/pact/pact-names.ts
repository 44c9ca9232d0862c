import { packageFile } from '../spec/package-files.js';

/** The pacticipants: the typed client in src/client and any Users API implementation. */
export const consumerName = 'users-api-client';
export const providerName = 'users-api';

/** The pact's folder: written by `npm run pact:consumer` in the clone, shipped in the package. */
export const pactDir = `${packageFile('pacts')}/`;
/** Where `npm run pact:consumer` writes the pact (Pact names it `<consumer>-<provider>.json`). */
export const defaultPactFile = `${pactDir}${consumerName}-${providerName}.json`;

/**
 * The provider states the pact asks for. The public API creates users only in
 * `pending_verification`, so no state asks for another status. Each handler
 * returns values the interactions take with `fromProviderState`.
 */
export const providerStates = {
  /** Returns `email`: an address no user has yet. Creates nothing. */
  freshEmail: 'an e-mail address no user has',
  /** Creates one user; returns its `userId` and `email`. */
  userExists: 'a user exists',
  /** Creates one user; returns its `userId` and `email` (the e-mail to collide with). */
  emailTaken: 'a user with this e-mail exists',
  /** Creates three users. */
  threeUsers: 'at least 3 users exist',
} as const;
