import { showValue } from './show-value.js';

/** Fields compared only when the response carries them. */
const optional = ['dateOfBirth', 'country', 'phoneNumber'];

/** A value for a message; long strings also say their length, so a cut-off shows. */
function show(value: unknown): string {
  const text = showValue(value, 60);
  return typeof value === 'string' && text.endsWith('…') ? `${text} (${[...value].length} code points)` : text;
}

/**
 * How `got` differs from what was `sent`: one phrase per field. email,
 * firstName and lastName must be equal; dateOfBirth, country and phoneNumber
 * are compared when `got` carries them (a null phoneNumber when none was sent
 * is no difference). With `emailAnyCase`, e-mails differing only in case are
 * equal: the contract fixes the 201 echo, but a later read only to the
 * same e-mail, which it compares case-insensitively.
 */
export function echoMismatches(sent: Record<string, unknown>, got: Record<string, unknown>, options: { emailAnyCase?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const field of ['email', 'firstName', 'lastName', ...optional]) {
    const value = got[field];
    if (optional.includes(field) && (value === undefined || (value === null && sent[field] === undefined))) continue;
    const same =
      field === 'email' && options.emailAnyCase && typeof value === 'string' && typeof sent[field] === 'string'
        ? value.toLowerCase() === sent[field].toLowerCase()
        : value === sent[field];
    if (!same) out.push(`${field} ${show(value)} instead of ${show(sent[field])}`);
  }
  return out;
}
