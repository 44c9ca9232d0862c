import { afterEach, describe, expect, it } from 'vitest';
import { paddedTo } from '../../suites/create/create-body-size.js';
import { callApi, type ApiAnswer, type ApiCall } from '../../test/support/call-api.js';
import { faultNames, faults, type FaultName } from './faults.js';
import { startReferenceServer, type ReferenceServer } from './start-reference-server.js';

// One row per fault: a probe run against the correct server and against the
// server with only that fault on. The two answers differ, so the fault is wired.

type Api = (method: string, path: string, call?: ApiCall) => Promise<ApiAnswer>;
type Json = Record<string, any>; // any: probes read answers loosely; a wrong guess fails the row anyway

interface Row {
  fault: FaultName;
  seedUsers?: number;
  probe: (api: Api) => Promise<unknown>;
  correct: unknown;
  faulty: unknown;
}

const user = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1990-01-01',
  country: 'US',
  phoneNumber: '+14155550100',
  ...overrides,
});
const json = (answer: ApiAnswer): Json => answer.json as Json;
const created = async (api: Api, overrides: Record<string, unknown> = {}): Promise<Json> => json(await api('POST', '/v1/users', { body: user(overrides) }));
const createStatus = async (api: Api, overrides: Record<string, unknown>): Promise<number> => (await api('POST', '/v1/users', { body: user(overrides) })).status;
const withoutDob = (): Record<string, unknown> => {
  const body = user();
  delete body.dateOfBirth;
  return body;
};
const list = async (api: Api, query = ''): Promise<Json> => json(await api('GET', `/v1/users${query}`));
const ids = (page: Json): string[] => page.users.map((u: Json) => u.userId);
const paddedUser = (bytes: number, email = 'ada@example.com'): string => paddedTo(user({ email }), bytes);
const seedId = (n: number): string => `usr_${n.toString(36).padStart(10, '0')}`;

