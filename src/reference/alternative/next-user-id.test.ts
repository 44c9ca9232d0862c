import { describe, expect, it } from 'vitest';
import { nextUserId } from './next-user-id.js';

/** A fixed sequence of "random" numbers, repeated. */
const fixed = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};
const none = () => false;

describe('nextUserId', () => {
  it('makes ids on the contract pattern, of many lengths and both cases', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const ids = Array.from({ length: 500 }, () => nextUserId(random, none)!);
    for (const id of ids) expect(id).toMatch(/^usr_[A-Za-z0-9]{1,64}$/);
    const lengths = new Set(ids.map((id) => id.length - 4));
    expect(Math.min(...lengths)).toBeLessThan(8);
    expect(Math.max(...lengths)).toBeGreaterThan(24);
    expect(ids.some((id) => /[A-Z]/.test(id.slice(4))) && ids.some((id) => /[a-z]/.test(id.slice(4)))).toBe(true);
  });

  const after: Array<{ name: string; given: string; random: () => number }> = [
    { name: 'random tries that sort before fall back to a bump', given: 'usr_zzY', random: fixed(0.95, 0.5, 0) },
    { name: 'a bump past z moves left', given: 'usr_Azz', random: fixed(0.95, 0.5, 0) },
    { name: 'a 64-character id', given: `usr_${'z'.repeat(63)}y`, random: fixed(0.95, 0.5, 0) },
    { name: 'a one-character id', given: 'usr_0', random: fixed(0.95, 0.5, 0) },
  ];
  it.each(after)('sorts after the given id in code-unit order: $name', ({ given, random }) => {
    const id = nextUserId(random, none, given)!;
    expect(id > given).toBe(true);
    expect(id).toMatch(/^usr_[A-Za-z0-9]{1,64}$/);
  });

  it('skips ids already taken', () => {
    const taken = new Set(['usr_b']);
    const id = nextUserId(fixed(0.95, 0.5, 0), (x) => taken.has(x) || x.length > 6, 'usr_a');
    expect(id).toBeDefined();
    expect(taken.has(id!)).toBe(false);
    expect(id! > 'usr_a').toBe(true);
  });

  it('gives up when nothing sorts after the id', () => {
    expect(nextUserId(fixed(0.5), none, `usr_${'z'.repeat(64)}`)).toBeUndefined();
  });
});
