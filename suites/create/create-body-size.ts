import { describeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';
import type { Finding } from '../../src/run/results.js';

/** 1 MiB: the contract lets a target refuse bodies over it with 413, and only those. */
export const oneMiB = 1024 * 1024;

/** `body` as JSON text of exactly `bytes` UTF-8 bytes: spaces (JSON white space) before the closing brace. */
export function paddedTo(body: Record<string, unknown>, bytes: number): string {
  const json = JSON.stringify(body);
  const padding = bytes - Buffer.byteLength(json, 'utf8');
  if (padding < 0) throw new Error(`a body of ${Buffer.byteLength(json, 'utf8')} bytes cannot be padded to ${bytes}`);
  return `${json.slice(0, -1)}${' '.repeat(padding)}}`;
}

/**
 * Sizes of valid bodies and the answers due: 201 at and under 1 MiB, 201 or 413 over it. The edges
 * are sent twice, with a Content-Length and chunked (a server counts a streamed body as it comes in,
 * apart from the declared length). A chunked body may also get 411: HTTP lets a server require a length.
 */
const sizes: ReadonlyArray<{ bytes: number; what: string; chunked?: boolean; allowed: readonly number[] }> = [
  { bytes: 300 * 1024, what: '300 KiB (under 1 MiB)', allowed: [201] },
  { bytes: oneMiB, what: 'exactly 1 MiB (1,048,576 bytes)', allowed: [201] },
  { bytes: oneMiB + 1, what: '1 MiB + 1 byte', allowed: [201, 413] },
  { bytes: oneMiB, what: 'exactly 1 MiB (1,048,576 bytes)', chunked: true, allowed: [201, 411] },
  { bytes: oneMiB + 1, what: '1 MiB + 1 byte', chunked: true, allowed: [201, 411, 413] },
];

export default requirement({
  id: 'CREATE-BODY-SIZE',
  level: 'MUST',
  title: 'Only a body over 1 MiB may be refused with 413',
  rule: 'Bodies over 1 MiB MAY be refused with 413; a body of 1 MiB or less is processed like any other (a valid one: 201), and one over 1 MiB gets 413 or the answer due to the body, whether sent with a Content-Length or chunked (a chunked one may also get 411, as HTTP lets a server require a length).',
  contract: ['POST /v1/users — create', 'Transport'],
  operations: ['createUser'],
  writes: true,
  async run(ctx) {
    const findings: Finding[] = [];
    for (const { bytes, what, chunked, allowed } of sizes) {
      // A valid user padded with white space: the size is the only thing odd about it.
      const exchange = await ctx.send('createUser', { rawBody: paddedTo(ctx.validCreateBody(), bytes), contentType: 'application/json', chunked });
      if (exchange.status !== undefined && allowed.includes(exchange.status)) continue;
      // A server may stop reading a body over the limit and close: no answer is then no evidence.
      if (exchange.status === undefined && bytes > oneMiB) continue;
      findings.push(ctx.finding(`POST /v1/users with a valid body of ${what}, padded with spaces${chunked ? ', sent chunked' : ''}, answered ${describeResponse(exchange)}; the contract asks ${allowed.join(' or ')}`, exchange));
    }
    return findings;
  },
});
