/** A value as JSON for a one-line message, cut to `max` characters. */
export function showValue(value: unknown, max = 80): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
