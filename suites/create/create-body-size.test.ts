import { describe, expect, it } from 'vitest';
import { oneMiB, paddedTo } from './create-body-size.js';

describe('paddedTo', () => {
  const body = { email: 'a@example.com', firstName: 'Zoë', lastName: '美' };
  it.each([
    { given: 100, want: 100 },
    { given: oneMiB, want: oneMiB },
    { given: oneMiB + 1, want: oneMiB + 1 },
  ])('pads to exactly $given UTF-8 bytes, the same JSON value', ({ given, want }) => {
    const raw = paddedTo(body, given);
    expect(Buffer.byteLength(raw, 'utf8')).toBe(want);
    expect(JSON.parse(raw)).toEqual(body);
  });

  it('refuses a size smaller than the body', () => {
    expect(() => paddedTo(body, 10)).toThrow(/cannot be padded/);
  });
});
