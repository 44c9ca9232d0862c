import type { CheckContext } from '../../src/run/check-context.js';
import { readPage } from './read-page.js';

/**
 * The latest `metadata.total` seen per status filter (none: the whole list), which places a
 * case's boundary offsets. A filter's total is read when first needed; others append users
 * meanwhile, so a check records the total of every answer it gets.
 */
export function trackTotals(ctx: CheckContext, limit: number): { of(status: string | undefined): Promise<number>; saw(status: string | undefined, total: number): void } {
  const totals = new Map<string | undefined, number>();
  return {
    async of(status) {
      const known = totals.get(status);
      if (known !== undefined) return known;
      const { total } = (await readPage(ctx, { limit, status })).page;
      totals.set(status, total);
      return total;
    },
    saw(status, total) {
      totals.set(status, total);
    },
  };
}
