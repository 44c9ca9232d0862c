import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext, CreatedUser, OperationInput } from '../../src/run/check-context.js';
import createListed from './create-listed.js';

interface FakeUser {
  userId: string;
  createdAt: string;
  status: string;
}

/**
 * A list target in memory: `insertAt(users)` says where a new user lands;
 * `omitLast` hides the last user of every page that reaches the end.
 */
function fakeTarget(options: { seeded: number; insertAt: (users: FakeUser[]) => number; omitLast?: boolean }) {
  const users: FakeUser[] = Array.from({ length: options.seeded }, (_, i) => ({
    userId: `usr_${String(i).padStart(6, '0')}`,
    createdAt: '2024-01-01T00:00:00Z',
    status: 'pending_verification',
  }));
  const exchange = (url: string, status: number, json: unknown): Exchange => ({
    status,
    json,
    hasJson: true,
    headers: {},
    text: JSON.stringify(json),
    request: { method: 'GET', url, headers: {} },
    durationMs: 0,
    record: { request: { method: 'GET', url, headers: {} }, startedAt: '', durationMs: 0 },
    curl: `curl ${url}`,
  });
  const ctx = {
    async send(operationId: string, input: OperationInput = {}) {
      if (operationId !== 'listUsers') throw new Error(`unexpected ${operationId}`);
      const q = input.query as Record<string, string>;
      const limit = Number(q.limit ?? 100);
      const offset = Number(q.offset ?? 0);
      const all = users.filter((u) => q.status === undefined || u.status === q.status);
      let page = all.slice(offset, offset + limit);
      if (options.omitLast && offset + limit >= all.length) page = page.slice(0, -1);
      const url = `http://t/v1/users?${new URLSearchParams(q).toString()}`;
      return exchange(url, 200, { users: page, metadata: { total: all.length, limit, offset } });
    },
    async createUser(): Promise<CreatedUser> {
      // Created in the same second as the last users: placed among them by userId.
      const user = { userId: 'usr_new', createdAt: '2024-01-01T00:00:00Z', status: 'pending_verification' };
      users.splice(options.insertAt(users), 0, user);
      return { userId: user.userId, sent: {}, body: { ...user }, exchange: exchange('http://t/v1/users', 201, user) };
    },
    finding(message: string) {
      return { message };
    },
  };
  return ctx as unknown as CheckContext;
}

describe('CREATE-LISTED', () => {
  const rows = [
    { name: 'new user last', seeded: 150, insertAt: (u: FakeUser[]) => u.length, omitLast: false, want: 'passed' },
    { name: 'new user among 40 tied with it, sorted by userId', seeded: 150, insertAt: (u: FakeUser[]) => u.length - 40, omitLast: false, want: 'passed' },
    { name: 'new user among 250 tied with it', seeded: 400, insertAt: (u: FakeUser[]) => u.length - 250, omitLast: false, want: 'passed' },
    { name: 'empty target', seeded: 0, insertAt: () => 0, omitLast: false, want: 'passed' },
    { name: 'the list omits its last user, the new one', seeded: 150, insertAt: (u: FakeUser[]) => u.length, omitLast: true, want: 'failed' },
    { name: 'the list omits its last user, another one', seeded: 150, insertAt: (u: FakeUser[]) => u.length - 5, omitLast: true, want: 'failed' },
  ];
  it.each(rows)('$name: $want', async ({ seeded, insertAt, omitLast, want }) => {
    const outcome = await createListed.run!(fakeTarget({ seeded, insertAt, omitLast }));
    expect(Array.isArray(outcome) && outcome.length > 0 ? 'failed' : Array.isArray(outcome) ? 'passed' : `skipped: ${outcome.skip}`).toBe(want);
  });
});
