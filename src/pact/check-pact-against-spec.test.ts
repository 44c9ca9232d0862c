import { beforeAll, describe, expect, it } from 'vitest';
import { projectSpec, type Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import { createValidators } from '../validate/create-ajv.js';
import { checkPactAgainstSpec } from './check-pact-against-spec.js';
import type { PactFile, PactInteraction } from './pact-file.js';

let spec: Spec;
let validators: Validators;
beforeAll(async () => {
  spec = await projectSpec();
  validators = createValidators(spec);
});

const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false });
const user = { userId: 'usr_1', email: 'a@example.com', firstName: 'A', lastName: 'B', status: 'pending_verification', createdAt: '2024-01-01T00:00:00Z' };
const newUser = { email: 'a@example.com', firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', country: 'GB' };
const created: PactInteraction = {
  description: 'create',
  request: { method: 'POST', path: '/v1/users', headers: { 'Content-Type': ['application/json'] }, body: json(newUser) },
  response: { status: 201, headers: { 'Content-Type': ['application/json'] }, body: json(user) },
};
const errorResponse = (status: number) => ({ status, headers: { 'Content-Type': ['application/problem+json'] }, body: json({}) });

function v4(...interactions: PactInteraction[]): PactFile {
  return { consumer: { name: 'c' }, provider: { name: 'p' }, interactions, metadata: { pactSpecification: { version: '4.0' } } };
}

describe('checkPactAgainstSpec', () => {
  const cases: { name: string; given: PactInteraction; want: RegExp[] }[] = [
    { name: 'a create the spec allows', given: created, want: [] },
    {
      name: 'extra response fields are fine',
      given: { ...created, response: { ...created.response, body: json({ ...user, extra: true }) } },
      want: [],
    },
    {
      name: 'a charset parameter is fine',
      given: { ...created, response: { ...created.response, headers: { 'Content-Type': ['application/json; charset=utf-8'] } } },
      want: [],
    },
    { name: 'an unknown path', given: { ...created, request: { ...created.request, path: '/v2/users' } }, want: [/request: no path of the spec matches \/v2\/users/] },
    { name: 'an unknown method', given: { ...created, request: { ...created.request, method: 'DELETE' } }, want: [/DELETE is not an operation of \/v1\/users/] },
    { name: 'an undocumented status', given: { ...created, response: { ...created.response, status: 200 } }, want: [/status 200 is not documented for createUser/] },
    {
      name: 'a response body off the schema',
      given: { ...created, response: { ...created.response, body: json({ ...user, status: 'ACTIVE' }) } },
      want: [/response: body \/status must be equal to one of the allowed values/],
    },
    {
      name: 'a response missing a required field',
      given: { ...created, response: { ...created.response, body: json({ ...user, createdAt: undefined }) } },
      want: [/response: body .*createdAt/],
    },
    {
      name: 'a success with a problem+json body',
      given: { ...created, response: { ...created.response, headers: { 'Content-Type': ['application/problem+json'] } } },
      want: [/response: content type application\/problem\+json is not application\/json/],
    },
    {
      name: 'a success for a request body the spec refuses',
      given: { ...created, request: { ...created.request, body: json({ ...newUser, status: 'active' }) } },
      want: [/request: body .*must NOT have additional properties 'status'/],
    },
    { name: 'a 409 as problem+json', given: { ...created, response: errorResponse(409) }, want: [] },
    {
      name: 'a 422 for a body the spec refuses',
      given: { ...created, request: { ...created.request, body: json({ ...newUser, country: 'USA' }) }, response: errorResponse(422) },
      want: [],
    },
    { name: 'a 422 for a body the spec allows', given: { ...created, response: errorResponse(422) }, want: [/422 expected for a request the spec allows/] },
    {
      name: 'an error body that is not an object',
      given: { ...created, response: { ...errorResponse(409), body: json([]) } },
      want: [/response: body \(body\) must be object/],
    },
    {
      name: 'a read',
      given: {
        description: 'read',
        request: { method: 'GET', path: '/v1/users/usr_1' },
        response: { status: 200, body: json({ ...user, verificationStatus: { email: 'pending', identity: 'pending', address: 'pending' } }) },
      },
      want: [],
    },
    {
      name: 'a read whose body lacks verificationStatus',
      given: { description: 'read', request: { method: 'GET', path: '/v1/users/usr_1' }, response: { status: 200, body: json(user) } },
      want: [/verificationStatus/],
    },
    {
      name: 'a read of an id off the pattern answered 200',
      given: {
        description: 'read',
        request: { method: 'GET', path: '/v1/users/nope' },
        response: { status: 200, body: json({ ...user, verificationStatus: { email: 'pending', identity: 'pending', address: 'pending' } }) },
      },
      want: [/request: path parameter userId 'nope' must match pattern/],
    },
    { name: 'a 404 of a well-formed id', given: { description: 'r', request: { method: 'GET', path: '/v1/users/usr_x' }, response: errorResponse(404) }, want: [] },
    {
      name: 'a list with every parameter',
      given: {
        description: 'list',
        request: { method: 'GET', path: '/v1/users', query: { status: ['active'], limit: ['2'], offset: ['0'] } },
        response: { status: 200, headers: { 'Content-Type': ['application/json'] }, body: json({ users: [user], metadata: { total: 1, limit: 2, offset: 0 } }) },
      },
      want: [],
    },
    {
      name: 'a list with an unknown parameter',
      given: {
        description: 'list',
        request: { method: 'GET', path: '/v1/users', query: { sort: ['name'] } },
        response: { status: 200, body: json({ users: [], metadata: { total: 0, limit: 100, offset: 0 } }) },
      },
      want: [/request: query parameter sort is not documented/],
    },
    { name: 'a 400 for limit 0', given: { description: 'l', request: { method: 'GET', path: '/v1/users', query: { limit: ['0'] } }, response: errorResponse(400) }, want: [] },
    { name: 'a 400 for a query the spec allows', given: { description: 'l', request: { method: 'GET', path: '/v1/users', query: { limit: ['5'] } }, response: errorResponse(400) }, want: [/400 expected for a request the spec allows/] },
    {
      name: 'a base64 JSON body',
      given: { ...created, response: { ...created.response, body: { content: Buffer.from(JSON.stringify(user)).toString('base64'), contentType: 'application/json', encoded: 'base64' } } },
      want: [],
    },
    { name: 'a missing request body', given: { ...created, request: { method: 'POST', path: '/v1/users' } }, want: [/request: no body; the spec requires one/] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const [result] = checkPactAgainstSpec(v4(given), spec, validators);
    expect(result.description).toBe(given.description);
    expect(result.problems).toHaveLength(want.length);
    want.forEach((pattern, i) => expect(result.problems[i]).toMatch(pattern));
  });

  it('reads V3 pacts, whose bodies are plain values', () => {
    const pact: PactFile = {
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [{ description: 'v3', request: { method: 'POST', path: '/v1/users', body: newUser }, response: { status: 201, headers: { 'Content-Type': 'application/json' }, body: user } }],
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    expect(checkPactAgainstSpec(pact, spec, validators)).toEqual([{ description: 'v3', operationId: 'createUser', problems: [] }]);
  });
});
