import { describe, expect, it } from 'vitest';
import type { Exchange } from '../http/exchange.js';
import { createCreatedUsersLedger, userIdOfRequest } from './created-users.js';

function exchange(operationId: string, method: string, url: string, status: number, json?: unknown): Exchange {
  return {
    operationId,
    request: { method, url, headers: {} },
    durationMs: 0,
    record: { request: { method, url, headers: {} }, response: { status, headers: {}, body: '', bodyTruncated: false }, startedAt: '', durationMs: 0 },
    status,
    headers: {},
    text: '',
    json,
    hasJson: json !== undefined,
    curl: '',
  };
}

describe('userIdOfRequest', () => {
  it.each([
    { given: 'http://127.0.0.1:8080/v1/users/usr_1', want: 'usr_1' },
    { given: 'https://api.example.com/api/v1/users/usr_a%62?x=1', want: 'usr_ab' },
    { given: '/v1/users/usr_2', want: 'usr_2' },
    { given: 'http://h/v1/users', want: undefined },
    { given: 'http://h/v1/users/%zz', want: undefined },
  ])('$given', ({ given, want }) => {
    expect(userIdOfRequest(given)).toBe(want);
  });
});

describe('the created-users ledger', () => {
  it('keeps each 201 of createUser once, in order, and marks the ones the run PATCHed', () => {
    const ledger = createCreatedUsersLedger();
    ledger.record(exchange('createUser', 'POST', 'http://h/v1/users', 201, { userId: 'usr_1', email: 'a@example.com' }));
    ledger.record(exchange('createUser', 'POST', 'http://h/v1/users', 409, { status: 409 }));
    ledger.record(exchange('createUser', 'POST', 'http://h/v1/users', 201, [{ userId: 'usr_x' }]));
    ledger.record(exchange('createUser', 'POST', 'http://h/v1/users', 201, { userId: 'usr_2' }));
    ledger.record(exchange('createUser', 'POST', 'http://h/v1/users', 201, { userId: 'usr_1', email: 'other@example.com' }));
    ledger.record(exchange('updateUser', 'PATCH', 'http://h/v1/users/usr_2', 422, {}));
    ledger.record(exchange('getUser', 'GET', 'http://h/v1/users/usr_1', 200, { userId: 'usr_1' }));
    expect(ledger.users().map((u) => [u.userId, u.body.email, u.patched])).toEqual([
      ['usr_1', 'a@example.com', false],
      ['usr_2', undefined, true],
    ]);
  });

  it('marks a user PATCHed before its 201 was seen (concurrent checks)', () => {
    const ledger = createCreatedUsersLedger();
    ledger.record(exchange('updateUser', 'PATCH', 'http://h/v1/users/usr_3', 200, {}));
    ledger.record(exchange('createUser', 'POST', 'http://h/v1/users', 201, { userId: 'usr_3' }));
    expect(ledger.users()[0].patched).toBe(true);
  });
});
