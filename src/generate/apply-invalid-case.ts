/**
 * One reject-set case: the offending field, the value sent (or `omit` to
 * leave the field out), and why the contract rejects it — the label a
 * finding quotes when a target accepts the case.
 */
export interface InvalidCase {
  /** The offending field; `(body)` when the body as a whole breaks the rule (an empty PATCH). */
  field: string;
  /** Why the contract rejects it, e.g. `white space`. */
  why: string;
  /** The value sent in `field` (unless `omit`). */
  value?: unknown;
  /** Leave `field` out of the body instead. */
  omit?: boolean;
}

/** `base` with the case applied: the field set to the case's value, or left out. A new object; `base` is unchanged. */
export function applyInvalidCase(base: Record<string, unknown>, invalid: InvalidCase): Record<string, unknown> {
  const body = { ...base };
  if (invalid.omit) delete body[invalid.field];
  // defineProperty, not assignment: a field named `__proto__` must become a key, not the prototype.
  else Object.defineProperty(body, invalid.field, { value: invalid.value, enumerable: true, writable: true, configurable: true });
  return body;
}
