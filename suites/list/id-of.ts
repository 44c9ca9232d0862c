/** The id a listed user is known by in messages and comparisons. */
export function idOf(user: Record<string, unknown>): string {
  return typeof user.userId === 'string' ? user.userId : JSON.stringify(user);
}
