import { describe, expect, it } from 'vitest';
import { conformForTest } from '../../test/support/conform-for-test.js';

// Rules that watch every response: each row runs the whole suite, so the
// responses that break them come from whichever checks provoke them.
describe('transport, errors and docs-flow requirements catch their faults', () => {
  const rows = [
    { fault: '500-on-malformed-json', want: ['TRANSPORT-NO-5XX'] },
    { fault: 'wrong-content-type', want: ['TRANSPORT-JSON-CONTENT-TYPE'] },
    { fault: 'request-charset-rejected', want: ['TRANSPORT-REQUEST-CHARSET'] },
    { fault: 'deep-json-500', want: ['TRANSPORT-ODD-BODIES', 'TRANSPORT-NO-5XX'] },
    { fault: 'timestamps-without-timezone', want: ['TRANSPORT-RESPONSE-SCHEMA'] },
    { fault: 'create-returns-200', want: ['DOCS-EXAMPLE-FLOW'] },
    { fault: 'plain-text-404', want: ['ERRORS-BODY-OBJECT'] },
    { fault: 'errors-plain-json', want: ['ERRORS-PROBLEM-DOCUMENT'] },
  ];
  it.each(rows)('--fault=$fault fails $want', async ({ fault, want }) => {
    const result = await conformForTest([`--fault=${fault}`, '--seed=7', '--strict']);
    expect(result.code).toBe(1);
    expect(result.failed).toEqual(expect.arrayContaining(want));
  });
});
