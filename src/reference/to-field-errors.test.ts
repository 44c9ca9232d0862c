import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './to-field-errors.js';

describe('toFieldErrors', () => {
  const rows: { given: string; want: { field: string; message: string } }[] = [
    { given: '/email must match format "email"', want: { field: 'email', message: 'must match format "email"' } },
    { given: '/firstName must NOT have more than 100 characters', want: { field: 'firstName', message: 'must NOT have more than 100 characters' } },
    { given: "(body) must have required property 'country'", want: { field: 'country', message: 'is required' } },
    { given: "(body) must NOT have additional properties 'status'", want: { field: 'status', message: 'is not a writable field' } },
    { given: "(body) must NOT have additional properties 'it's'", want: { field: "it's", message: 'is not a writable field' } },
    { given: "(body) must NOT have additional properties '__proto__'", want: { field: '__proto__', message: 'is not a writable field' } },
    { given: '(body) must NOT have fewer than 1 properties', want: { field: '(body)', message: 'must NOT have fewer than 1 properties' } },
    { given: '/a~1b~0c must be string', want: { field: 'a/b~c', message: 'must be string' } },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(toFieldErrors([given])).toEqual([want]);
  });
});
