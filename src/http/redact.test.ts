import { describe, expect, it } from 'vitest';
import { isSecretHeader, redactText, secretValuesOf } from './redact.js';

describe('isSecretHeader', () => {
  const rows = [
    { given: 'Authorization', want: true },
    { given: 'cookie', want: true },
    { given: 'X-API-Key', want: true },
    { given: 'x-auth-token', want: true },
    { given: 'apikey', want: true },
    { given: 'x-client-secret', want: true },
    { given: 'content-type', want: false },
    { given: 'x-request-id', want: false },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => expect(isSecretHeader(given)).toBe(want));
});

describe('redactText', () => {
  it('removes whole values and bearer tokens', () => {
    const secrets = secretValuesOf({ authorization: 'Bearer abc.def.ghi' });
    expect(redactText('echo: Bearer abc.def.ghi and abc.def.ghi', secrets)).toBe('echo: [REDACTED] and [REDACTED]');
  });
});

describe('secretValuesOf', () => {
  it('takes each cookie value on its own too', () => {
    const secrets = secretValuesOf({ Cookie: 'sid=s3ss10n-PLANTED; theme=dark-blue', 'x-trace': 'not-a-secret' });
    expect(secrets).toEqual(expect.arrayContaining(['sid=s3ss10n-PLANTED; theme=dark-blue', 's3ss10n-PLANTED', 'dark-blue']));
    expect(secrets).not.toContain('not-a-secret');
    expect(redactText('set-cookie: sid=s3ss10n-PLANTED', secrets)).toBe('set-cookie: sid=[REDACTED]');
  });
});
