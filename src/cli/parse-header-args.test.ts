import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseHeaderArgs } from './parse-header-args.js';

describe('parseHeaderArgs', () => {
  const rows: { given: string[] | undefined; want: Record<string, string> }[] = [
    { given: undefined, want: {} },
    { given: ['Authorization: Bearer abc'], want: { Authorization: 'Bearer abc' } },
    { given: ['X-Api-Key:k1', 'X-Empty:'], want: { 'X-Api-Key': 'k1', 'X-Empty': '' } },
    { given: ['X-Twice: a', 'X-Twice: b'], want: { 'X-Twice': 'b' } },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(parseHeaderArgs(given)).toEqual(want);
  });

  it('refuses a value that is not a header, quoting only the name part', () => {
    expect(() => parseHeaderArgs(['Bad Name: secret-value'])).toThrow(CliError);
    expect(() => parseHeaderArgs(['no colon here'])).toThrow("--header must look like 'Name: value', got 'no colon here…'");
    expect(() => parseHeaderArgs(['Bad Name: secret-value'])).not.toThrow(/secret-value/);
  });
});
