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
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
