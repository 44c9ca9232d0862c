/**
 * The contract's e-mail rule as a validator: false only for its reject set —
 * no `@` or more than one, an empty part, white space. (The length cap is
 * the schema's `maxLength`.)
 */
export function isContractEmail(value: string): boolean {
  const at = value.indexOf('@');
  return at > 0 && at === value.lastIndexOf('@') && at < value.length - 1 && !/\s/u.test(value);
}
