import { rm } from 'node:fs/promises';
import { MatchersV3, PactV4, SpecificationVersion } from '@pact-foundation/pact';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUsersClient, type UsersClient } from '../client/create-users-client.js';
import { UsersApiError, type UsersApiErrorKind } from '../client/users-api-error.js';
import { projectSpec } from '../spec/load-spec.js';
import { consumerName, defaultPactFile, pactDir, providerName, providerStates } from './pact-names.js';

/*
 * The consumer side: one interaction per behaviour the client relies on.
 * Values any conformant server may choose (ids, e-mails of existing users,
 * timestamps, totals) are matchers; ids and e-mails the provider must create
 * come from provider states. Run with `npm run pact:consumer`, never in the
 * main vitest run (Pact's consumer and provider must not share a process).
 */
const { regex, string, integer, like, atLeastLike, constrainedArrayLike, fromProviderState } = MatchersV3;

const pact = new PactV4({ consumer: consumerName, provider: providerName, dir: pactDir, spec: SpecificationVersion.SPECIFICATION_VERSION_V4, logLevel: 'warn' });

// Read from the spec (at load time: the interaction tables below use them), so the pact asks no more and no less than it.
const spec = await projectSpec();
const patterns = {
  userId: spec.schema('UserId').pattern as string,
  timestamp: spec.schema('Timestamp').pattern as string,
  status: `^(${(spec.schema('UserStatus').enum as string[]).join('|')})$`,
  checkState: `^(${(spec.schema('CheckState').enum as string[]).join('|')})$`,
};

beforeAll(async () => {
  // A pact is rewritten from scratch each run; Pact would otherwise merge in stale interactions.
  await rm(defaultPactFile, { force: true });
});

const jsonType = regex('^application/json(\\s*;.*)?$', 'application/json');
// An error body may be application/json or application/problem+json; its members beyond "a JSON object" are SHOULDs.
const errorType = regex('^application/(problem\\+)?json(\\s*;.*)?$', 'application/problem+json');
const anyObject = like({});

const userId = () => regex(patterns.userId, 'usr_pact0001');
const timestamp = () => regex(patterns.timestamp, '2024-01-01T00:00:00Z');
const anyStatus = () => regex(patterns.status, 'pending_verification');
const checkState = () => regex(patterns.checkState, 'pending');
const listItem = (status: unknown = anyStatus()) => ({
  userId: userId(),
  email: string('pact-existing@example.com'),
  firstName: string('Ada'),
  lastName: string('Lovelace'),
  status,
  createdAt: timestamp(),
});

const newUser = { firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1990-01-01', country: 'GB' };
const stateEmail = () => fromProviderState('${email}', 'pact-new@example.com');
const stateUserPath = () => fromProviderState('/v1/users/${userId}', '/v1/users/usr_pact0001');

async function withClient<T>(url: string, use: (client: UsersClient) => Promise<T>): Promise<T> {
  const client = createUsersClient({ baseUrl: url, retries: 0, timeoutMs: 5000 });
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

async function expectError(promise: Promise<unknown>, kind: UsersApiErrorKind, status: number): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsersApiError);
  expect(error).toMatchObject({ kind, status, clientSide: false });
}

