import type { FaultDefinition } from './fault-definition.js';

/** Faults of the list area (by the id of the requirement each proves first). */
export const listFaults = [
  {
    name: 'default-limit-20',
    rule: 'limit defaults to 100.',
    description: 'limit defaults to 20.',
    proves: ['LIST-DEFAULTS'],
  },
  {
    name: 'offset-needs-limit',
    rule: 'offset defaults to 0 and limit to 100, each whether or not the other is given; metadata shows the values in effect.',
    description: 'An offset sent without a limit is ignored (offset 0 in effect and in metadata).',
    proves: ['LIST-DEFAULTS'],
  },
  {
    name: 'limit-max-500',
    rule: 'limit is an integer from 1 to 1000.',
    description: 'A limit over 500 is rejected with 400.',
    proves: ['LIST-LIMIT-ACCEPTED'],
  },
  {
    name: 'limit-clamped',
    rule: 'limit 0 or 1001: 400.',
    description: 'limit 0 becomes 1 and a limit over 1000 becomes 1000 (200) instead of 400.',
    proves: ['LIST-LIMIT-INVALID'],
  },
  {
    name: 'offset-parse-int',
    rule: "offset is a plain decimal integer >= 0; '-1', '1.5', 'abc' or an empty value: 400.",
    description: "offset is read with parseInt: '1.5' is 1, 'abc' and empty are 0, negatives are 0.",
    proves: ['LIST-OFFSET-INVALID'],
  },
  {
    name: 'query-int-lenient',
    rule: "limit and offset are written in plain decimal; any other value ('1_0', ' 5', '٥'): 400.",
    description: "limit and offset are read as Python's int() reads them: surrounding white space, '_' between digits and digits of any script are taken (' 5', '1_0', '٥' are 5, 10, 5).",
    proves: ['LIST-LIMIT-INVALID', 'LIST-OFFSET-INVALID'],
  },
  {
    name: 'offset-past-end-returns-last-page',
    rule: 'An offset at or past total gives an empty page.',
    description: 'An offset at or past total returns the last limit users.',
    proves: ['LIST-PAGE-LENGTH', 'LIST-TOTAL'],
  },
  {
    name: 'metadata-offset-always-0',
    rule: 'metadata.offset is the offset in effect.',
    description: 'metadata.offset is always 0.',
    proves: ['LIST-METADATA-ECHO'],
  },
  {
    name: 'list-newest-first',
    rule: 'The list is ordered by createdAt ascending, ties broken by userId ascending.',
    description: 'The list is ordered by createdAt descending.',
    proves: ['LIST-ORDER'],
  },
  {
    name: 'offset-off-by-one',
    rule: 'Consecutive pages neither overlap nor leave gaps.',
    description: 'The page starts at offset + 1 (one user skipped) when offset > 0.',
    proves: ['LIST-PAGES-CONTIGUOUS'],
  },
  {
    name: 'total-is-page-count',
    rule: 'metadata.total counts every user that matches the filter.',
    description: 'metadata.total is the number of users on the page.',
    proves: ['LIST-TOTAL'],
  },
  {
    name: 'list-omits-last',
    rule: 'users.length is min(limit, max(0, total - offset)); a new user MUST be listed by GET /v1/users.',
    description: 'The list never shows the last user of the (filtered) collection, but total still counts it.',
    proves: ['LIST-PAGE-LENGTH', 'LIST-TOTAL', 'CREATE-LISTED', 'STATEFUL-MODEL'],
  },
  {
    name: 'filter-after-paging',
    rule: 'users.length is min(limit, max(0, total - offset)), also with a status filter.',
    description: 'With status, the page is cut from all users and then filtered: pages come out short (total counts the filtered users).',
    proves: ['LIST-PAGE-LENGTH'],
  },
  {
    name: 'filter-offset-over-all',
    rule: 'Consecutive pages neither overlap nor leave gaps, also with a status filter.',
    description: 'With status, the offset counts users of any status and the filter then fills the page: filtered pages overlap.',
    proves: ['LIST-PAGES-CONTIGUOUS'],
  },
] as const satisfies readonly FaultDefinition[];
