/**
 * JSON text of any value, without throwing: counterexamples come from generators and may
 * hold what JSON cannot (bigint, undefined, NaN, Map, cycles). Those become readable stand-ins.
 */
export function stringifyValue(value: unknown, indent = 2): string {
  return JSON.stringify(toPlain(value, new Set()), null, indent) ?? 'undefined';
}

function toPlain(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (typeof value !== 'object' || value === null) return value;
  // Only ancestors make a cycle: an object shared by two siblings is printed twice.
  if (ancestors.has(value)) return '[Circular]';
  ancestors.add(value);
  try {
    const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toPlain(toJSON.call(value), ancestors);
    if (value instanceof Map) return toPlain(Object.fromEntries(value), ancestors);
    if (value instanceof Set) return toPlain([...value], ancestors);
    if (Array.isArray(value)) return value.map((item) => toPlain(item, ancestors) ?? null);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = toPlain(item, ancestors);
      // defineProperty: a `__proto__` key (a generated body may carry one) must print as a key, not vanish into the prototype.
      if (plain !== undefined) Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}
