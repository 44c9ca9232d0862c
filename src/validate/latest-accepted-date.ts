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
