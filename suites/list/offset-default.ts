import type { CheckContext } from '../../src/run/check-context.js';

/** The default offset, read from the spec. */
export function offsetDefault(ctx: Pick<CheckContext, 'spec'>): number {
  const schema = ctx.spec.operation('listUsers').parameters.find((p) => p.name === 'offset' && p.in === 'query')?.schema;
  if (typeof schema?.default !== 'number') throw new Error('the spec gives listUsers no offset default');
  return schema.default;
}
