// Values as a reader of a report sees them: durations, JUnit seconds, any value as JSON, a body's JSON re-indented.

/** Milliseconds for a human: `850 ms`, `3.2 s`, `2 min 5 s`, `1 h 2 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Milliseconds as seconds with three decimals, as JUnit readers expect (`1234` → `"1.234"`). */
export function formatSeconds(ms: number): string {
  // A clock step or a missing value must not produce "NaN" or a negative time in the XML.
  return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0.000';
}

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

/**
 * Re-indents a JSON object or array given as text, or returns undefined if the text is not
 * one. It re-lays the tokens instead of parsing and re-serialising, so what the target sent
 * stays as sent: `1.0`, `1e3`, 20-digit ids, `\u` escapes and duplicate keys are not rewritten.
 * Indentation stops growing at `maxIndentLevels`: a hostile body nested thousands deep would
 * otherwise need gigabytes of spaces.
 */
export function prettyJsonText(text: string, indent = 2, maxIndentLevels = 32): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const pad = (depth: number): string => '\n' + ' '.repeat(Math.min(depth, maxIndentLevels) * indent);
  let out = '';
  let depth = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '"') {
      // Copy the whole string literal, escapes included; it is valid, so it has an end.
      let j = i + 1;
      while (trimmed[j] !== '"') j += trimmed[j] === '\\' ? 2 : 1;
      out += trimmed.slice(i, j + 1);
      i = j;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      const next = nextSignificant(trimmed, i + 1);
      if (trimmed[next] === close) {
        out += c + close;
        i = next;
      } else {
        depth++;
        out += c + pad(depth);
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += pad(depth) + c;
    } else if (c === ',') {
      out += ',' + pad(depth);
    } else if (c === ':') {
      out += ': ';
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      out += c;
    }
  }
  return out;
}

function nextSignificant(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[ \t\n\r]/.test(text[i])) i++;
  return i;
}
