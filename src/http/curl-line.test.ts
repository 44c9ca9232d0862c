import { describe, expect, it } from 'vitest';
import type { ExchangeRecord } from './exchange.js';
import { curlLine } from './curl-line.js';

describe('curlLine', () => {
  const rows: Array<{ given: ExchangeRecord['request']; want: string }> = [
    { given: { method: 'GET', url: 'http://h/v1/users?limit=1', headers: {} }, want: `curl -i -X GET 'http://h/v1/users?limit=1'` },
    {
      given: { method: 'POST', url: 'http://h/v1/users', headers: { 'content-type': 'application/json' }, body: `{"n":"O'Brien"}` },
      want: `curl -i -X POST 'http://h/v1/users' -H 'content-type: application/json' --data-binary '{"n":"O'\\''Brien"}'`,
    },
  ];
  it.each(rows)('$want', ({ given, want }) => expect(curlLine(given)).toBe(want));
});
