/**
 * The four statuses of a user. A constant because observing rules get no
 * spec; user-statuses.test.ts holds it equal to the spec's UserStatus enum.
 * `pending` (which a target MAY take as a filter) is grey and never sent.
 */
export const userStatuses = ['pending_verification', 'active', 'suspended', 'closed'] as const;

export function isUserStatus(value: unknown): boolean {
  return typeof value === 'string' && (userStatuses as readonly string[]).includes(value);
}
