import { isSecretHeader } from './is-secret-header.js';

/** The secret values among configured headers: whole values, and the token after a scheme such as `Bearer`. */
export function secretValuesOf(headers: Record<string, string>): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) continue;
    values.push(value);
    const token = /^\s*\S+\s+(\S.*)$/.exec(value)?.[1];
    if (token) values.push(token);
    // A cookie header's values, each on its own: a target may echo one back alone (in a Set-Cookie, say).
    if (name.toLowerCase() === 'cookie') {
      for (const pair of value.split(';')) {
        const cookie = pair.slice(pair.indexOf('=') + 1).trim();
        if (pair.includes('=') && cookie) values.push(cookie);
      }
    }
  }
  return values.sort((a, b) => b.length - a.length);
}
