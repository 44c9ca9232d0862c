import { describe, expect, it } from 'vitest';
import { userStatuses as statuses } from '../user-record.js';
import { createAlternativeStore, type AltUser } from './create-alternative-store.js';

const countries = ['US', 'DE', 'GR', 'JP'];
const fields = (n: number) => ({ email: `User${n}@Example.com`, firstName: 'Ann', lastName: 'Lee', dateOfBirth: '1990-01-01', country: 'DE' });
/** List order: createdAt, then userId in code-unit order. */
const inOrder = (users: AltUser[]): boolean => users.every((u, i) => i === 0 || users[i - 1].createdAt < u.createdAt || (users[i - 1].createdAt === u.createdAt && users[i - 1].userId < u.userId));

describe('createAlternativeStore', () => {
  it('seeds users in list order, with ties on createdAt and every status', () => {
    const store = createAlternativeStore({ seedUsers: 150, countries });
    const { users, total } = store.page(undefined, 0, 1000);
    expect(total).toBe(150);
    expect(inOrder(users)).toBe(true);
    expect(users.some((u, i) => i > 0 && users[i - 1].createdAt === u.createdAt)).toBe(true);
    // Some ties are in code-unit order but not in case-insensitive order.
    expect(users.some((u, i) => i > 0 && users[i - 1].createdAt === u.createdAt && users[i - 1].userId.toLowerCase() > u.userId.toLowerCase())).toBe(true);
    expect(statuses.reduce((n, s) => n + store.page(s, 0, 1000).total, 0)).toBe(150);
    for (const s of statuses) expect(store.page(s, 0, 1).total).toBeGreaterThan(0);
  });

  it('puts every new user last, even when many share a second', () => {
    const store = createAlternativeStore({ seedUsers: 20, countries });
    const second = Date.UTC(2026, 0, 1) * 1000;
    // 300 creates in one second, the clock standing still at times: all sort after those before them.
    for (let n = 0; n < 300; n++) {
      const before = store.page(undefined, 0, 1000).users;
      const user = store.create(fields(n), second + Math.floor(n / 3) * 17);
      const after = store.page(undefined, 0, 1000).users;
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.at(-1)).toBe(user);
      expect(user.userId).toMatch(/^usr_[A-Za-z0-9]{1,64}$/);
    }
    const { users } = store.page(undefined, 0, 1000);
    expect(inOrder(users)).toBe(true);
    expect(new Set(users.map((u) => u.userId)).size).toBe(users.length);
    // Users that write whole seconds (or fall behind the last one) tie with the user before them.
    expect(users.filter((u, i) => i > 0 && users[i - 1].createdAt === u.createdAt).length).toBeGreaterThan(50);
  });

  it('finds e-mails in any case, keeps them as sent, and moves updatedAt on by whole seconds', () => {
    const store = createAlternativeStore({ seedUsers: 0, countries });
    const user = store.create(fields(1), 1_700_000_000_123_456);
    expect(store.emailTaken('user1@example.COM')).toBe(true);
    expect(user.email).toBe('User1@Example.com');
    expect(user.updatedAt).toBeUndefined();
    store.update(user, { lastName: 'Smith' }, 1_700_000_000_200_000);
    const first = user.updatedAt!;
    expect(first % 1_000_000).toBe(0);
    expect(first).toBeGreaterThan(user.createdAt);
    store.update(user, { lastName: 'Jones' }, 1_700_000_000_200_000);
    expect(user.updatedAt).toBe(first + 1_000_000);
    expect(user.lastName).toBe('Jones');
  });

  it('answers past the end with an empty page', () => {
    const store = createAlternativeStore({ seedUsers: 5, countries });
    expect(store.page(undefined, 5, 10)).toEqual({ users: [], total: 5 });
    expect(store.page(undefined, 9007199254740992, 10)).toEqual({ users: [], total: 5 });
  });
});
