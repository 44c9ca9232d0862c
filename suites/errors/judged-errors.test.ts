import { describe, expect, it } from 'vitest';
import { fieldNamed } from './judged-errors.js';

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
