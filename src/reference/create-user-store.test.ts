import { describe, expect, it } from 'vitest';
import { createUserStore, type Column } from './create-user-store.js';
import { userStatuses, type UserStatus } from './user-record.js';

const ids = (column: Column): string[] => Array.from({ length: column.length }, (_, i) => column.at(i).userId);

/** Every subset of the four statuses, the empty one included. */
const subsets: UserStatus[][] = Array.from({ length: 16 }, (_, bits) => userStatuses.filter((_, s) => bits & (1 << s)));

describe('createUserStore column', () => {
  // The seeded part is arithmetic, the created part stored: both must equal filtering every user, in list order.
  it.each([0, 1, 4, 7, 10])('with %i seeded users and 5 created, every set of statuses lists what filtering all users lists', (seedUsers) => {
    const store = createUserStore({ seedUsers, countries: ['US'] });
    userStatuses.forEach((status, i) => store.create({ email: `u${i}@example.com` }, status, 0));
    store.create({ email: 'u4@example.com' }, 'closed', 0);
    const all = store.column(userStatuses);
    expect(all.length).toBe(seedUsers + 5);
    for (const statuses of subsets) {
      const want = ids(all).filter((_, i) => statuses.includes(all.at(i).status));
      expect({ statuses, ids: ids(store.column(statuses)) }).toEqual({ statuses, ids: want });
    }
  });
});
