import { beforeAll, describe, expect, it } from 'vitest';
import { projectSpec, type Schema, type Spec } from '../spec/load-spec.js';
import {
  checkStates,
  createdUserRequired,
  createUserFields,
  createUserRequired,
  updatedUserRequired,
  updateUserFields,
  userFieldNames,
  userListItemRequired,
  userRequired,
  userStatuses,
} from './types.js';

let spec: Spec;
beforeAll(async () => {
  spec = await projectSpec();
});

const sorted = (values: readonly unknown[] | undefined): unknown[] => [...(values ?? [])].sort();
const keysOf = (schema: Schema): string[] => Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});

// The client's types are written by hand; this keeps them equal to the spec.
describe('client types agree with the spec', () => {
  const cases: { name: string; given: () => readonly unknown[] | undefined; want: readonly string[] }[] = [
    { name: 'UserStatus enum', given: () => spec.schema('UserStatus').enum as string[], want: userStatuses },
    { name: 'CheckState enum', given: () => spec.schema('CheckState').enum as string[], want: checkStates },
    { name: 'VerificationStatus fields', given: () => keysOf(spec.schema('VerificationStatus')), want: ['email', 'identity', 'address'] },
    { name: 'UserFields fields', given: () => keysOf(spec.schema('UserFields')), want: userFieldNames },
    { name: 'User required', given: () => spec.schema('User').required as string[], want: userRequired },
    { name: 'CreatedUser required', given: () => spec.schema('CreatedUser').required as string[], want: createdUserRequired },
    { name: 'UpdatedUser required', given: () => spec.schema('UpdatedUser').required as string[], want: updatedUserRequired },
    { name: 'UserListItem required', given: () => spec.schema('UserListItem').required as string[], want: userListItemRequired },
    { name: 'UserPage fields', given: () => keysOf(spec.schema('UserPage')), want: ['users', 'metadata'] },
    {
      name: 'UserPage metadata fields',
      given: () => keysOf((spec.schema('UserPage').properties as Record<string, Schema>).metadata),
      want: ['total', 'limit', 'offset'],
    },
    { name: 'CreateUserRequest fields', given: () => keysOf(spec.schema('CreateUserRequest')), want: createUserFields },
    { name: 'CreateUserRequest required', given: () => spec.schema('CreateUserRequest').required as string[], want: createUserRequired },
    { name: 'UpdateUserRequest fields', given: () => keysOf(spec.schema('UpdateUserRequest')), want: updateUserFields },
    { name: 'listUsers query parameters', given: () => spec.operation('listUsers').parameters.map((p) => p.name), want: ['status', 'limit', 'offset'] },
    {
      name: 'ProblemDocument members',
      given: () => keysOf(spec.schema('ProblemDocument')),
      want: ['type', 'title', 'status', 'detail', 'instance', 'errors'],
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(sorted(given())).toEqual(sorted(want));
  });
});
