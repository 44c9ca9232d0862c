/** A page of GET /v1/users as the checks use it. */
export interface Page {
  users: Record<string, unknown>[];
  total: number;
  limit: number;
  offset: number;
}
