import { redacted } from './redacted.js';

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
