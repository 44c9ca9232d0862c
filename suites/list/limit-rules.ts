import type { CheckContext } from '../../src/run/check-context.js';

/** The limit rules of listUsers, read from the spec. */
export interface LimitRules {
  min: number;
  max: number;
  default: number;
}

export function limitRules(ctx: Pick<CheckContext, 'spec'>): LimitRules {
  const schema = ctx.spec.operation('listUsers').parameters.find((p) => p.name === 'limit' && p.in === 'query')?.schema;
  const { minimum, maximum, default: fallback } = schema ?? {};
  if (typeof minimum !== 'number' || typeof maximum !== 'number' || typeof fallback !== 'number') {
    throw new Error('the spec gives listUsers no limit with minimum, maximum and default');
  }
  return { min: minimum, max: maximum, default: fallback };
}
