import { describe, expect, it } from 'vitest';
import { parseAlternativeListQuery } from './parse-alternative-list-query.js';

describe('parseAlternativeListQuery', () => {
  const taken: Array<{ given: string; want: { limit: number; offset: number; status?: string } }> = [
    { given: '', want: { limit: 100, offset: 0 } },
    { given: 'limit=1&offset=0', want: { limit: 1, offset: 0 } },
    { given: 'limit=1000&offset=17&status=closed', want: { limit: 1000, offset: 17, status: 'closed' } },
    { given: 'limit=007', want: { limit: 7, offset: 0 } },
    { given: 'limit=%2B5', want: { limit: 5, offset: 0 } },
    { given: 'limit=1e2', want: { limit: 100, offset: 0 } },
    { given: 'limit=5&limit=9', want: { limit: 9, offset: 0 } },
    { given: 'offset=9007199254740993', want: { limit: 100, offset: 9007199254740992 } },
  ];
  it.each(taken)('takes $given', ({ given, want }) => {
    expect(parseAlternativeListQuery(given)).toEqual({ ok: true, query: want });
  });

  const refused = ['limit=0', 'limit=1001', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=', 'limit=10abc', 'limit=1e400', 'offset=-1', 'offset=1.5', 'offset=', 'status=pending', 'status=ACTIVE', 'status=', 'page=2', 'limit=5&sort=name'];
  it.each(refused)('refuses %s', (given) => {
    expect(parseAlternativeListQuery(given).ok).toBe(false);
  });
});
