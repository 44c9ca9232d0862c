/**
 * How the create checks judge an answer: whether it succeeded, the 422 every
 * invalid case asks for, the Location of a 201.
 */

import { applyInvalidCase, type InvalidCase } from '../../src/generate/invalid-cases.js';
import type { ExampleArbitrary } from '../../src/generate/with-examples.js';
import type { Exchange } from '../../src/http/exchange.js';
import type { Finding } from '../../src/run/results.js';
import type { CheckContext } from '../../src/run/check-context.js';
import { describeResponse } from '../../src/run/judge-response.js';
import { isSuccess, objectBody } from '../../src/run/object-body.js';
import { describeCase } from '../support/show.js';

/** Whether the target took the request (any 2xx). */
export function succeeded(exchange: Exchange): boolean {
  return isSuccess(exchange.status);
}

export interface RejectOptions {
  /** Generated cases tried after the listed ones (default: enough to reach `ctx.runs`, at least a quarter of it). */
  generated?: number;
}

function message(invalid: InvalidCase, exchange: Exchange): string {
  const status = exchange.status;
  if (succeeded(exchange)) {
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
  return ctx.property(
    cases,
    async (invalid) => {
      const body = applyInvalidCase(ctx.validCreateBody(), invalid);
      const exchange = await ctx.send('createUser', { body });
      if (exchange.status === 422) return undefined;
      // The finding shows the body sent, not only the invalid part drawn.
      return { message: message(invalid, exchange), exchange, counterexample: body };
    },
    { runs: cases.examples.length + generated, examples: cases.examples },
  );
}

/**
 * What is wrong with a Location header for user `userId`, given the URL the
 * create was sent to; undefined when it points at /v1/users/{userId}. A
 * relative reference is resolved against the request URL; an absolute one
 * must be on the same origin.
 */
export function locationProblem(location: string | undefined, requestUrl: string, userId: string): string | undefined {
  if (location === undefined || location.trim() === '') return 'no Location header';
  let url: URL;
  try {
    url = new URL(location.trim(), requestUrl);
  } catch {
    return `Location ${JSON.stringify(location)} is not a URL reference`;
  }
  const origin = new URL(requestUrl).origin;
  if (url.origin !== origin) return `Location ${JSON.stringify(location)} is on another origin than ${origin}`;
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  if (!path.endsWith(`/v1/users/${userId}`)) return `Location ${JSON.stringify(location)} does not point at /v1/users/${userId}`;
  return undefined;
}
