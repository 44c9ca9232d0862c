/** Tomorrow in UTC as `YYYY-MM-DD`: today plus the contract's grey day after it. */
export function latestAcceptedDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}
