import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { Pool } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectSpec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import { createValidators } from '../validate/create-ajv.js';
import { callApi, type ApiAnswer, type ApiCall } from '../../test/support/call-api.js';
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from './start-reference-server.js';

// The correct server against every rule of the contract. Every answer is
// also checked against the spec's response schema for its operation.

let validators: Validators;
beforeAll(async () => {
  validators = createValidators(await projectSpec());
});

const servers: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const server = await startReferenceServer(options);
  servers.push(server);
  return server;
}

const operationOf = (method: string, path: string): string | undefined => {
  const bare = path.split('?')[0];
  if (bare === '/v1/users') return method === 'POST' ? 'createUser' : method === 'GET' ? 'listUsers' : undefined;
  if (/^\/v1\/users\/[^/]+$/.test(bare)) return method === 'PATCH' ? 'updateUser' : method === 'GET' ? 'getUser' : undefined;
  return undefined;
};

/** Calls the server and checks the answer against what the spec says of it; never a 5xx. */
async function api(server: ReferenceServer, method: string, path: string, call?: ApiCall): Promise<ApiAnswer> {
  const answer = await callApi(server.url, method, path, call);
  expect(answer.status, `${method} ${path}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
  if (answer.status >= 400) {
    // Every error (413 and 415 too) is a problem document whose status is the HTTP status.
    expect(answer.mediaType).toBe('application/problem+json');
    expect(answer.json).toMatchObject({ type: 'about:blank', status: answer.status, title: expect.any(String), detail: expect.any(String) });
  }
  const operation = operationOf(method, path);
  // 413, 415 and 405 bodies are free-form in the spec; 403 (the user cap) is the server's own, outside the contract.
  if (operation && ![403, 405, 413, 415].includes(answer.status)) {
    const rule = validators.response(operation, answer.status, answer.mediaType);
    expect(rule.documented, `${operation} ${answer.status} is documented`).toBe(true);
    expect(rule.check?.(answer.json) ?? [], `${method} ${path} → ${answer.status} matches the spec`).toEqual([]);
  }
  return answer;
}

let emails = 0;
/** A valid create body with a fresh e-mail. */
function newUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  emails += 1;
  return { email: `user${emails}@example.com`, firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1990-01-01', country: 'US', ...overrides };
}

const today = new Date().toISOString().slice(0, 10);
const rfc3339Ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface UserBody {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  phoneNumber?: string;
  status: string;
  createdAt: string;
  updatedAt: string;
}
interface Page {
  users: UserBody[];
  metadata: { total: number; limit: number; offset: number };
}
const total = async (server: ReferenceServer): Promise<number> => ((await api(server, 'GET', '/v1/users?limit=1')).json as Page).metadata.total;

describe('POST /v1/users', () => {
  const accepted: { name: string; given: Record<string, unknown> }[] = [
    { name: 'the docs example', given: { firstName: 'John', lastName: 'Doe', phoneNumber: '+1234567890' } },
    { name: 'no phoneNumber', given: {} },
    { name: 'letters of any script', given: { firstName: 'Zoë Ólafsdóttir', lastName: '李 Αλέξανδρος محمد' } },
    { name: 'names kept exactly, white space and case', given: { firstName: '  ada  ', lastName: "o'NEIL-smith " } },
    { name: 'names of 100 code points (200 code units)', given: { firstName: '😀'.repeat(100), lastName: 'x'.repeat(100) } },
    { name: 'names of 1 code point', given: { firstName: 'A', lastName: '李' } },
    { name: 'a 2-digit phone', given: { phoneNumber: '+12' } },
    { name: 'a 15-digit phone', given: { phoneNumber: '+123456789012345' } },
    { name: 'born 1900-01-01', given: { dateOfBirth: '1900-01-01' } },
    { name: 'born today', given: { dateOfBirth: today } },
    { name: 'born 29 February of a leap year', given: { dateOfBirth: '2000-02-29' } },
    { name: 'an e-mail with tags, dots and subdomains', given: { email: `first.last+tag${emails}@mail.example.com` } },
    { name: 'an e-mail with upper case', given: { email: `Mixed.Case${emails}@Example.COM` } },
    { name: 'an e-mail of 254 characters', given: { email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(49)}.example.com` } },
  ];
  it.each(accepted)('201 for $name, echoing what was sent', async ({ given }) => {
    const server = await start();
    const sent = newUser(given);
    const answer = await api(server, 'POST', '/v1/users', { body: sent });
    expect(answer.status).toBe(201);
    const body = answer.json as UserBody & Record<string, unknown>;
    expect(body).toMatchObject(sent);
    expect(body.status).toBe('pending_verification');
    expect(body.createdAt).toMatch(rfc3339Ms);
    expect(body.updatedAt).toBe(body.createdAt);
    expect(body.verificationStatus).toEqual({ email: 'pending', identity: 'pending', address: 'pending' });
    expect('phoneNumber' in body).toBe('phoneNumber' in sent);
    expect(answer.headers.location).toBe(`/v1/users/${body.userId}`);
    const read = await api(server, 'GET', `/v1/users/${body.userId}`);
    expect(read.json).toEqual(body);
    const listed = (await api(server, 'GET', '/v1/users')).json as Page;
    expect(listed.users.map((u) => u.userId)).toEqual([body.userId]);
  });

  const rejected: { name: string; given: Record<string, unknown>; drop?: string; fields: string[] }[] = [
    ...['email', 'firstName', 'lastName', 'dateOfBirth', 'country'].map((field) => ({ name: `no ${field}`, given: {}, drop: field, fields: [field] })),
    ...['userId', 'status', 'createdAt', 'updatedAt', 'verificationStatus', 'nickname', '__proto__', 'constructor', 'prototype'].map((field) => ({
      name: `a ${field} field`,
      given: { [field]: field === 'status' ? 'pending_verification' : 'x' },
      fields: [field],
    })),
    { name: 'phoneNumber null', given: { phoneNumber: null }, fields: ['phoneNumber'] },
    { name: 'a 16-digit phone', given: { phoneNumber: '+1234567890123456' }, fields: ['phoneNumber'] },
    { name: 'a phone starting +0', given: { phoneNumber: '+0123456' }, fields: ['phoneNumber'] },
    { name: 'a phone without +', given: { phoneNumber: '14155550100' }, fields: ['phoneNumber'] },
    { name: 'an e-mail with a space', given: { email: 'a b@example.com' }, fields: ['email'] },
    { name: 'an e-mail with two @', given: { email: 'a@@example.com' }, fields: ['email'] },
    { name: 'an e-mail without @', given: { email: 'example.com' }, fields: ['email'] },
    { name: 'an e-mail with an empty local part', given: { email: '@example.com' }, fields: ['email'] },
    { name: 'an e-mail with an empty domain', given: { email: 'a@' }, fields: ['email'] },
    { name: 'an e-mail of 255 characters', given: { email: `${'a'.repeat(64)}@${'b'.repeat(178)}.example.com` }, fields: ['email'] },
    { name: 'an empty firstName', given: { firstName: '' }, fields: ['firstName'] },
    { name: 'a blank lastName', given: { lastName: ' \t ' }, fields: ['lastName'] },
    { name: 'a firstName of 101 code points', given: { firstName: 'é'.repeat(101) }, fields: ['firstName'] },
    { name: 'a number as firstName', given: { firstName: 5 }, fields: ['firstName'] },
    { name: 'dateOfBirth 2021-02-30', given: { dateOfBirth: '2021-02-30' }, fields: ['dateOfBirth'] },
    { name: 'dateOfBirth 1899-12-31', given: { dateOfBirth: '1899-12-31' }, fields: ['dateOfBirth'] },
    { name: 'dateOfBirth in the future', given: { dateOfBirth: '2999-01-01' }, fields: ['dateOfBirth'] },
    { name: 'dateOfBirth 1990-1-1', given: { dateOfBirth: '1990-1-1' }, fields: ['dateOfBirth'] },
    { name: 'dateOfBirth as a date-time', given: { dateOfBirth: '1990-01-01T00:00:00Z' }, fields: ['dateOfBirth'] },
    { name: "country 'us'", given: { country: 'us' }, fields: ['country'] },
    { name: "country 'USA'", given: { country: 'USA' }, fields: ['country'] },
    { name: "country '1A'", given: { country: '1A' }, fields: ['country'] },
    { name: 'several bad fields at once', given: { email: 'x', country: 'x', status: 'active' }, fields: ['email', 'country', 'status'] },
  ];
  it.each(rejected)('422 for $name, naming the field, creating nothing', async ({ given, drop, fields }) => {
    const server = await start({ seedUsers: 3 });
    const body = newUser(given);
    if (drop) delete body[drop];
    const answer = await api(server, 'POST', '/v1/users', { body: JSON.stringify(body) });
    expect(answer.status).toBe(422);
    const named = (answer.json as { errors: { field: string; message: string }[] }).errors.map((e) => e.field);
    expect(new Set(named)).toEqual(new Set(fields));
    expect(await total(server)).toBe(3);
    // The e-mail of a rejected body is still free.
    if (typeof body.email === 'string' && !fields.includes('email')) {
      const retry = await api(server, 'POST', '/v1/users', { body: { ...newUser(), email: body.email } });
      expect(retry.status).toBe(201);
    }
  });

  it('keeps __proto__ and constructor keys from touching any prototype', async () => {
    const server = await start();
    const answer = await api(server, 'POST', '/v1/users', {
      body: `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(newUser()).slice(1)}`,
    });
    expect(answer.status).toBe(422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const duplicates: { name: string; first: string; second: string }[] = [
    { name: 'the same e-mail', first: 'dup@example.com', second: 'dup@example.com' },
    { name: 'the same e-mail in other case', first: 'dup@example.com', second: 'DUP@Example.Com' },
    { name: 'a seeded user’s e-mail in other case', first: 'seed-2@example.com', second: 'SEED-2@example.com' },
  ];
  it.each(duplicates)('409 for $name, creating nothing', async ({ first, second }) => {
    const server = await start({ seedUsers: 2 });
    if (!first.startsWith('seed-')) expect((await api(server, 'POST', '/v1/users', { body: newUser({ email: first }) })).status).toBe(201);
    const before = await total(server);
    const answer = await api(server, 'POST', '/v1/users', { body: newUser({ email: second, firstName: 'Other' }) });
    expect(answer.status).toBe(409);
    expect(await total(server)).toBe(before);
  });

  const notObjects = ['{"email":', 'not json', '', '[]', '[{"email":"a@example.com"}]', '"text"', '42', 'null', 'true', '\ufeff{}'];
  it.each(notObjects)('400 for the body %j', async (body) => {
    const server = await start();
    expect((await api(server, 'POST', '/v1/users', { body })).status).toBe(400);
  });

  const contentTypes: { given: string | null; want: number }[] = [
    { given: 'application/json', want: 201 },
    { given: 'application/json; charset=utf-8', want: 201 },
    { given: 'Application/JSON;charset=UTF-8', want: 201 },
    { given: 'application/vnd.users+json', want: 201 },
    { given: 'text/plain', want: 415 },
    { given: 'application/x-www-form-urlencoded', want: 415 },
    { given: 'application/jsonx', want: 415 },
    { given: null, want: 415 },
  ];
  it.each(contentTypes)('content type $given → $want', async ({ given, want }) => {
    const server = await start();
    expect((await api(server, 'POST', '/v1/users', { body: newUser(), contentType: given })).status).toBe(want);
  });

  it('refuses a body over 1 MiB with 413, declared or streamed, and keeps serving', async () => {
    const server = await start();
    const pool = new Pool(server.url, { connections: 1 });
    try {
      const big = `{"firstName":"${'a'.repeat(1024 * 1024 - 15)}"}`;
      expect(Buffer.byteLength(big)).toBe(1024 * 1024 + 1);
      const declared = await pool.request({ method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body: big });
      expect(declared.statusCode).toBe(413);
      await declared.body.text();
      // No Content-Length: the server counts as it reads.
      const chunks = Readable.from(Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x20)));
      const streamed = await pool.request({ method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body: chunks });
      expect(streamed.statusCode).toBe(413);
      await streamed.body.text();
      const after = await pool.request({ method: 'GET', path: '/v1/users' });
      expect(after.statusCode).toBe(200);
      await after.body.text();
    } finally {
      await pool.close();
    }
  });

  it('accepts a body of exactly 1 MiB (then judges its fields)', async () => {
    const server = await start();
    const body = JSON.stringify(newUser({ padding: 'p'.repeat(1024 * 1024) })).slice(0, 1024 * 1024 - 2) + '"}';
    expect(Buffer.byteLength(body)).toBe(1024 * 1024);
    expect((await api(server, 'POST', '/v1/users', { body })).status).toBe(422);
  });

  it('answers 403 past maxUsers, seeded users counted', async () => {
    const server = await start({ seedUsers: 1, maxUsers: 2 });
    expect((await api(server, 'POST', '/v1/users', { body: newUser() })).status).toBe(201);
    const refused = await api(server, 'POST', '/v1/users', { body: newUser() });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ title: 'user cap reached' });
  });
});

