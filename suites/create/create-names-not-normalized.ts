import type { Finding } from '../../src/run/results.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { requirement } from '../../src/run/requirement.js';

/**
 * Names outside the set a target MUST accept (letters of any script), so a target MAY refuse
 * them (422); a target that takes one must keep it exactly as sent. Unicode decomposed forms
 * (a letter, then a combining mark; each differs from its NFC form) must not be recomposed;
 * names of digits that read as numbers must not come back as numbers (a store or driver that
 * infers types turns `0042` into 42).
 */
const mayRefuse = [
  { firstName: 'Zoe\u0308', lastName: 'Bro\u0308nte' },
  { firstName: 'Ame\u0301lie', lastName: 'Nu\u0301n\u0303ez' },
  { firstName: '0042', lastName: '1e3' },
  { firstName: '-0', lastName: '007' },
];

const codePoints = (text: string) => [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

export default requirement({
  id: 'CREATE-NAMES-NOT-NORMALIZED',
  level: 'MUST',
  title: 'A name the target takes is kept exactly: not Unicode-normalized, not read as a number',
  rule: 'firstName, lastName: stored and returned exactly as sent (no trimming or case change) — also no Unicode normalization, and digits stay text; a name with combining marks or digits (not letters) may be refused with 422.',
  contract: ['The user', 'POST /v1/users — create', 'GET /v1/users/{userId} — read'],
  operations: ['createUser', 'getUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    for (const names of mayRefuse) {
      const created = await ctx.send('createUser', { body: ctx.validCreateBody(names) });
      if (created.status === 422) continue;
      const body = objectBody(created);
      if ((created.status !== 201 && created.status !== 200) || typeof body?.userId !== 'string') {
        findings.push(ctx.finding(`POST /v1/users with the names ${JSON.stringify(names)} answered ${describeResponse(created)}; the contract asks 201, or 422 for a name it refuses`, created));
        continue;
      }
      const read = await ctx.readUser(body.userId);
      for (const field of ['firstName', 'lastName'] as const) {
        for (const [where, value, exchange] of [['the 201', body[field], created], ['a later GET', read.user?.[field], read.exchange]] as const) {
          if (value === names[field]) continue;
          const shown = typeof value === 'string' ? `${JSON.stringify(value)} (${codePoints(value)})` : JSON.stringify(value);
          findings.push(ctx.finding(`${field} sent as ${JSON.stringify(names[field])} (${codePoints(names[field])}) came back in ${where} as ${shown}; the contract asks it exactly as sent`, exchange));
        }
      }
    }
    return findings;
  },
});
