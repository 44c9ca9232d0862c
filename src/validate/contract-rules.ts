// The contract's rules that JSON Schema keywords do not say: its e-mail reject set and the latest date of birth.

/**
 * The contract's e-mail rule as a validator: false only for its reject set —
 * no `@` or more than one, an empty part, white space. (The length cap is
 * the schema's `maxLength`.)
 */
export function isContractEmail(value: string): boolean {
  const at = value.indexOf('@');
  return at > 0 && at === value.lastIndexOf('@') && at < value.length - 1 && !/\s/u.test(value);
}

const dayMs = 86_400_000;

// The answer changes once a day: keyed by the UTC day, it is computed once a
// day instead of for every date validated (a 1000-user page validates 1000).
let cached: { day: number; date: string } | undefined;

/** Tomorrow in UTC as `YYYY-MM-DD`: today plus the contract's grey day after it. */
export function latestAcceptedDate(now?: Date): string {
  const day = Math.floor((now === undefined ? Date.now() : now.getTime()) / dayMs);
  if (cached?.day !== day) cached = { day, date: new Date((day + 1) * dayMs).toISOString().slice(0, 10) };
  return cached.date;
}