describe('GET /v1/users/{userId}', () => {
  it('200 with the whole user', async () => {
    const server = await start({ seedUsers: 5 });
    const created = (await api(server, 'POST', '/v1/users', { body: newUser({ phoneNumber: '+4420794600' }) })).json as UserBody;
    const answer = await api(server, 'GET', `/v1/users/${created.userId}`);
    expect(answer.status).toBe(200);
    expect(answer.mediaType).toBe('application/json');
    expect(answer.json).toEqual(created);
    const seeded = await api(server, 'GET', '/v1/users/usr_0000000004');
    expect(seeded.json).toMatchObject({ userId: 'usr_0000000004', email: 'seed-5@example.com' });
  });

  const unknown = ['usr_0000000009', 'usr_doesnotexist', 'usr_A', 'usr_' + 'z'.repeat(64), 'abc', 'usr_', 'usr_' + 'z'.repeat(65), 'usr_a-b', 'USR_abc', 'usr_%41%zz', '%00'];
  it.each(unknown)('404 for %s', async (id) => {
    const server = await start({ seedUsers: 5 });
    expect((await api(server, 'GET', `/v1/users/${id}`)).status).toBe(404);
  });
});

describe('PATCH /v1/users/{userId}', () => {
  const changes: { name: string; given: Record<string, unknown> }[] = [
    { name: 'firstName', given: { firstName: 'Grace' } },
    { name: 'lastName, exactly as sent', given: { lastName: '  Hopper ' } },
    { name: 'phoneNumber', given: { phoneNumber: '+4420794600' } },
    { name: 'all three', given: { firstName: 'Зоя', lastName: '李', phoneNumber: '+12' } },
  ];
  it.each(changes)('200 changing only $name; updatedAt strictly later; a GET agrees', async ({ given }) => {
    const server = await start();
    const before = (await api(server, 'POST', '/v1/users', { body: newUser({ phoneNumber: '+14155550100' }) })).json as UserBody;
    const answer = await api(server, 'PATCH', `/v1/users/${before.userId}`, { body: given });
    expect(answer.status).toBe(200);
    const after = answer.json as UserBody;
    const { updatedAt, ...rest } = after;
    expect(rest).toEqual({ ...withoutUpdatedAt(before), ...given });
    expect(updatedAt > before.updatedAt).toBe(true);
    expect(updatedAt >= after.createdAt).toBe(true);
    expect((await api(server, 'GET', `/v1/users/${before.userId}`)).json).toEqual(after);
    // Twice within one ms still moves updatedAt on.
    const again = (await api(server, 'PATCH', `/v1/users/${before.userId}`, { body: given })).json as UserBody;
    expect(again.updatedAt > after.updatedAt).toBe(true);
  });

  it('changes a seeded user, who then shows changed in the list too', async () => {
    const server = await start({ seedUsers: 6 });
    const answer = await api(server, 'PATCH', '/v1/users/usr_0000000002', { body: { firstName: 'Changed' } });
    expect(answer.status).toBe(200);
    const page = (await api(server, 'GET', '/v1/users?offset=2&limit=1')).json as Page;
    expect(page.users[0]).toEqual(answer.json);
    expect((await api(server, 'GET', '/v1/users?status=suspended')).json).toMatchObject({ users: [answer.json] });
  });

  const rejected: { name: string; given: unknown; want: number }[] = [
    { name: 'an empty object', given: {}, want: 422 },
    ...['email', 'status', 'userId', 'createdAt', 'updatedAt', 'dateOfBirth', 'country', 'verificationStatus', 'nickname', '__proto__'].map((field) => ({
      name: `${field} (not writable)`,
      given: { firstName: 'Grace', [field]: field === 'email' ? 'new@example.com' : field === 'status' ? 'active' : 'x' },
      want: 422,
    })),
    { name: 'a blank firstName', given: { firstName: '  ' }, want: 422 },
    { name: 'a valid and an invalid field', given: { firstName: 'Grace', phoneNumber: '555' }, want: 422 },
    { name: 'phoneNumber null', given: { phoneNumber: null }, want: 422 },
    { name: 'a lastName of 101 code points', given: { lastName: 'x'.repeat(101) }, want: 422 },
    { name: 'not JSON', given: '{"firstName":', want: 400 },
    { name: 'an array', given: '[{"firstName":"Grace"}]', want: 400 },
    { name: 'null', given: 'null', want: 400 },
  ];
  it.each(rejected)('$want for $name, leaving the user unchanged', async ({ given, want }) => {
    const server = await start();
    const before = (await api(server, 'POST', '/v1/users', { body: newUser({ phoneNumber: '+14155550100' }) })).json as UserBody;
    const answer = await api(server, 'PATCH', `/v1/users/${before.userId}`, { body: given });
    expect(answer.status).toBe(want);
    expect((await api(server, 'GET', `/v1/users/${before.userId}`)).json).toEqual(before);
  });

  it('415 for a non-JSON content type, application/merge-patch+json is fine', async () => {
    const server = await start({ seedUsers: 1 });
    expect((await api(server, 'PATCH', '/v1/users/usr_0000000000', { body: { firstName: 'X' }, contentType: 'text/plain' })).status).toBe(415);
    expect((await api(server, 'PATCH', '/v1/users/usr_0000000000', { body: { firstName: 'X' }, contentType: null })).status).toBe(415);
    expect((await api(server, 'PATCH', '/v1/users/usr_0000000000', { body: { firstName: 'X' }, contentType: 'application/merge-patch+json' })).status).toBe(200);
  });

  const unknown = ['usr_0000000009', 'usr_nobody', 'not-an-id'];
  it.each(unknown)('404 for %s', async (id) => {
    const server = await start({ seedUsers: 2 });
    expect((await api(server, 'PATCH', `/v1/users/${id}`, { body: { firstName: 'Grace' } })).status).toBe(404);
    expect(await total(server)).toBe(2);
  });
});

