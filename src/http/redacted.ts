/** What replaces a secret in everything the suite writes. */
export const redacted = '[REDACTED]';
