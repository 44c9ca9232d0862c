import fc from 'fast-check';
import type { InvalidCase } from './apply-invalid-case.js';
import { buildEmail } from './build-email.js';
import { emailShape } from './email-shape.js';
import { resolveDomain, type DomainSource } from './resolve-domain.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

interface Template {
  why: string;
  make(domain: string): string;
}

/** The listed reject values; each address built on a fresh domain, so none was ever taken. */
const templates: Template[] = [
  { why: 'no @', make: (d) => `no-at-sign.${d}` },
  { why: 'empty (no @)', make: () => '' },
  { why: 'two @', make: (d) => `a@@${d}` },
  { why: 'more than one @', make: (d) => `a@b@${d}` },
  { why: 'empty local part', make: (d) => `@${d}` },
  { why: 'empty domain', make: () => 'user@' },
  { why: 'empty local part and domain', make: () => '@' },
  { why: 'white space (space) inside the local part', make: (d) => `a b@${d}` },
  { why: 'white space (space) inside the domain', make: (d) => `ab@x y.${d}` },
  { why: 'white space (tab) inside', make: (d) => `a\tb@${d}` },
  { why: 'white space (newline) inside', make: (d) => `a\nb@${d}` },
  { why: 'leading white space', make: (d) => ` ab@${d}` },
  { why: 'leading white space (tab)', make: (d) => `\tab@${d}` },
  { why: 'trailing white space', make: (d) => `ab@${d} ` },
  { why: 'trailing white space (newline)', make: (d) => `ab@${d}\n` },
  { why: 'over 254 characters (255)', make: (d) => buildEmail({ local: 'x'.repeat(64), labels: [], length: 255 }, d) },
  { why: 'over 254 characters (320)', make: (d) => buildEmail({ local: 'long', labels: [], length: 320 }, d) },
];

const whiteSpace: Record<string, string> = { ' ': 'space', '\t': 'tab', '\n': 'newline', '\r': 'carriage return' };

type Mutation = 'white space' | 'extra @' | 'no @' | 'empty local part' | 'empty domain' | 'too long';

function mutate(valid: string, mutation: Exclude<Mutation, 'too long'>, at: number, ws: string): { value: string; why: string } {
  const i = at % (valid.length + 1);
  const sign = valid.indexOf('@');
  switch (mutation) {
    case 'white space':
      return { value: `${valid.slice(0, i)}${ws}${valid.slice(i)}`, why: `white space (${whiteSpace[ws]}) at position ${i}` };
    case 'extra @':
      return { value: `${valid.slice(0, i)}@${valid.slice(i)}`, why: `two @ (one added at position ${i})` };
    case 'no @':
      return { value: `${valid.slice(0, sign)}${valid.slice(sign + 1)}`, why: 'no @' };
    case 'empty local part':
      return { value: valid.slice(sign), why: 'empty local part' };
    case 'empty domain':
      return { value: valid.slice(0, sign + 1), why: 'empty domain' };
  }
}

/**
 * email values from the contract's reject set, each labelled with the rule it
 * breaks: no @ or more than one, an empty part, white space (inside,
 * leading, trailing, tabs, newlines), over 254 characters. The listed values
 * are the examples; generated variants mutate accept-set addresses. Give
 * `() => ctx.emailDomain()` so that a target that wrongly accepts one
 * creates a user under a fresh run domain, never a taken address.
 */
export function invalidEmails(domain: DomainSource): ExampleArbitrary<InvalidCase> {
  const fromTemplate = (t: Template): InvalidCase => ({ field: 'email', value: t.make(resolveDomain(domain)), why: t.why });
  const mutations: Mutation[] = ['white space', 'extra @', 'no @', 'empty local part', 'empty domain', 'too long'];
  const generated = fc
    .record({
      shape: emailShape(),
      mutation: fc.constantFrom(...mutations),
      at: fc.nat(),
      ws: fc.constantFrom(...Object.keys(whiteSpace)),
      extra: fc.integer({ min: 0, max: 65 }),
    })
    .map(({ shape, mutation, at, ws, extra }): InvalidCase => {
      const d = resolveDomain(domain);
      if (mutation === 'too long') {
        return { field: 'email', value: buildEmail({ ...shape, length: 255 + extra }, d), why: `over 254 characters (${255 + extra})` };
      }
      const { value, why } = mutate(buildEmail(shape, d), mutation, at, ws);
      return { field: 'email', value, why };
    });
  const arbitrary = fc.oneof({ arbitrary: fc.constantFrom(...templates).map(fromTemplate), weight: 1 }, { arbitrary: generated, weight: 2 });
  return withExamples(arbitrary, templates.map(fromTemplate));
}