function withoutUpdatedAt(user: UserBody): Omit<UserBody, 'updatedAt'> {
  const { updatedAt: _, ...rest } = user;
  return rest;
}

describe('GET /v1/users', () => {
  let server: ReferenceServer;
  let all: UserBody[];
  beforeAll(async () => {
    server = await startReferenceServer({ seedUsers: 23 });
    for (let i = 0; i < 7; i += 1) await callApi(server.url, 'POST', '/v1/users', { body: newUser() });
    all = ((await callApi(server.url, 'GET', '/v1/users?limit=1000')).json as Page).users;
  });
  afterAll(() => server.close());

  it('lists everyone, ordered by createdAt then userId, new users last', () => {
    expect(all).toHaveLength(30);
    const keys = all.map((u) => [u.createdAt, u.userId] as const);
    const sorted = [...keys].sort(([a1, b1], [a2, b2]) => (a1 < a2 ? -1 : a1 > a2 ? 1 : b1 < b2 ? -1 : b1 > b2 ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(all.slice(23).every((u) => u.email.startsWith('user'))).toBe(true);
    expect(new Set(all.map((u) => u.userId)).size).toBe(30);
  });

  const pages: { given: string; want: { total: number; limit: number; offset: number; from: number; count: number } }[] = [
    { given: '', want: { total: 30, limit: 100, offset: 0, from: 0, count: 30 } },
    { given: '?limit=1', want: { total: 30, limit: 1, offset: 0, from: 0, count: 1 } },
    { given: '?limit=1000', want: { total: 30, limit: 1000, offset: 0, from: 0, count: 30 } },
    { given: '?limit=5&offset=10', want: { total: 30, limit: 5, offset: 10, from: 10, count: 5 } },
    { given: '?limit=5&offset=28', want: { total: 30, limit: 5, offset: 28, from: 28, count: 2 } },
    { given: '?offset=29', want: { total: 30, limit: 100, offset: 29, from: 29, count: 1 } },
    { given: '?offset=30', want: { total: 30, limit: 100, offset: 30, from: 30, count: 0 } },
    { given: '?offset=9007199254740991', want: { total: 30, limit: 100, offset: 9007199254740991, from: 30, count: 0 } },
    { given: '?limit=3&colour=blue&sort=desc', want: { total: 30, limit: 3, offset: 0, from: 0, count: 3 } },
  ];
  it.each(pages)('GET /v1/users$given', async ({ given, want }) => {
    const page = (await api(server, 'GET', `/v1/users${given}`)).json as Page;
    expect(page.metadata).toEqual({ total: want.total, limit: want.limit, offset: want.offset });
    expect(page.users).toEqual(all.slice(want.from, want.from + want.count));
  });

  it('pages of 7 neither overlap nor leave gaps', async () => {
    const walked: UserBody[] = [];
    for (let offset = 0; offset < 35; offset += 7) walked.push(...((await api(server, 'GET', `/v1/users?limit=7&offset=${offset}`)).json as Page).users);
    expect(walked).toEqual(all);
  });

  const statuses = ['pending_verification', 'active', 'suspended', 'closed'];
  it.each(statuses)('status=%s lists only those, in order, with their total', async (status) => {
    const page = (await api(server, 'GET', `/v1/users?status=${status}&limit=1000`)).json as Page;
    const want = all.filter((u) => u.status === status);
    expect(want.length).toBeGreaterThan(0);
    expect(page.users).toEqual(want);
    expect(page.metadata.total).toBe(want.length);
    const second = (await api(server, 'GET', `/v1/users?status=${status}&limit=2&offset=1`)).json as Page;
    expect(second.users).toEqual(want.slice(1, 3));
  });

  it('status totals add up to the unfiltered total; pending is another name for pending_verification', async () => {
    let sum = 0;
    for (const status of statuses) sum += ((await api(server, 'GET', `/v1/users?status=${status}&limit=1`)).json as Page).metadata.total;
    expect(sum).toBe(30);
    expect((await api(server, 'GET', '/v1/users?status=pending')).json).toEqual((await api(server, 'GET', '/v1/users?status=pending_verification')).json);
  });

  const bad = ['limit=0', 'limit=1001', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=', 'limit=1e2', 'offset=-1', 'offset=1.5', 'offset=abc', 'offset=', 'offset=99999999999999999999', 'status=deleted', 'status=', 'status=Active'];
  it.each(bad)('400 for ?%s', async (query) => {
    expect((await api(server, 'GET', `/v1/users?${query}`)).status).toBe(400);
  });
});

describe('errors and transport', () => {
  const paths: { method: string; path: string; want: number; allow?: string }[] = [
    { method: 'GET', path: '/', want: 404 },
    { method: 'GET', path: '/v1', want: 404 },
    { method: 'GET', path: '/v1/users/', want: 404 },
    { method: 'GET', path: '/v1/users/usr_1/extra', want: 404 },
    { method: 'GET', path: '/v2/users', want: 404 },
    { method: 'DELETE', path: '/v1/users', want: 405, allow: 'GET, HEAD, POST' },
    { method: 'PUT', path: '/v1/users', want: 405, allow: 'GET, HEAD, POST' },
    { method: 'PATCH', path: '/v1/users', want: 405, allow: 'GET, HEAD, POST' },
    { method: 'DELETE', path: '/v1/users/usr_1', want: 405, allow: 'GET, HEAD, PATCH' },
    { method: 'POST', path: '/v1/users/usr_1', want: 405, allow: 'GET, HEAD, PATCH' },
  ];
  it.each(paths)('$method $path → $want problem', async ({ method, path, want, allow }) => {
    const server = await start();
    const answer = await api(server, method, path);
    expect(answer.status).toBe(want);
    expect(answer.headers.allow).toBe(allow);
  });

  it('HEAD works like GET without a body', async () => {
    const server = await start({ seedUsers: 1 });
    const answer = await callApi(server.url, 'HEAD', '/v1/users');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
  });

  const nested: { name: string; body: string; want: number }[] = [
    { name: '100k nested arrays', body: '['.repeat(100_000) + ']'.repeat(100_000), want: 400 },
    { name: '100k nested objects', body: '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), want: 422 },
    { name: '100k nested arrays as a field', body: `{"firstName":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, want: 422 },
    { name: '100k nested arrays as an unknown field', body: `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, want: 422 },
    { name: 'unclosed nesting', body: '['.repeat(200_000), want: 400 },
  ];
  it.each(nested)('$name: $want, never a 5xx, on create and update', async ({ body, want }) => {
    const server = await start({ seedUsers: 1 });
    expect((await api(server, 'POST', '/v1/users', { body })).status).toBe(want);
    expect((await api(server, 'PATCH', '/v1/users/usr_0000000000', { body })).status).toBe(want);
  });

  /** Writes raw bytes on a loopback socket; resolves with all it reads until the server ends the connection. */
  function rawExchange(server: ReferenceServer, bytes: string, hangUp = false): Promise<string> {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      let got = '';
      const socket = connect(Number(port), hostname, () => {
        socket.write(bytes);
        if (hangUp) socket.destroy();
      });
      socket.on('data', (chunk: Buffer) => {
        got += chunk.toString();
      });
      socket.on('close', () => resolve(got));
      socket.on('error', reject);
    });
  }

  it('answers unparseable HTTP with a JSON 400 problem', async () => {
    const server = await start();
    const got = await rawExchange(server, 'NOT HTTP AT ALL\r\n\r\n');
    expect(got).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(got.slice(got.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('shrugs off a client that hangs up mid-body', async () => {
    const server = await start();
    await rawExchange(server, 'POST /v1/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":', true);
    expect((await api(server, 'GET', '/v1/users')).status).toBe(200);
  });

  it('keeps connections alive, and close() ends idle ones', async () => {
    const server = await startReferenceServer();
    const pool = new Pool(server.url, { connections: 1 });
    let connects = 0;
    pool.on('connect', () => {
      connects += 1;
    });
    for (let i = 0; i < 3; i += 1) await (await pool.request({ method: 'GET', path: '/v1/users' })).body.text();
    expect(connects).toBe(1);
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await pool.close();
  });

  const badOptions: { name: string; given: ReferenceServerOptions }[] = [
    { name: 'an unknown fault', given: { faults: ['no-such-fault' as never] } },
    { name: 'negative seedUsers', given: { seedUsers: -1 } },
    { name: 'seedUsers over maxUsers', given: { seedUsers: 3, maxUsers: 2 } },
    { name: 'a fractional port', given: { port: 1.5 } },
  ];
  it.each(badOptions)('refuses to start with $name', async ({ given }) => {
    await expect(startReferenceServer(given)).rejects.toThrow(RangeError);
  });
});

describe('seeding', () => {
  // How fast seeding and deep pages are is measured by `npm run bench`, not asserted here.
  it('seeds a million users; a page near the end is right', async () => {
    const server = await start({ seedUsers: 1_000_000 });
    const page = (await api(server, 'GET', '/v1/users?offset=999900&limit=1000')).json as Page;
    expect(page.metadata).toEqual({ total: 1_000_000, limit: 1000, offset: 999_900 });
    expect(page.users).toHaveLength(100);
    expect(page.users[99]).toMatchObject({ userId: 'usr_' + (999_999).toString(36).padStart(10, '0'), email: 'seed-1000000@example.com', status: 'closed' });
    const closed = (await api(server, 'GET', '/v1/users?status=closed&offset=249999')).json as Page;
    expect(closed.users.map((u) => u.userId)).toEqual([page.users[99].userId]);
    expect(closed.metadata.total).toBe(250_000);
    const created = (await api(server, 'POST', '/v1/users', { body: newUser() })).json as UserBody;
    expect(created.userId > page.users[99].userId).toBe(true);
    expect((await api(server, 'GET', '/v1/users?offset=1000000')).json).toMatchObject({ users: [created], metadata: { total: 1_000_001 } });
    expect((await api(server, 'POST', '/v1/users', { body: newUser({ email: 'Seed-777@Example.com' }) })).status).toBe(409);
  });

  it('is deterministic, spread over the four statuses, in the past and in order', async () => {
    const [a, b] = [await start({ seedUsers: 40 }), await start({ seedUsers: 40 })];
    const pageA = (await api(a, 'GET', '/v1/users')).json as Page;
    expect((await api(b, 'GET', '/v1/users')).json).toEqual(pageA);
    expect(pageA.users.map((u) => u.status).slice(0, 8)).toEqual(['pending_verification', 'active', 'suspended', 'closed', 'pending_verification', 'active', 'suspended', 'closed']);
    const now = new Date().toISOString();
    expect(pageA.users.every((u) => u.createdAt < now && u.updatedAt === u.createdAt)).toBe(true);
    expect(new Set(pageA.users.map((u) => u.createdAt.slice(0, 10))).size).toBe(40);
    expect(new Set(pageA.users.map((u) => u.email)).size).toBe(40);
  });
});
