import type { CheckContext } from '../../src/run/check-context.js';
import { swapCase } from '../create/swap-case.js';
import { tryPage } from '../list/try-page.js';

/** A listed user's id and that id with the case of its letters after `usr_` swapped. */
export interface CaseSwappedId {
  original: string;
  swapped: string;
}

/**
 * The first user on the first page (up to 100) whose id has letters, its
 * case swapped: ids are case-sensitive, so the swapped one is no one's (or,
 * by chance, another user's). Only GETs; undefined when no listed id has a
 * letter or the list gives no page (the list checks judge that).
 */
export async function caseSwappedId(ctx: CheckContext): Promise<CaseSwappedId | undefined> {
  const { page } = await tryPage(ctx, { limit: 100 });
  for (const user of page?.users ?? []) {
    const id = user.userId;
    if (typeof id === 'string' && /^usr_[A-Za-z0-9]{1,64}$/.test(id) && /[A-Za-z]/.test(id.slice(4))) return { original: id, swapped: `usr_${swapCase(id.slice(4))}` };
  }
  return undefined;
}
