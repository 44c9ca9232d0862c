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
