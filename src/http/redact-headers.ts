import { isSecretHeader } from './is-secret-header.js';
import { redactText } from './redact-text.js';
import { redacted } from './redacted.js';

/** Copies headers with secret ones replaced, and planted secret values removed from the rest. */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = isSecretHeader(name) ? redacted : redactText(value, secrets);
  }
  return out;
}
