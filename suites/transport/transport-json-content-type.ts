import { targetIsUri } from '../../src/http/exchange.js';
import { isJsonMediaType } from '../../src/http/media-type.js';
import { requirement } from '../../src/run/requirement.js';

/** Statuses whose bodies the contract lets be anything (body too large, media type refused), and rate limiting, which it does not cover. */
const exempt = new Set([413, 415, 429]);

export default requirement({
  id: 'TRANSPORT-JSON-CONTENT-TYPE',
  level: 'MUST',
  title: 'Every response carries a JSON content type',
  rule: 'Responses of every documented operation MUST carry a JSON content type (application/json, a charset parameter allowed; error bodies may be application/problem+json).',
  contract: ['Transport'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  observe(exchange) {
    if (exchange.status === undefined || exchange.status >= 500 || exempt.has(exchange.status)) return undefined;
    // A target that is not a URI names no documented operation.
    if (!targetIsUri(exchange)) return undefined;
    if (isJsonMediaType(exchange.mediaType)) return undefined;
    const { method, url } = exchange.request;
    return `${method} ${url} answered ${exchange.status} with content type '${exchange.headers['content-type'] ?? '(none)'}'`;
  },
});
