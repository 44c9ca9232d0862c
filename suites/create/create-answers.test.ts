import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/http/exchange.js';
import { locationProblem, succeeded } from './create-answers.js';

describe('locationProblem', () => {
  const url = 'http://127.0.0.1:8080/v1/users';
  const rows: Array<{ location: string | undefined; want: string | undefined }> = [
    { location: '/v1/users/usr_1', want: undefined },
    { location: 'http://127.0.0.1:8080/v1/users/usr_1', want: undefined },
    { location: 'users/usr_1', want: undefined },
    { location: '/api/v1/users/usr_1/', want: undefined },
    { location: undefined, want: 'no Location header' },
    { location: '', want: 'no Location header' },
    { location: '/v1/users/usr_2', want: 'Location "/v1/users/usr_2" does not point at /v1/users/usr_1' },
    { location: '/v1/users', want: 'Location "/v1/users" does not point at /v1/users/usr_1' },
    { location: 'http://evil.example/v1/users/usr_1', want: 'Location "http://evil.example/v1/users/usr_1" is on another origin than http://127.0.0.1:8080' },
  ];
  it.each(rows)('$location', ({ location, want }) => expect(locationProblem(location, url, 'usr_1')).toBe(want));
});

describe('succeeded', () => {
  const rows = [
    { status: 200, want: true },
    { status: 201, want: true },
    { status: 299, want: true },
    { status: 199, want: false },
    { status: 300, want: false },
    { status: 422, want: false },
    { status: undefined, want: false },
  ];
  it.each(rows)('$status', ({ status, want }) => expect(succeeded({ status } as Exchange)).toBe(want));
});