const rows: Row[] = [
  { fault: '500-on-malformed-json', probe: async (api) => (await api('POST', '/v1/users', { body: '{"email":' })).status, correct: 400, faulty: 500 },
  {
    fault: 'deep-json-500',
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: `{"email":${'['.repeat(1001)}${']'.repeat(1001)}}` })).status,
      (await api('POST', '/v1/users', { body: `{"email":"${'['.repeat(2000)}"}` })).status,
    ],
    correct: [422, 422],
    faulty: [500, 422],
  },
  {
    fault: 'offset-needs-limit',
    seedUsers: 3,
    probe: async (api) => [ids(await list(api, '?offset=1')), ids(await list(api, '?offset=1&limit=5'))],
    correct: [[seedId(1), seedId(2)], [seedId(1), seedId(2)]],
    faulty: [[seedId(0), seedId(1), seedId(2)], [seedId(1), seedId(2)]],
  },
  {
    fault: 'request-charset-rejected',
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: user(), contentType: 'application/json; charset=utf-8' })).status,
      (await api('POST', '/v1/users', { body: user({ email: 'b@example.com' }) })).status,
    ],
    correct: [201, 201],
    faulty: [415, 201],
  },
  {
    fault: 'email-tag-normalized',
    probe: async (api) => [
      await createStatus(api, { email: 'ada.l@example.com' }),
      await createStatus(api, { email: 'ada.l+news@example.com' }),
      await createStatus(api, { email: 'adal@example.com' }),
      await createStatus(api, { email: 'ADA.L@example.com' }),
    ],
    correct: [201, 201, 201, 409],
    faulty: [201, 409, 409, 409],
  },
  {
    fault: 'names-nfc-normalized',
    probe: async (api) => json(await api('GET', `/v1/users/${(await created(api, { firstName: 'Zoe\u0308' })).userId}`)).firstName,
    correct: 'Zoe\u0308',
    faulty: 'Zo\u00eb',
  },
  {
    fault: 'wrong-content-type',
    probe: async (api) => (await api('GET', `/v1/users/${(await created(api)).userId}`)).mediaType,
    correct: 'application/json',
    faulty: 'text/plain',
  },
  {
    fault: 'timestamps-without-timezone',
    probe: async (api) => (await created(api)).createdAt.replace(/[0-9]/g, 'd'),
    correct: 'dddd-dd-ddTdd:dd:dd.dddZ',
    faulty: 'dddd-dd-dd dd:dd:dd',
  },
  { fault: 'create-returns-200', probe: (api) => createStatus(api, {}), correct: 201, faulty: 200 },
  {
    fault: 'trim-names',
    probe: async (api) => json(await api('GET', `/v1/users/${(await created(api, { firstName: ' Ada ' })).userId}`)).firstName,
    correct: ' Ada ',
    faulty: 'Ada',
  },
  { fault: 'lowercase-email', probe: async (api) => (await created(api, { email: 'Ada.L@Example.com' })).email, correct: 'Ada.L@Example.com', faulty: 'ada.l@example.com' },
  { fault: 'create-status-active', probe: async (api) => (await created(api)).status, correct: 'pending_verification', faulty: 'active' },
  {
    fault: 'no-location-header',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user() });
      return answer.headers.location === `/v1/users/${json(answer).userId}`;
    },
    correct: true,
    faulty: false,
  },
  { fault: 'reject-non-latin-names', probe: (api) => createStatus(api, { firstName: 'Zoë', lastName: '李' }), correct: 201, faulty: 422 },
  {
    fault: 'truncate-names-50',
    probe: async (api) => {
      const echo = await created(api, { firstName: 'A'.repeat(60) });
      return [echo.firstName.length, json(await api('GET', `/v1/users/${echo.userId}`)).firstName.length];
    },
    correct: [60, 60],
    faulty: [60, 50],
  },
  {
    fault: 'list-omits-last',
    seedUsers: 3,
    probe: async (api) => {
      const page = await list(api);
      return [page.users.length, page.metadata.total];
    },
    correct: [3, 3],
    faulty: [2, 3],
  },
  {
    fault: 'filter-after-paging',
    seedUsers: 8,
    probe: async (api) => {
      const page = await list(api, '?status=closed&limit=2');
      return [page.users.length, page.metadata.total];
    },
    correct: [2, 2],
    faulty: [0, 2],
  },
  {
    fault: 'filter-offset-over-all',
    seedUsers: 8,
    probe: async (api) => [ids(await list(api, '?status=closed&limit=1&offset=1')), (await list(api, '?status=closed&limit=1&offset=1')).metadata.total],
    correct: [[seedId(7)], 2],
    faulty: [[seedId(3)], 2],
  },
  {
    fault: 'duplicate-email-allowed',
    probe: async (api) => [await createStatus(api, {}), await createStatus(api, { firstName: 'Other' })],
    correct: [201, 409],
    faulty: [201, 201],
  },
  {
    fault: 'duplicate-email-race',
    probe: async (api) => (await Promise.all([createStatus(api, {}), createStatus(api, { firstName: 'Other' })])).sort(),
    correct: [201, 409],
    faulty: [201, 201],
  },
  {
    fault: 'user-id-collision',
    probe: async (api) => {
      const [a, b] = await Promise.all([created(api, { email: 'a@example.com' }), created(api, { email: 'b@example.com' })]);
      const emailOf = async (id: string): Promise<string> => json(await api('GET', `/v1/users/${id}`)).email;
      return [a.userId === b.userId, (await emailOf(a.userId)) === (await emailOf(b.userId))];
    },
    correct: [false, false],
    faulty: [true, true],
  },
  {
    fault: 'duplicate-invalid-500',
    probe: async (api) => [await createStatus(api, {}), await createStatus(api, { firstName: '   ' })],
    correct: [201, 422],
    faulty: [201, 500],
  },
  {
    fault: 'email-unique-case-sensitive',
    probe: async (api) => [await createStatus(api, { email: 'ada@example.com' }), await createStatus(api, { email: 'ADA@example.com' })],
    correct: [201, 409],
    faulty: [201, 201],
  },
  { fault: 'dob-optional', probe: async (api) => (await api('POST', '/v1/users', { body: withoutDob() })).status, correct: 422, faulty: 201 },
  { fault: 'phone-null-accepted', probe: (api) => createStatus(api, { phoneNumber: null }), correct: 422, faulty: 201 },
  {
    fault: 'email-loose-check',
    probe: async (api) => [await createStatus(api, { email: 'a b@example.com' }), await createStatus(api, { email: 'a@@example.com' }), await createStatus(api, { email: 'nowhere' })],
    correct: [422, 422, 422],
    faulty: [201, 201, 422],
  },
  { fault: 'blank-names-accepted', probe: (api) => createStatus(api, { firstName: '   ' }), correct: 422, faulty: 201 },
  {
    fault: 'date-not-calendar-checked',
    probe: async (api) => [
      await createStatus(api, { email: 'a@example.com', dateOfBirth: '2021-02-30' }),
      await createStatus(api, { email: 'b@example.com', dateOfBirth: '1899-12-31' }),
      await createStatus(api, { email: 'c@example.com', dateOfBirth: '2999-01-01' }),
      await createStatus(api, { email: 'd@example.com', dateOfBirth: '1990-1-1' }),
    ],
    correct: [422, 422, 422, 422],
    faulty: [201, 201, 201, 422],
  },
  {
    fault: 'country-case-insensitive',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user({ country: 'us' }) });
      return [answer.status, json(answer).country];
    },
    correct: [422, undefined],
    faulty: [201, 'US'],
  },
  { fault: 'phone-16-digits-accepted', probe: (api) => createStatus(api, { phoneNumber: '+1234567890123456' }), correct: 422, faulty: 201 },
  {
    fault: 'phone-unicode-digits',
    probe: async (api) => [await createStatus(api, { email: 'a@example.com', phoneNumber: '+١٢٣٤٥٦٧' }), await createStatus(api, { email: 'b@example.com', phoneNumber: '+1２３４５６７' })],
    correct: [422, 422],
    faulty: [201, 201],
  },
  {
    fault: 'date-unicode-digits',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user({ dateOfBirth: '١٩٩٠-٠١-٠١' }) });
      return [answer.status, await createStatus(api, { email: 'b@example.com', dateOfBirth: '١٩٩٠-٠٢-٣٠' })];
    },
    correct: [422, 422],
    faulty: [201, 422],
  },
  {
    fault: 'email-upper-domain-rejected',
    probe: async (api) => [await createStatus(api, { email: 'ann@Mail.EXAMPLE.COM' }), await createStatus(api, { email: 'Bob@mail.example.com' })],
    correct: [201, 201],
    faulty: [422, 201],
  },
  {
    fault: 'field-names-case-insensitive',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user({ FirstName: 'Jane' }) });
      return [answer.status, json(answer).firstName];
    },
    correct: [422, undefined],
    faulty: [201, 'Jane'],
  },
  {
    fault: 'unknown-fields-ignored',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user({ nickname: 'ada', status: 'active' }) });
      return [answer.status, json(answer).status];
    },
    correct: [422, 422],
    faulty: [201, 'pending_verification'],
  },
  {
    fault: 'client-status-honoured',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user({ status: 'active' }) });
      return [answer.status, json(answer).status];
    },
    correct: [422, 422],
    faulty: [201, 'active'],
  },
  {
    fault: 'persist-before-validate',
    probe: async (api) => [await createStatus(api, { dateOfBirth: 'yesterday' }), await createStatus(api, {})],
    correct: [422, 201],
    faulty: [422, 409],
  },
  {
    fault: 'malformed-json-422',
    seedUsers: 1,
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: 'nope' })).status,
      (await api('POST', '/v1/users', { body: '[]' })).status,
      (await api('PATCH', `/v1/users/${seedId(0)}`, { body: '{' })).status,
    ],
    correct: [400, 400, 400],
    faulty: [422, 422, 422],
  },
  {
    fault: 'ignore-content-type',
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: user(), contentType: 'text/plain' })).status,
      (await api('POST', '/v1/users', { body: user({ email: 'b@example.com' }), contentType: null })).status,
    ],
    correct: [415, 415],
    faulty: [201, 201],
  },
  {
    fault: 'empty-body-as-object',
    seedUsers: 1,
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: '' })).status,
      (await api('PATCH', `/v1/users/${seedId(0)}`, { body: ' \n' })).status,
    ],
    correct: [400, 400],
    faulty: [422, 422],
  },
  {
    fault: 'json-non-finite-numbers',
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: JSON.stringify(user()).replace('"Ada"', 'NaN') })).status,
      (await api('POST', '/v1/users', { body: '{"email": NaN' })).status,
    ],
    correct: [400, 400],
    faulty: [422, 400],
  },
  {
    fault: 'json-lenient-escapes',
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: JSON.stringify(user()).replace('"Ada"', '"\\x41da"') })).status,
      (await api('POST', '/v1/users', { body: JSON.stringify(user({ email: 'esc@example.com' })).replace('"Ada"', '"A\\nda"') })).status,
    ],
    correct: [400, 201],
    faulty: [201, 201],
  },
  {
    fault: 'body-limit-100kb',
    probe: async (api) => (await api('POST', '/v1/users', { body: paddedUser(200 * 1024) })).status,
    correct: 201,
    faulty: 413,
  },
  {
    fault: 'body-limit-inclusive',
    probe: async (api) => [(await api('POST', '/v1/users', { body: paddedUser(1024 * 1024) })).status, (await api('POST', '/v1/users', { body: paddedUser(1024 * 1024 - 1, 'b@example.com') })).status],
    correct: [201, 201],
    faulty: [413, 201],
  },
  {
    fault: 'chunked-limit-inclusive',
    probe: async (api) => [
      (await api('POST', '/v1/users', { body: paddedUser(1024 * 1024), chunked: true })).status,
      (await api('POST', '/v1/users', { body: paddedUser(1024 * 1024, 'b@example.com') })).status,
    ],
    correct: [201, 201],
    faulty: [413, 201],
  },
  {
    fault: 'body-over-limit-400',
    probe: async (api) => (await api('POST', '/v1/users', { body: paddedUser(1024 * 1024 + 1) })).status,
    correct: 413,
    faulty: 400,
  },
  {
    fault: 'unknown-user-returns-empty-200',
    probe: async (api) => {
      const answer = await api('GET', '/v1/users/usr_nobody');
      return [answer.status, answer.status === 200 ? answer.json : undefined];
    },
    correct: [404, undefined],
    faulty: [200, {}],
  },
  {
    fault: 'user-id-case-insensitive',
    seedUsers: 11,
    probe: async (api) => {
      const answer = await api('GET', `/v1/users/${seedId(10).toUpperCase().replace('USR_', 'usr_')}`);
      return [answer.status, answer.status === 200 ? json(answer).userId : undefined];
    },
    correct: [404, undefined],
    faulty: [200, seedId(10)],
  },
  {
    fault: 'user-id-parsed-leniently',
    seedUsers: 11,
    probe: async (api) => {
      const answer = await api('GET', `/v1/users/${seedId(10)}x`);
      return [answer.status, answer.status === 200 ? json(answer).userId : undefined];
    },
    correct: [404, undefined],
    faulty: [200, seedId(10)],
  },
  {
    fault: 'malformed-id-422',
    probe: async (api) => [(await api('GET', '/v1/users/not-an-id')).status, (await api('PATCH', '/v1/users/not-an-id', { body: { firstName: 'X' } })).status],
    correct: [404, 404],
    faulty: [422, 422],
  },
  {
    fault: 'long-id-414',
    probe: async (api) => [(await api('GET', `/v1/users/usr_${'a'.repeat(96)}`)).status, (await api('GET', `/v1/users/usr_${'a'.repeat(252)}`)).status],
    correct: [404, 404],
    faulty: [404, 414],
  },
  {
    fault: 'path-decode-crash',
    probe: async (api) => [(await api('GET', '/v1/users/%zz')).status, (await api('GET', '/v1/users/usr_%E0%A4%A')).status, (await api('GET', '/v1/users/usr_%41')).status],
    correct: [404, 404, 404],
    faulty: [500, 500, 404],
  },
  {
    fault: 'patch-clears-unsent',
    probe: async (api) => {
      const { userId } = await created(api);
      await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace' } });
      return json(await api('GET', `/v1/users/${userId}`)).phoneNumber;
    },
    correct: '+14155550100',
    faulty: undefined,
  },
  {
    fault: 'patch-not-persisted',
    probe: async (api) => {
      const { userId } = await created(api);
      const patched = json(await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace' } })).firstName;
      return [patched, json(await api('GET', `/v1/users/${userId}`)).firstName];
    },
    correct: ['Grace', 'Grace'],
    faulty: ['Grace', 'Ada'],
  },
  {
    fault: 'patch-lost-update',
    probe: async (api) => {
      const { userId } = await created(api);
      const patch = async (body: Json): Promise<number> => (await api('PATCH', `/v1/users/${userId}`, { body })).status;
      const statuses = await Promise.all([patch({ firstName: 'Grace' }), patch({ lastName: 'Hopper' })]);
      const after = json(await api('GET', `/v1/users/${userId}`));
      // Which change is lost depends on which PATCH writes last: count the ones kept.
      return [statuses, [after.firstName === 'Grace', after.lastName === 'Hopper'].filter(Boolean).length];
    },
    correct: [[200, 200], 2],
    faulty: [[200, 200], 1],
  },
  {
    fault: 'patch-rebases-on-original',
    probe: async (api) => {
      const { userId } = await created(api);
      await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace' } });
      const second = json(await api('PATCH', `/v1/users/${userId}`, { body: { lastName: 'Hopper' } }));
      const after = json(await api('GET', `/v1/users/${userId}`));
      return [second.firstName, after.firstName, after.lastName];
    },
    correct: ['Grace', 'Grace', 'Hopper'],
    faulty: ['Ada', 'Ada', 'Hopper'],
  },
  {
    fault: 'updated-at-timezone-shift',
    probe: async (api) => {
      const before = await created(api);
      const after = json(await api('PATCH', `/v1/users/${before.userId}`, { body: { firstName: 'Grace' } }));
      return after.updatedAt >= before.updatedAt && after.updatedAt >= after.createdAt;
    },
    correct: true,
    faulty: false,
  },
  {
    fault: 'updated-at-unchanged',
    probe: async (api) => {
      const before = await created(api);
      const after = json(await api('PATCH', `/v1/users/${before.userId}`, { body: { firstName: 'Grace' } }));
      return after.updatedAt > before.updatedAt;
    },
    correct: true,
    faulty: false,
  },
  {
    fault: 'updated-at-kept-without-change',
    probe: async (api) => {
      const before = await created(api);
      const same = json(await api('PATCH', `/v1/users/${before.userId}`, { body: { firstName: before.firstName } }));
      const other = json(await api('PATCH', `/v1/users/${before.userId}`, { body: { firstName: 'Grace' } }));
      return [same.updatedAt > before.updatedAt, other.updatedAt > same.updatedAt];
    },
    correct: [true, true],
    faulty: [false, true],
  },
  {
    fault: 'updated-at-stops-after-3',
    probe: async (api) => {
      const { userId, updatedAt } = await created(api);
      const stamps: string[] = [updatedAt];
      for (const firstName of ['A', 'B', 'C', 'D']) stamps.push(json(await api('PATCH', `/v1/users/${userId}`, { body: { firstName } })).updatedAt);
      return stamps.slice(1).map((stamp, i) => stamp > stamps[i]);
    },
    correct: [true, true, true, true],
    faulty: [true, true, true, false],
  },
  {
    fault: 'patch-activates-user',
    probe: async (api) => json(await api('PATCH', `/v1/users/${(await created(api)).userId}`, { body: { firstName: 'Grace' } })).status,
    correct: 'pending_verification',
    faulty: 'active',
  },
  {
    fault: 'get-omits-verification-status',
    seedUsers: 1,
    probe: async (api) => 'verificationStatus' in json(await api('GET', `/v1/users/${seedId(0)}`)),
    correct: true,
    faulty: false,
  },
  {
    fault: 'get-closed-404',
    seedUsers: 4,
    // Seed 3 is closed, seed 2 suspended: the list shows the closed one, GET finds only the other.
    probe: async (api) => [ids(await list(api, '?status=closed')), (await api('GET', `/v1/users/${seedId(3)}`)).status, (await api('GET', `/v1/users/${seedId(2)}`)).status],
    correct: [[seedId(3)], 200, 200],
    faulty: [[seedId(3)], 404, 200],
  },
  {
    fault: 'patch-echoes-old-values',
    probe: async (api) => {
      const { userId } = await created(api);
      return json(await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace' } })).firstName;
    },
    correct: 'Grace',
    faulty: expect.not.stringMatching(/^Grace$/),
  },
  {
    fault: 'patch-unknown-invalid-500',
    probe: async (api) => (await api('PATCH', '/v1/users/usr_nobodyHasThis', { body: { firstName: '   ' } })).status,
    correct: 404,
    faulty: 500,
  },
  {
    fault: 'updated-user-unlisted',
    seedUsers: 2,
    probe: async (api) => {
      const patch = async (body: Record<string, unknown>): Promise<number> => (await api('PATCH', `/v1/users/${seedId(0)}`, { body })).status;
      const after = async (): Promise<[string[], number]> => {
        const page = await list(api);
        return [ids(page), page.metadata.total];
      };
      return [await patch({ firstName: 'Una' }), await after(), await patch({ lastName: 'Duo' }), await after(), (await api('GET', `/v1/users/${seedId(0)}`)).status];
    },
    correct: [200, [[seedId(0), seedId(1)], 2], 200, [[seedId(0), seedId(1)], 2], 200],
    faulty: [200, [[seedId(0), seedId(1)], 2], 200, [[seedId(1)], 1], 200],
  },
  { fault: 'empty-patch-200', seedUsers: 1, probe: async (api) => (await api('PATCH', `/v1/users/${seedId(0)}`, { body: {} })).status, correct: 422, faulty: 200 },
  {
    fault: 'patch-field-names-case-insensitive',
    probe: async (api) => {
      const { userId } = await created(api);
      const status = (await api('PATCH', `/v1/users/${userId}`, { body: { FirstName: 'Jane' } })).status;
      return [status, json(await api('GET', `/v1/users/${userId}`)).firstName];
    },
    correct: [422, 'Ada'],
    faulty: [200, 'Jane'],
  },
  {
    fault: 'patch-email-allowed',
    probe: async (api) => {
      const { userId } = await created(api);
      const status = (await api('PATCH', `/v1/users/${userId}`, { body: { email: 'new@example.com' } })).status;
      return [status, json(await api('GET', `/v1/users/${userId}`)).email];
    },
    correct: [422, 'ada@example.com'],
    faulty: [200, 'new@example.com'],
  },
  {
    fault: 'patch-skips-validation',
    probe: async (api) => {
      const { userId } = await created(api);
      return [
        (await api('PATCH', `/v1/users/${userId}`, { body: { firstName: '   ' } })).status,
        (await api('PATCH', `/v1/users/${userId}`, { body: { phoneNumber: 'call me' } })).status,
        (await api('PATCH', `/v1/users/${userId}`, { body: { lastName: 7 } })).status,
      ];
    },
    correct: [422, 422, 422],
    faulty: [200, 200, 422],
  },
  {
    fault: 'patch-partial-apply',
    probe: async (api) => {
      const { userId } = await created(api);
      const status = (await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace', phoneNumber: '555' } })).status;
      return [status, json(await api('GET', `/v1/users/${userId}`)).firstName];
    },
    correct: [422, 'Ada'],
    faulty: [422, 'Grace'],
  },
  {
    fault: 'patch-unknown-creates',
    probe: async (api) => {
      const status = (await api('PATCH', '/v1/users/usr_nobody', { body: { firstName: 'Grace' } })).status;
      return [status, (await list(api)).metadata.total];
    },
    correct: [404, 0],
    faulty: [200, 1],
  },
  {
    fault: 'default-limit-20',
    seedUsers: 30,
    probe: async (api) => {
      const page = await list(api);
      return [page.metadata.limit, page.users.length];
    },
    correct: [100, 30],
    faulty: [20, 20],
  },
  { fault: 'limit-max-500', probe: async (api) => [(await api('GET', '/v1/users?limit=500')).status, (await api('GET', '/v1/users?limit=501')).status], correct: [200, 200], faulty: [200, 400] },
  {
    fault: 'limit-clamped',
    probe: async (api) => [(await api('GET', '/v1/users?limit=0')).status, (await api('GET', '/v1/users?limit=1001')).status],
    correct: [400, 400],
    faulty: [200, 200],
  },
  {
    fault: 'offset-parse-int',
    probe: async (api) => {
      const statuses: number[] = [];
      for (const offset of ['1.5', 'abc', '', '-1']) statuses.push((await api('GET', `/v1/users?offset=${offset}`)).status);
      return statuses;
    },
    correct: [400, 400, 400, 400],
    faulty: [200, 200, 200, 200],
  },
  {
    fault: 'query-int-lenient',
    seedUsers: 12,
    probe: async (api) => {
      const page = await api('GET', '/v1/users?limit=1_0&offset=%205');
      return [page.status, page.status === 200 ? json(page).metadata : undefined, (await api('GET', '/v1/users?limit=%D9%A5')).status, (await api('GET', '/v1/users?limit=0x10')).status];
    },
    correct: [400, undefined, 400, 400],
    faulty: [200, { total: 12, limit: 10, offset: 5 }, 200, 400],
  },
  {
    fault: 'offset-past-end-returns-last-page',
    seedUsers: 5,
    probe: async (api) => ids(await list(api, '?offset=5&limit=2')),
    correct: [],
    faulty: [seedId(3), seedId(4)],
  },
  { fault: 'metadata-offset-always-0', seedUsers: 5, probe: async (api) => (await list(api, '?offset=2')).metadata.offset, correct: 2, faulty: 0 },
  { fault: 'list-newest-first', seedUsers: 3, probe: async (api) => ids(await list(api)), correct: [seedId(0), seedId(1), seedId(2)], faulty: [seedId(2), seedId(1), seedId(0)] },
  {
    fault: 'offset-off-by-one',
    seedUsers: 5,
    probe: async (api) => [...ids(await list(api, '?limit=2')), ...ids(await list(api, '?limit=2&offset=2'))],
    correct: [seedId(0), seedId(1), seedId(2), seedId(3)],
    faulty: [seedId(0), seedId(1), seedId(3), seedId(4)],
  },
  { fault: 'total-is-page-count', seedUsers: 5, probe: async (api) => (await list(api, '?limit=2')).metadata.total, correct: 5, faulty: 2 },
  { fault: 'empty-page-total-0', seedUsers: 5, probe: async (api) => [(await list(api, '?offset=5')).metadata.total, (await list(api, '?offset=3')).metadata.total], correct: [5, 5], faulty: [0, 5] },
  {
    fault: 'filtered-short-page-total-from-offset',
    seedUsers: 8,
    probe: async (api) => [(await list(api, '?status=closed&offset=3')).metadata.total, (await list(api, '?offset=9')).metadata.total],
    correct: [2, 8],
    faulty: [3, 8],
  },
  {
    fault: 'offset-int32-overflow',
    seedUsers: 2,
    probe: async (api) => [(await api('GET', '/v1/users?offset=2147483647')).status, (await api('GET', '/v1/users?offset=2147483648')).status],
    correct: [200, 200],
    faulty: [200, 500],
  },
  {
    fault: 'offset-uint32-wrap',
    seedUsers: 2,
    probe: async (api) => {
      const page = await list(api, '?offset=4294967296');
      return [page.metadata.offset, page.users.length];
    },
    correct: [4294967296, 0],
    faulty: [0, 2],
  },
  {
    fault: 'offset-max-off-by-one',
    probe: async (api) => [(await api('GET', '/v1/users?offset=9007199254740990')).status, (await api('GET', '/v1/users?offset=9007199254740991')).status],
    correct: [200, 200],
    faulty: [200, 400],
  },
  {
    fault: 'offset-safe-integer-only',
    probe: async (api) => [(await api('GET', '/v1/users?offset=9007199254740991')).status, (await api('GET', '/v1/users?offset=9007199254740992')).status],
    correct: [200, 200],
    faulty: [200, 400],
  },
  {
    fault: 'list-phantom-users',
    seedUsers: 10,
    probe: async (api) => {
      const listed = (await list(api, '?limit=10')).users as Json[];
      return Promise.all(listed.slice(5, 8).map(async (user) => (await api('GET', `/v1/users/${String(user.userId)}`)).status));
    },
    correct: [200, 200, 200],
    faulty: [200, 404, 200],
  },
  {
    fault: 'list-count-then-page',
    seedUsers: 2,
    // A list, and a create sent while it is being answered: does the page ever hold more users than its total counts?
    probe: async (api) => {
      const pages = [];
      for (let round = 0; round < 5; round++) {
        const [page] = await Promise.all([list(api, '?limit=1000'), created(api, { email: `race${round}@example.com` })]);
        pages.push(page);
      }
      return pages.some((page) => page.users.length !== page.metadata.total);
    },
    correct: false,
    faulty: true,
  },
  {
    fault: 'status-uppercase',
    seedUsers: 2,
    probe: async (api) => [(await created(api)).status, (await list(api, '?limit=2')).users.map((u: Json) => u.status)],
    correct: ['pending_verification', ['pending_verification', 'active']],
    faulty: ['PENDING_VERIFICATION', ['PENDING_VERIFICATION', 'ACTIVE']],
  },
  {
    fault: 'status-filter-ignored',
    seedUsers: 8,
    probe: async (api) => [(await list(api, '?status=closed')).metadata.total, (await api('GET', '/v1/users?status=deleted')).status],
    correct: [2, 400],
    faulty: [8, 400],
  },
  {
    fault: 'closed-excluded-from-total',
    seedUsers: 8,
    probe: async (api) => {
      const all = await list(api);
      return [all.metadata.total, all.users.length, (await list(api, '?status=closed')).metadata.total];
    },
    correct: [8, 8, 2],
    faulty: [6, 6, 2],
  },
  { fault: 'unknown-status-ignored', seedUsers: 4, probe: async (api) => (await api('GET', '/v1/users?status=deleted')).status, correct: 400, faulty: 200 },
  {
    fault: 'status-case-insensitive',
    seedUsers: 4,
    probe: async (api) => [(await api('GET', '/v1/users?status=ACTIVE')).status, (await api('GET', '/v1/users?status=active')).status],
    correct: [400, 200],
    faulty: [200, 200],
  },
  {
    fault: 'status-trimmed',
    seedUsers: 4,
    probe: async (api) => [(await api('GET', '/v1/users?status=%20active')).status, (await api('GET', '/v1/users?status=active')).status],
    correct: [400, 200],
    faulty: [200, 200],
  },
  {
    fault: 'plain-text-404',
    probe: async (api) => {
      const answer = await api('GET', '/v1/users/usr_nobody');
      return [answer.status, answer.mediaType, answer.status === 404 && answer.mediaType === 'text/plain' ? answer.text : 'json'];
    },
    correct: [404, 'application/problem+json', 'json'],
    faulty: [404, 'text/plain', 'Not Found'],
  },
  {
    fault: 'errors-plain-json',
    probe: async (api) => {
      const answer = await api('GET', '/v1/users?limit=0');
      return [answer.status, answer.mediaType, Object.keys(json(answer)).sort()];
    },
    correct: [400, 'application/problem+json', ['detail', 'status', 'title', 'type']],
    faulty: [400, 'application/json', ['error']],
  },
  {
    fault: '422-without-errors',
    probe: async (api) => {
      const answer = await api('POST', '/v1/users', { body: user({ country: 'usa' }) });
      return [answer.status, json(answer).errors];
    },
    correct: [422, [{ field: 'country', message: 'must match pattern "^[A-Z]{2}$"' }]],
    faulty: [422, undefined],
  },
  { fault: 'email-domain-lowercased', probe: async (api) => (await created(api, { email: 'Ada.L@Mail.Example.COM' })).email, correct: 'Ada.L@Mail.Example.COM', faulty: 'Ada.L@mail.example.com' },
  {
    fault: 'name-types-inferred',
    probe: async (api) => {
      const { userId, firstName, lastName } = await created(api, { firstName: 'true', lastName: '0042' });
      return [firstName, lastName, json(await api('GET', `/v1/users/${userId}`)).lastName];
    },
    correct: ['true', '0042', '0042'],
    faulty: [true, 42, 42],
  },
  {
    fault: 'patch-422-without-errors',
    probe: async (api) => {
      const rejected = await api('POST', '/v1/users', { body: user({ country: 'usa' }) });
      const patched = await api('PATCH', `/v1/users/${(await created(api)).userId}`, { body: { firstName: '' } });
      return [rejected.status, Array.isArray(json(rejected).errors), patched.status, Array.isArray(json(patched).errors)];
    },
    correct: [422, true, 422, true],
    faulty: [422, true, 422, false],
  },
  { fault: 'problem-empty-title', probe: async (api) => json(await api('GET', '/v1/users/usr_nobody')).title, correct: 'Not Found', faulty: '' },
  {
    fault: 'updated-at-same-millisecond',
    probe: async (api) => {
      // PATCHes at once land in the same millisecond (20 of them can hardly each get one of their own).
      const { userId, updatedAt } = await created(api);
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => api('PATCH', `/v1/users/${userId}`, { body: { firstName: `Ada${'a'.repeat(i)}` } })));
      return new Set([updatedAt, ...answers.map((answer) => json(answer).updatedAt)]).size === 21;
    },
    correct: true,
    faulty: false,
  },
  {
    fault: 'patch-updated-at-not-saved',
    probe: async (api) => {
      const { userId } = await created(api);
      const patched = json(await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace' } }));
      const read = json(await api('GET', `/v1/users/${userId}`));
      return [read.firstName, read.updatedAt === patched.updatedAt];
    },
    correct: ['Grace', true],
    faulty: ['Grace', false],
  },
  {
    fault: 'conflict-leaks-connection',
    probe: async (api) => {
      await created(api);
      for (let i = 0; i < 10; i += 1) await createStatus(api, {});
      return [await createStatus(api, {}), (await api('GET', '/v1/users')).status];
    },
    correct: [409, 200],
    faulty: [500, 500],
  },
  {
    fault: 'patch-404-leaks-connection',
    probe: async (api) => {
      const patchUnknown = async (): Promise<number> => (await api('PATCH', '/v1/users/usr_nobody', { body: { firstName: 'Grace' } })).status;
      for (let i = 0; i < 10; i += 1) await patchUnknown();
      return [await patchUnknown(), (await api('GET', '/v1/users')).status];
    },
    correct: [404, 200],
    faulty: [500, 500],
  },
  {
    fault: 'patch-resets-status',
    seedUsers: 4,
    probe: async (api) => json(await api('PATCH', `/v1/users/${seedId(1)}`, { body: { firstName: 'Grace' } })).status,
    correct: 'active',
    faulty: 'pending_verification',
  },
  {
    fault: 'patch-phoneless-crash',
    probe: async (api) => {
      const { userId } = await created(api, { phoneNumber: undefined });
      return (await api('PATCH', `/v1/users/${userId}`, { body: { firstName: 'Grace' } })).status;
    },
    correct: 200,
    faulty: 500,
  },
  {
    fault: 'patch-imported-not-saved',
    seedUsers: 1,
    probe: async (api) => {
      const patched = await api('PATCH', `/v1/users/${seedId(0)}`, { body: { firstName: 'Grace' } });
      return [patched.status, json(await api('GET', `/v1/users/${seedId(0)}`)).firstName === 'Grace'];
    },
    correct: [200, true],
    faulty: [200, false],
  },
  {
    fault: 'duplicates-only-among-new',
    seedUsers: 1,
    probe: async (api) => [await createStatus(api, { email: 'SEED-1@example.com' }), await createStatus(api, { email: 'new@example.com' }), await createStatus(api, { email: 'New@example.com' })],
    correct: [409, 201, 409],
    faulty: [201, 201, 409],
  },
  {
    fault: 'email-index-first-page',
    seedUsers: 20,
    probe: async (api) => [await createStatus(api, { email: 'seed-1@example.com' }), await createStatus(api, { email: 'SEED-15@example.com' }), await createStatus(api, { email: 'new@example.com' }), await createStatus(api, { email: 'New@example.com' })],
    correct: [409, 409, 201, 409],
    faulty: [409, 201, 201, 409],
  },
  {
    fault: 'first-id-collides',
    seedUsers: 1,
    probe: async (api) => {
      const { userId } = await created(api);
      return json(await api('GET', `/v1/users/${userId}`)).email;
    },
    correct: 'ada@example.com',
    faulty: 'seed-1@example.com',
  },
];

const servers: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function run(row: Row, faultList: FaultName[]): Promise<unknown> {
  const server = await startReferenceServer({ faults: faultList, seedUsers: row.seedUsers ?? 0 });
  servers.push(server);
  return row.probe((method, path, call) => callApi(server.url, method, path, call));
}

describe('faults', () => {
  it('has exactly one row per fault in the table', () => {
    expect(rows.map((r) => r.fault).sort()).toEqual([...faultNames].sort());
  });

  it.each(Object.entries(faults))('%s names the rule it breaks and what it changes', (_name, fault) => {
    expect(fault.rule.length).toBeGreaterThan(10);
    expect(fault.description.length).toBeGreaterThan(10);
  });

  it.each(rows)('$fault changes what the server does', async (row) => {
    expect(row.faulty).not.toEqual(row.correct);
    expect(await run(row, [])).toEqual(row.correct);
    expect(await run(row, [row.fault])).toEqual(row.faulty);
  });
});
