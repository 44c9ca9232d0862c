/** What a check asks the list for; absent fields are not sent. */
export interface ListQuery {
  limit?: number;
  offset?: number;
  status?: string;
}

/** The query as sent: plain decimal strings, in a fixed order. */
export function listQuery(query: ListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.limit !== undefined) out.limit = String(query.limit);
  if (query.offset !== undefined) out.offset = String(query.offset);
  if (query.status !== undefined) out.status = query.status;
  return out;
}
