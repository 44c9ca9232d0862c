import { isJsonMediaType } from '../../src/http/media-type.js';
import { judgeResponse } from '../../src/run/judge-response.js';
import { requirement } from '../../src/run/requirement.js';

export default requirement({
  id: 'TRANSPORT-RESPONSE-SCHEMA',
  level: 'MUST',
  title: 'Every success body matches the schema of its operation',
  rule: 'Success bodies carry the documented fields with the documented types and formats (users, list pages, timestamps in RFC 3339, statuses among the four); fields beyond the documented ones are allowed.',
  contract: ['The user', 'POST /v1/users — create', 'GET /v1/users/{userId} — read', 'PATCH /v1/users/{userId} — update', 'GET /v1/users — list'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  observe(exchange, validators) {
    if (exchange.status === undefined || exchange.status < 200 || exchange.status > 299) return undefined;
    if (!isJsonMediaType(exchange.mediaType)) return undefined; // TRANSPORT-JSON-CONTENT-TYPE reports it
    return judgeResponse(validators, exchange, [exchange.status])[0];
  },
});
