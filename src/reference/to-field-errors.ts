/** One offending field of a 422, as the problem document's `errors` lists it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The field a whole-body violation names, after these messages (see validators.ts `describe`). */
const namesAField = /^must (have required property|NOT have additional properties) '(.*)'$/s;

/**
 * Turns the spec validators' violation lines (`/email must match format
 * "email"`, `(body) must have required property 'country'`) into
 * `{ field, message }` pairs. A violation of the body as a whole keeps the
 * field `(body)`.
 */
export function toFieldErrors(violations: readonly string[]): FieldError[] {
  return violations.map((line) => {
    const space = line.indexOf(' ');
    const where = line.slice(0, space);
    const message = line.slice(space + 1);
    if (where !== '(body)') {
      // A JSON pointer: the first segment is the field (~1 and ~0 are escaped / and ~).
      const field = where.split('/')[1].replaceAll('~1', '/').replaceAll('~0', '~');
      return { field, message };
    }
    const named = namesAField.exec(message);
    if (!named) return { field: '(body)', message };
    return { field: named[2], message: named[1] === 'have required property' ? 'is required' : 'is not a writable field' };
  });
}
