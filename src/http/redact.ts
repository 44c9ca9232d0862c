/** What replaces a secret in everything the suite writes. */
export const redacted = '[REDACTED]';

/** Header names that carry credentials: never written anywhere in clear. */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === 'authorization' ||
    lower === 'proxy-authorization' ||
    lower === 'cookie' ||
    lower === 'set-cookie' ||
    /(^|[-_])(api[-_]?key|key|token|secret|password|auth|session|signature|credentials?)($|[-_])/.test(lower)
  );
}

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

/**
 * Replaces every planted secret value in a text (a target may echo a token
 * back in a body or a header). Values shorter than 4 characters are left
 * alone: redacting them would mangle unrelated text.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(redacted);
  }
  return out;
}

/** Copies headers with secret ones replaced, and planted secret values removed from the rest. */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = isSecretHeader(name) ? redacted : redactText(value, secrets);
  }
  return out;
}
