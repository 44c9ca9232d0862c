import type { CheckContext } from '../../src/run/check-context.js';

/** The public docs' PATCH example, from the spec. */
export function docsPatch(ctx: CheckContext): Record<string, unknown> {
  return { ...((ctx.spec.operation('updateUser').requestBody?.examples?.docs?.value ?? {}) as Record<string, unknown>) };
}
