import { describe, expect, it } from 'vitest';
import { describeFinding } from './describe-finding.js';
import type { Finding } from '../run/results.js';

const exchange: NonNullable<Finding['exchange']> = {
  request: { method: 'GET', url: 'http://t/v1/users?limit=0', headers: {} },
  response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"users":[]}', bodyTruncated: false },
  startedAt: '2025-03-01T10:00:00.000Z',
  durationMs: 3,
};

describe('describeFinding', () => {
  const rows: { name: string; given: Finding; want: string }[] = [
    { name: 'message only', given: { message: 'it broke' }, want: '1) it broke' },
    {
      name: 'exchange and curl',
      given: { message: 'expected 400, got 200', exchange, curl: "curl 'http://t/v1/users?limit=0'" },
      want: [
        '1) expected 400, got 200',
        '   request: GET http://t/v1/users?limit=0',
        '   response: 200 (application/json)',
        '   response body: {"users":[]}',
        "   curl: curl 'http://t/v1/users?limit=0'",
      ].join('\n'),
    },
    {
      name: 'no response',
      given: { message: 'no answer', exchange: { ...exchange, response: undefined, error: 'ECONNRESET' } },
      want: '1) no answer\n   request: GET http://t/v1/users?limit=0\n   error: ECONNRESET',
    },
    {
      name: 'property failure: counterexample indented, replay line',
      given: { message: 'bad', counterexample: { limit: '1.5' }, seed: 7, path: '3:1', numRuns: 4 },
      want: '1) bad\n   counterexample: {\n     "limit": "1.5"\n   }\n   replay: seed=7 path=3:1 (failed after 4 runs)',
    },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(describeFinding(given, 1)).toBe(want);
  });

  it('cuts a long body and says so', () => {
    const long = { ...exchange, response: { ...exchange.response!, body: 'x'.repeat(5000), bodyTruncated: false } };
    const text = describeFinding({ message: 'm', exchange: long }, 2);
    expect(text).toContain('response body (truncated): ' + 'x'.repeat(1000) + '…');
    expect(text.length).toBeLessThan(1200);
  });
});