describe('users-api-client ↔ users-api', () => {
  it('creates a user: 201 with the echoed fields, pending_verification', async () => {
    await pact
      .addInteraction()
      .given(providerStates.freshEmail)
      .uponReceiving('a request to create a user')
      .withRequest('POST', '/v1/users', (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody({ ...newUser, email: stateEmail() }))
      .willRespondWith(201, (b) =>
        b.headers({ 'Content-Type': jsonType }).jsonBody({
          ...listItem('pending_verification'),
          email: string('pact-new@example.com'),
          firstName: 'Ada',
          lastName: 'Lovelace',
        }),
      )
      .executeTest(({ url }) =>
        withClient(url, async (client) => {
          const user = await client.users.create({ ...newUser, email: 'pact-new@example.com' });
          expect(user).toMatchObject({ userId: 'usr_pact0001', status: 'pending_verification', firstName: 'Ada' });
        }),
      );
  });

  it('refuses a duplicate e-mail: 409', async () => {
    await pact
      .addInteraction()
      .given(providerStates.emailTaken)
      .uponReceiving('a request to create a user with an e-mail already in use')
      .withRequest('POST', '/v1/users', (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody({ ...newUser, email: stateEmail() }))
      .willRespondWith(409, (b) => b.headers({ 'Content-Type': errorType }).jsonBody(anyObject))
      .executeTest(({ url }) => withClient(url, (client) => expectError(client.users.create({ ...newUser, email: 'pact-new@example.com' }), 'conflict', 409)));
  });

  it('refuses invalid user data: 422', async () => {
    await pact
      .addInteraction()
      .given(providerStates.freshEmail)
      .uponReceiving('a request to create a user with a country off the ISO pattern')
      .withRequest('POST', '/v1/users', (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody({ ...newUser, country: 'USA', email: stateEmail() }))
      .willRespondWith(422, (b) => b.headers({ 'Content-Type': errorType }).jsonBody(anyObject))
      // The client checks only e-mail, phone and date itself, so a bad country reaches the server.
      .executeTest(({ url }) => withClient(url, (client) => expectError(client.users.create({ ...newUser, country: 'USA', email: 'pact-new@example.com' }), 'invalid', 422)));
  });

  it('reads a user: 200', async () => {
    await pact
      .addInteraction()
      .given(providerStates.userExists)
      .uponReceiving('a request to read a user')
      .withRequest('GET', stateUserPath())
      .willRespondWith(200, (b) =>
        b.headers({ 'Content-Type': jsonType }).jsonBody({
          ...listItem(),
          verificationStatus: { email: checkState(), identity: checkState(), address: checkState() },
        }),
      )
      .executeTest(({ url }) =>
        withClient(url, async (client) => {
          const user = await client.users.get('usr_pact0001');
          expect(user.verificationStatus.email).toBe('pending');
        }),
      );
  });

  it('reads a user no one has: 404', async () => {
    await pact
      .addInteraction()
      .uponReceiving('a request to read a user that does not exist')
      .withRequest('GET', '/v1/users/usr_pactNoSuchUser0')
      .willRespondWith(404, (b) => b.headers({ 'Content-Type': errorType }).jsonBody(anyObject))
      .executeTest(({ url }) => withClient(url, (client) => expectError(client.users.get('usr_pactNoSuchUser0'), 'not-found', 404)));
  });

  it('updates a user: 200 showing the new value', async () => {
    await pact
      .addInteraction()
      .given(providerStates.userExists)
      .uponReceiving('a request to update a user')
      .withRequest('PATCH', stateUserPath(), (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody({ lastName: 'Smith' }))
      .willRespondWith(200, (b) =>
        b.headers({ 'Content-Type': jsonType }).jsonBody({
          userId: userId(),
          email: string('pact-existing@example.com'),
          firstName: string('Ada'),
          lastName: 'Smith',
          status: anyStatus(),
          updatedAt: timestamp(),
        }),
      )
      .executeTest(({ url }) =>
        withClient(url, async (client) => {
          const user = await client.users.update('usr_pact0001', { lastName: 'Smith' });
          expect(user.lastName).toBe('Smith');
        }),
      );
  });

  it('refuses an invalid update: 422', async () => {
    await pact
      .addInteraction()
      .given(providerStates.userExists)
      .uponReceiving('a request to update a user with an empty last name')
      .withRequest('PATCH', stateUserPath(), (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody({ lastName: '' }))
      .willRespondWith(422, (b) => b.headers({ 'Content-Type': errorType }).jsonBody(anyObject))
      .executeTest(({ url }) => withClient(url, (client) => expectError(client.users.update('usr_pact0001', { lastName: '' }), 'invalid', 422)));
  });

  const lists: {
    name: string;
    query: Record<string, string>;
    users: unknown;
    metadata: { limit: number; offset: number };
    call: (client: UsersClient) => Promise<unknown>;
  }[] = [
    {
      name: 'a request to list users with the default paging',
      query: {},
      users: atLeastLike(listItem(), 3, 3),
      metadata: { limit: 100, offset: 0 },
      call: (client) => client.users.list(),
    },
    {
      name: 'a request to list users in status pending_verification',
      query: { status: 'pending_verification' },
      users: atLeastLike(listItem(MatchersV3.equal('pending_verification')), 1, 3),
      metadata: { limit: 100, offset: 0 },
      call: (client) => client.users.list({ status: 'pending_verification' }),
    },
    {
      name: 'a request to list users with a limit',
      query: { limit: '2' },
      users: constrainedArrayLike(listItem(), 2, 2, 2),
      metadata: { limit: 2, offset: 0 },
      call: (client) => client.users.list({ limit: 2 }),
    },
    {
      name: 'a request for the second page of users',
      query: { limit: '2', offset: '1' },
      users: constrainedArrayLike(listItem(), 2, 2, 2),
      metadata: { limit: 2, offset: 1 },
      call: (client) => client.users.list({ limit: 2, offset: 1 }),
    },
  ];
  it.each(lists)('lists: $name', async ({ name, query, users, metadata, call }) => {
    await pact
      .addInteraction()
      .given(providerStates.threeUsers)
      .uponReceiving(name)
      .withRequest('GET', '/v1/users', (b) => b.query(query))
      .willRespondWith(200, (b) =>
        b.headers({ 'Content-Type': jsonType }).jsonBody({ users, metadata: { total: integer(3), limit: metadata.limit, offset: metadata.offset } }),
      )
      .executeTest(({ url }) =>
        withClient(url, async (client) => {
          const page = (await call(client)) as { users: unknown[]; metadata: { limit: number } };
          expect(page.metadata.limit).toBe(metadata.limit);
        }),
      );
  });

  it('refuses a bad query: 400', async () => {
    await pact
      .addInteraction()
      .uponReceiving('a request to list users with limit 0')
      .withRequest('GET', '/v1/users', (b) => b.query({ limit: '0' }))
      .willRespondWith(400, (b) => b.headers({ 'Content-Type': errorType }).jsonBody(anyObject))
      .executeTest(({ url }) => withClient(url, (client) => expectError(client.users.list({ limit: 0 }), 'bad-request', 400)));
  });
});
