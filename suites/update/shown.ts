/** Quoted for a finding: strings as JSON, absent values as `(absent)`. */
export function shown(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}
