import { describe, expect, it } from 'vitest';
import { targetIsUri, type Exchange } from './exchange.js';

describe('targetIsUri', () => {
  const rows: Array<{ given: string; want: boolean }> = [
    { given: 'http://127.0.0.1:9/v1/users/usr_1', want: true },
    { given: 'http://127.0.0.1:9/v1/users/usr_%41%e0%a4%a0', want: true },
    { given: 'http://127.0.0.1:9/v1/users/usr_%C3%28', want: true },
    { given: 'http://127.0.0.1:9/v1/users?status=active&limit=%31', want: true },
    { given: 'http://127.0.0.1:9/v1/users/%zz', want: false },
    { given: 'http://127.0.0.1:9/v1/users/usr_abc%', want: false },
    { given: 'http://127.0.0.1:9/v1/users/usr_%E0%A4%A', want: false },
  ];
  it.each(rows)('$given: $want', ({ given, want }) => {
    expect(targetIsUri({ request: { method: 'GET', url: given, headers: {} } } as Exchange)).toBe(want);
  });
});
