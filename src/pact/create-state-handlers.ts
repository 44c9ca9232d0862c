import type { UsersClient } from '../client/create-users-client.js';
import { providerStates } from './pact-names.js';

/** What a state handler gives back: values the interaction takes with `fromProviderState`. */
export type StateValues = Record<string, string>;
export type StateHandler = () => Promise<StateValues | undefined>;

/**
 * The provider states of the pact, set up through the public API only (no
 * back door), so they work against any implementation. Every e-mail is new —
 * under example.com, carrying the run id — so a target that already holds
 * data, or the users of an earlier run, never collides with this one.
 */
export function createStateHandlers(client: UsersClient, runId: string): Record<string, StateHandler> {
  let next = 0;
  const freshEmail = (): string => `pact-${runId}-${++next}@example.com`;
  const createUser = async (): Promise<StateValues> => {
    const email = freshEmail();
    const user = await client.users.create({ email, firstName: 'Pact', lastName: 'Provider', dateOfBirth: '1990-01-01', country: 'GB' });
    return { userId: user.userId, email };
  };
  return {
    [providerStates.freshEmail]: async () => ({ email: freshEmail() }),
    [providerStates.userExists]: createUser,
    [providerStates.emailTaken]: createUser,
    [providerStates.threeUsers]: async () => {
      // One after another: their createdAt order is the order they were made.
      for (let i = 0; i < 3; i++) await createUser();
      return undefined;
    },
  };
}
