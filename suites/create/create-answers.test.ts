import { describe, expect, it } from 'vitest';
import type { InvalidCase } from '../../src/generate/invalid-cases.js';
import type { Exchange } from '../../src/http/exchange.js';
import { describeCase, fieldNamed, locationProblem, succeeded } from './create-answers.js';

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

describe('fieldNamed', () => {
  const rows: Array<{ entry: unknown; field: string; want: boolean }> = [
    { entry: { field: 'email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: '/email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: '#/email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: 'body.email', message: 'bad' }, field: 'email', want: true },
    { entry: { field: "$['email']", message: 'bad' }, field: 'email', want: true },
    { entry: { field: 'EMAIL', message: 'bad' }, field: 'email', want: true },
    { entry: { field: '', message: "must have required property 'lastName'" }, field: 'lastName', want: true },
    { entry: { field: '(body)', message: 'lastName is required' }, field: 'lastName', want: true },
    { entry: { field: '(body)', message: 'something is required' }, field: 'lastName', want: false },
    { entry: { field: 'firstName', message: 'lastName too' }, field: 'lastName', want: false },
    { entry: { field: 'emailAddress', message: 'bad' }, field: 'email', want: false },
    { entry: { message: 'email is bad' }, field: 'email', want: false },
    { entry: 'email', field: 'email', want: false },
    { entry: null, field: 'email', want: false },
  ];
  it.each(rows)('$entry names $field: $want', ({ entry, field, want }) => expect(fieldNamed(entry, field)).toBe(want));
});

describe('describeCase', () => {
  const rows: Array<{ given: InvalidCase; want: string }> = [
    { given: { field: 'country', value: 'us', why: 'lower case' }, want: 'country "us"' },
    { given: { field: 'dateOfBirth', omit: true, why: 'missing' }, want: 'dateOfBirth left out' },
    { given: { field: 'phoneNumber', value: null, why: 'null' }, want: 'phoneNumber null' },
  ];
  it.each(rows)('$want', ({ given, want }) => expect(describeCase(given)).toBe(want));
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
