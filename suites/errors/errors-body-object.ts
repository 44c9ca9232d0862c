import { requirement } from '../../src/run/requirement.js';
import { objectBody } from '../../src/run/object-body.js';
import { judgedErrorStatus } from './judged-errors.js';

export default requirement({
  id: 'ERRORS-BODY-OBJECT',
  level: 'MUST',
  title: 'Every 4xx body is a JSON object',
  rule: 'Every 4xx body (but 413 and 415) MUST be a JSON object.',
  contract: ['Errors'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  observe(exchange) {
    const status = judgedErrorStatus(exchange);
    if (status === undefined) return undefined;
    if (objectBody(exchange)) return undefined;
    const json = exchange.json;
    const { method, url } = exchange.request;
    const what = exchange.hasJson ? `JSON ${Array.isArray(json) ? 'array' : json === null ? 'null' : typeof json}` : `not JSON: ${JSON.stringify(exchange.text.slice(0, 60))}`;
    return `${method} ${url} answered ${status} with a body that is ${what}`;
  },
});
