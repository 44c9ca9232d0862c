/** `users.length` the contract asks for: min(limit, max(0, total − offset)). */
export function expectedLength(limit: number, offset: number, total: number): number {
  return Math.min(limit, Math.max(0, total - offset));
}
