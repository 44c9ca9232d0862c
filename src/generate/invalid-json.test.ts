import { describe, expect, it } from 'vitest';
import { nonObjectJsonBodies, notJsonBodies } from './invalid-json.js';

const valid = () => ({ email: 'a@example.com', firstName: "O'Brien", lastName: 'Doe' });
const patch = () => ({ firstName: 'Jane' });

describe('request bodies the contract answers with 400', () => {
  it.each([...notJsonBodies(valid), ...notJsonBodies(patch)])('$what is not JSON: $raw', ({ raw }) => {
    expect(() => JSON.parse(raw)).toThrow();
  });

  it.each(nonObjectJsonBodies(valid))('$what is JSON, not an object: $raw', ({ raw }) => {
    const value: unknown = JSON.parse(raw);
    expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(false);
  });

  it('writes the almost-JSON ones from the valid body, so a lenient parser would take a user', () => {
    const nan = notJsonBodies(valid).find((c) => c.what.includes('NaN'));
    expect(nan?.raw).toBe('{"email":"a@example.com","lastName":"Doe","firstName":NaN}');
    const unquoted = notJsonBodies(patch).find((c) => c.what.includes('unquoted'));
    expect(unquoted?.raw).toBe('{firstName:"Jane"}');
  });
});
