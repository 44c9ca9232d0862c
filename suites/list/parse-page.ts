import type { Page } from './page.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page in a 200 body, or what keeps it from being one. */
export function parsePage(body: unknown): Page | string {
  if (!isObject(body)) return 'the body is not a JSON object';
  if (!Array.isArray(body.users)) return 'users is not an array';
  const index = body.users.findIndex((user) => !isObject(user));
  if (index >= 0) return `users[${index}] is not an object`;
  if (!isObject(body.metadata)) return 'metadata is not an object';
  const numbers: Record<string, number> = {};
  for (const key of ['total', 'limit', 'offset'] as const) {
    const value = body.metadata[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return `metadata.${key} is not a non-negative integer (${JSON.stringify(value) ?? 'missing'})`;
    numbers[key] = value;
  }
  return { users: body.users as Record<string, unknown>[], total: numbers.total, limit: numbers.limit, offset: numbers.offset };
}
