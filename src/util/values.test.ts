import { describe, expect, it } from 'vitest';
import { capText, oneLine } from './values.js';

describe('oneLine', () => {
  it.each([
    { given: 'no break', want: 'no break' },
    { given: 'a\nb', want: 'a b' },
    { given: 'a \r\n\t b', want: 'a b' },
    { given: 'a\n  \n\nb', want: 'a b' },
    { given: '\nlead', want: ' lead' },
    { given: 'trail \n ', want: 'trail ' },
    { given: '  \n  ', want: ' ' },
    { given: '  tabs\tstay  ', want: '  tabs\tstay  ' },
  ])('$given → $want', ({ given, want }) => {
    expect(oneLine(given)).toBe(want);
    // The same as the one-regex reading it replaces.
    expect(oneLine(given)).toBe(given.replace(/\s*[\r\n]+\s*/g, ' '));
  });

  it('reads a long run of white space in linear time (a regex that backtracks took hours on 1 MiB)', () => {
    const blank = ' '.repeat(1 << 20);
    expect(oneLine(`${blank}x`)).toBe(`${blank}x`);
    expect(oneLine(`a${blank}\n${blank}b`)).toBe('a b');
  });
});

describe('capText', () => {
  it.each([
    { given: 'short', max: 10, want: 'short' },
    { given: 'x'.repeat(12), max: 10, want: `${'x'.repeat(10)}… (cut: 12 characters)` },
  ])('$given at $max', ({ given, max, want }) => expect(capText(given, max)).toBe(want));
});
