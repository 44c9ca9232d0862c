import fc from 'fast-check';
import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import { judgeEach } from '../../src/run/concurrent-cases.js';
import { tableFindings } from '../support/show.js';

/** Ids off `^usr_[A-Za-z0-9]{1,64}$`, each labelled. None is `.` or `..` (a URL would drop them as dot segments) or holds `/`. */
export const malformedIds: ReadonlyArray<{ id: string; label: string }> = [
  { id: '123', label: 'no prefix' },
  { id: 'usr_', label: 'nothing after the prefix' },
  { id: 'usr_!!', label: 'punctuation' },
  { id: `usr_${'a'.repeat(65)}`, label: '65 characters after the prefix' },
  { id: `usr_${'a'.repeat(252)}`, label: '256 characters: over the path-parameter limit some frameworks set (Fastify: 100)' },
  { id: 'USR_abc', label: 'upper-case prefix' },
  { id: 'usr_a b', label: 'a space' },
  { id: '\u0000', label: 'a NUL byte (%00)' },
  { id: '%00', label: 'a literal %00' },
  { id: 'usr-abc', label: 'hyphen instead of underscore' },
  { id: 'usr_äbc', label: 'a non-ASCII letter' },
];

/**
 * Path segments with broken or surprising percent-encoding, sent as written: a
 * target that decodes the path unguarded crashes or hangs on them. Decoded (where
 * they decode at all) none matches the pattern. None is a whole segment of `%2e%2e`
 * or `%2F`: RFC 3986 makes `%2e%2e` the dot segment `..`, so such a path names
 * `/v1/`, not an id, and servers that clean paths (Go's ServeMux) rightly redirect it.
 */
export const malformedEscapes: ReadonlyArray<{ segment: string; label: string }> = [
  { segment: '%zz', label: 'a malformed escape (%zz)' },
  { segment: 'usr_%zz', label: 'a malformed escape after the prefix' },
  { segment: '%', label: 'a lone %' },
  { segment: 'usr_abc%', label: 'a % at the end' },
  { segment: 'usr_%E0%A4%A', label: 'a cut-off escape (%E0%A4%A)' },
  { segment: 'usr_%C3%28', label: 'escapes that are not UTF-8 (%C3%28)' },
  { segment: 'usr_%FF', label: 'an escape that is not UTF-8 (%FF)' },
  { segment: 'usr_a%2Fb', label: 'an encoded slash (%2F)' },
  { segment: 'usr_%2F', label: 'an encoded slash at the end' },
  { segment: 'usr_%2e%2e', label: 'encoded dots (%2e%2e)' },
];

const alnum = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`));

/** Random ids off the pattern: too long, a wrong prefix, or a character outside [A-Za-z0-9]. */
const malformedId: fc.Arbitrary<string> = fc.oneof(
  alnum(65, 80).map((s) => `usr_${s}`),
  fc.tuple(fc.constantFrom('', 'usr', 'user_', 'USR_', 'Usr_', 'usr__', 'id_'), alnum(1, 64)).map(([prefix, s]) => prefix + s),
  fc
    .tuple(alnum(0, 30), fc.constantFrom(' ', '!', '-', '_', '~', '@', ':', '+', '$', ',', ';', '=', '.', 'é', '€', '\t'), alnum(0, 30))
    .map(([a, bad, b]) => `usr_${a}${bad}${b}`),
);

export default requirement({
  id: 'READ-MALFORMED-ID',
  level: 'MUST',
  title: 'Reading an id off the userId pattern answers 404 or 400',
  rule: 'GET /v1/users/{userId}: an id that does not match the userId pattern (^usr_[A-Za-z0-9]{1,64}$), malformed percent-encoding included: 404 or 400.',
  contract: ['GET /v1/users/{userId} — read'],
  operations: ['getUser'],
  writes: false,
  property: true,
  async run(ctx) {
    const judgeSegment = async (segment: string, label: string, raw: boolean) => {
      const exchange = await ctx.send('getUser', raw ? { rawPathParams: { userId: segment } } : { pathParams: { userId: segment } });
      if (exchange.status === 404 || exchange.status === 400) return undefined;
      return { message: `GET /v1/users/${raw ? segment : encodeURIComponent(segment)} (${label}) answered ${describeResponse(exchange)}; expected 404 or 400`, exchange };
    };
    const judge = (userId: string, label: string) => judgeSegment(userId, label, false);
    const cases = [...malformedIds.map(({ id, label }) => ({ segment: id, label, raw: false })), ...malformedEscapes.map((e) => ({ ...e, raw: true }))];
    // Every listed id is judged (each a finding of its own), all at once: they share nothing.
    const findings = tableFindings(ctx, await judgeEach(cases, ({ segment, label, raw }) => judgeSegment(segment, label, raw)));
    if (findings.length > 0) return findings;
    return ctx.property(malformedId, (userId) => judge(userId, 'off the pattern'));
  },
});
