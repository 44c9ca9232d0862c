import { requirement } from '../../src/run/requirement.js';
import { judgedErrorStatus } from './judged-errors.js';

export default requirement({
  id: 'ERRORS-PROBLEM-DOCUMENT',
  level: 'SHOULD',
  title: '4xx bodies are RFC 9457 problem documents',
  rule: 'A 4xx body SHOULD be an RFC 9457 problem document: application/problem+json, `status` equal to the HTTP status, a `title` (RFC 9457: a short, human-readable summary, so not empty or only white space).',
  contract: ['Errors'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  observe(exchange) {
    const status = judgedErrorStatus(exchange);
    if (status === undefined) return undefined;
    const { method, url } = exchange.request;
    const where = `${method} ${url} answered ${status}`;
    if (exchange.mediaType !== 'application/problem+json') return `${where} as '${exchange.headers['content-type'] ?? '(none)'}', not application/problem+json`;
    const body = exchange.json as { status?: unknown; title?: unknown } | undefined;
    if (!exchange.hasJson || typeof body !== 'object' || body === null) return `${where}: the problem document is not a JSON object`;
    if (body.status !== status) return `${where}: the problem document's status is ${JSON.stringify(body.status)}`;
    if (typeof body.title !== 'string') return `${where}: the problem document has no title`;
    // RFC 9457 3.1.3: a short, human-readable summary; an empty or blank one summarizes nothing.
    if (!/\S/u.test(body.title)) return `${where}: the problem document's title is ${JSON.stringify(body.title)}, not a human-readable summary`;
    return undefined;
  },
});
