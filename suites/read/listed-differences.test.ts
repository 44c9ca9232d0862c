import { describe, expect, it } from 'vitest';
import { listedDifferences } from './listed-differences.js';

describe('listedDifferences', () => {
  const listed = { userId: 'usr_1', email: 'Ann@example.com', firstName: 'Ann', lastName: 'Lee', status: 'active', createdAt: '2024-01-01T10:00:00Z' };
  const rows: Array<{ name: string; given: Record<string, unknown>; want: string[] }> = [
    { name: 'the same user', given: { ...listed }, want: [] },
    { name: 'createdAt as another rendering of the instant', given: { ...listed, createdAt: '2024-01-01T11:00:00.000+01:00' }, want: [] },
    { name: 'another status (a target may change it)', given: { ...listed, status: 'closed' }, want: [] },
    { name: 'a field the GET leaves out', given: { ...listed, lastName: undefined }, want: [] },
    { name: 'createdAt not a date-time', given: { ...listed, createdAt: 'yesterday' }, want: [] },
    { name: 'another id', given: { ...listed, userId: 'usr_2' }, want: ['userId is "usr_2", the list shows "usr_1"'] },
    { name: 'e-mail in another case', given: { ...listed, email: 'ann@example.com' }, want: ['email is "ann@example.com", the list shows "Ann@example.com"'] },
    { name: 'another name', given: { ...listed, firstName: 'Anne' }, want: ['firstName is "Anne", the list shows "Ann"'] },
    {
      name: 'another instant',
      given: { ...listed, createdAt: '2024-01-01T10:00:00.001Z' },
      want: ['createdAt is "2024-01-01T10:00:00.001Z", the list shows "2024-01-01T10:00:00Z"'],
    },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(listedDifferences(listed, given)).toEqual(want);
  });
});
