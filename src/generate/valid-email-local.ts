import fc from 'fast-check';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

const atomChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_%+-'.split('');
const atom = fc.string({ unit: fc.constantFrom(...atomChars), minLength: 1, maxLength: 12 });
const tagChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.split('');

/**
 * Local parts from the contract's accept set: 1–64 of `A-Za-z0-9._%+-`, not
 * starting or ending with `.`, no `..`; dot-separated atoms, often a `+tag`,
 * mixed case. Boundaries (1 and 64 characters, +tags, every special) are
 * mixed in and listed as examples.
 */
export function validEmailLocal(): ExampleArbitrary<string> {
  const boundaries = ['a', 'Z', '0', 'x'.repeat(64), `${'ab.'.repeat(21)}a`, 'user+tag', 'first.last+news', '%+-_', 'Mixed.CASE+Tag'];
  const generated = fc
    .tuple(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.option(fc.string({ unit: fc.constantFrom(...tagChars), minLength: 1, maxLength: 10 })))
    .map(([atoms, tag]) => `${atoms.join('.')}${tag === null ? '' : `+${tag}`}`)
    .filter((local) => local.length <= 64);
  return withExamples(fc.oneof({ arbitrary: fc.constantFrom(...boundaries), weight: 1 }, { arbitrary: generated, weight: 4 }), boundaries);
}
