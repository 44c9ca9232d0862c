// Small readings every layer shares — the reference server and the client included, which may
// import nothing of the tester's layers: is a JSON value an object, is a status a success,
// a text on one line.

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A 2xx status (absent when no response came). */
export function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300;
}

/** The text with its line breaks (and the white space around them) made single spaces. */
export function oneLine(text: string): string {
  // Split, then trim, rather than one /\s*[\r\n]+\s*/ replace: that regex backtracks over a run of
  // white space with no line break at every position in it, quadratic in a target's long blank value.
  const lines = text.split(/[\r\n]+/);
  if (lines.length === 1) return text;
  const last = lines.length - 1;
  const trimmed = lines.map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim()));
  return trimmed.filter((line, i) => line !== '' || i === 0 || i === last).join(' ');
}

/** The text cut to `max` characters, saying how long it was, so a cut shows. */
export function capText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (cut: ${text.length} characters)`;
}
