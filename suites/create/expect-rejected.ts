import { applyInvalidCase, type InvalidCase } from '../../src/generate/invalid-cases.js';
import type { ExampleArbitrary } from '../../src/generate/with-examples.js';
import type { Exchange } from '../../src/http/exchange.js';
import type { Finding } from '../../src/run/results.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { objectBody } from '../../src/run/object-body.js';
import { describeCase } from './describe-case.js';

export interface RejectOptions {
  /** Generated cases tried after the listed ones (default: enough to reach `ctx.runs`, at least a quarter of it). */
  generated?: number;
}

function message(invalid: InvalidCase, exchange: Exchange): string {
  const status = exchange.status;
  if (status !== undefined && status >= 200 && status < 300) {
    const userId = objectBody(exchange)?.userId;
    const created = typeof userId === 'string' ? ` and created user ${userId}` : '';
    return `POST /v1/users with ${describeCase(invalid)} was accepted (${status})${created}, but the value breaks the rule: ${invalid.why}; the contract asks 422 and no user`;
  }
  return `POST /v1/users with ${describeCase(invalid)} (${invalid.why}) answered ${describeResponse(exchange)}; the contract asks 422`;
}

/**
 * The property every 422 check of create shares: each case, applied to a
 * valid body with a fresh e-mail, is answered 422. Every listed case is
 * tried once, then generated ones. A finding names the rule the value
 * breaks, and its counterexample is the body sent.
 */
export async function expectRejected(ctx: CheckContext, cases: ExampleArbitrary<InvalidCase>, options: RejectOptions = {}): Promise<Finding[]> {
  const generated = options.generated ?? Math.max(Math.ceil(ctx.runs / 4), ctx.runs - cases.examples.length);
  let failedBody: Record<string, unknown> | undefined;
  const findings = await ctx.property(
    cases,
    async (invalid) => {
      const body = applyInvalidCase(ctx.validCreateBody(), invalid);
      const exchange = await ctx.send('createUser', { body });
      if (exchange.status === 422) return undefined;
      failedBody = body;
      return { message: message(invalid, exchange), exchange };
    },
    { runs: cases.examples.length + generated, examples: cases.examples },
  );
  // The last failing case is the smallest one shrinking found: show its body.
  return findings.map((finding) => (failedBody ? { ...finding, counterexample: failedBody } : finding));
}
