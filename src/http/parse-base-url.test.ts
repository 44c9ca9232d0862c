import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from './parse-base-url.js';

describe('parseBaseUrl', () => {
  const good: Array<{ given: string; want: string }> = [
    { given: 'http://127.0.0.1:8080', want: 'http://127.0.0.1:8080/' },
    { given: 'https://api.example.com/users-api/', want: 'https://api.example.com/users-api/' },
  ];
  it.each(good)('takes $given', ({ given, want }) => expect(parseBaseUrl(given).href).toBe(want));

  const bad: Array<{ given: string; want: RegExp }> = [
    { given: 'localhost:8080', want: /^base URL must be http or https: localhost:8080$/ },
    { given: 'not a url', want: /^not a URL: not a url$/ },
    { given: 'ftp://example.com', want: /^base URL must be http or https/ },
    { given: 'http://h/?key=1', want: /^base URL must not carry a query or fragment/ },
    { given: 'http://h/#top', want: /^base URL must not carry a query or fragment/ },
    { given: 'http://alice:s3cret@h:8080/', want: /^base URL must not carry a user name or password \(http:\/\/\*\*\*@h:8080\/\): send them as a header/ },
    { given: 'http://token-only@h/', want: /^base URL must not carry a user name or password/ },
    { given: 'http://alice:s3cret@bad host/', want: /^not a URL: http:\/\/\*\*\*@bad host\/$/ },
  ];
  it.each(bad)('refuses $given, never echoing a password', ({ given, want }) => {
    expect(() => parseBaseUrl(given)).toThrow(want);
    try {
      parseBaseUrl(given);
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret');
    }
  });
});
