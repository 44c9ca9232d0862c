import { describe, expect, it } from 'vitest';
import { fieldDifferences } from './field-differences.js';

describe('fieldDifferences', () => {
  const cases: Array<{ name: string; given: Parameters<typeof fieldDifferences>; want: string[] }> = [
    { name: 'equal', given: [{ a: 'x' }, { a: 'x', b: 1 }, ['a', 'b']], want: [] },
    { name: 'changed', given: [{ a: 'x' }, { a: 'y' }, ['a']], want: ['a is "y", expected "x"'] },
    { name: 'absent counts', given: [{ a: 'x' }, {}, ['a']], want: ['a is (absent), expected "x"'] },
    { name: 'absent ignored', given: [{ a: 'x' }, {}, ['a'], false], want: [] },
    { name: 'absent counts for some', given: [{ a: 'x', b: 'y' }, {}, ['a', 'b'], (f) => f === 'b'], want: ['b is (absent), expected "y"'] },
    { name: 'not expected', given: [{}, { a: 'y' }, ['a']], want: [] },
    { name: 'null is a value', given: [{ a: 'x' }, { a: null }, ['a'], false], want: ['a is null, expected "x"'] },
    { name: 'objects compared deeply', given: [{ v: { e: 'pending' } }, { v: { e: 'pending' } }, ['v']], want: [] },
    { name: 'only listed fields', given: [{ a: 'x', b: 'y' }, { a: 'x', b: 'z' }, ['a']], want: [] },
    { name: 'e-mail in any case', given: [{ email: 'Ann.Lee@Example.com' }, { email: 'ann.lee@example.com' }, ['email']], want: [] },
    { name: 'another e-mail', given: [{ email: 'ann@example.com' }, { email: 'anne@example.com' }, ['email']], want: ['email is "anne@example.com", expected "ann@example.com"'] },
    { name: 'other fields keep their case', given: [{ firstName: 'Ann' }, { firstName: 'ann' }, ['firstName']], want: ['firstName is "ann", expected "Ann"'] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(fieldDifferences(...given)).toEqual(want);
  });
});
