import { requirement } from '../../src/run/requirement.js';
import { describeResponse } from '../../src/run/judge-response.js';

export default requirement({
  id: 'TRANSPORT-NO-5XX',
  level: 'MUST',
  title: 'No request of the suite is answered with a 5xx',
  rule: 'A target MUST NOT answer any request of the suite with a 5xx.',
  contract: ['Transport'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: false,
  observe(exchange) {
    if (exchange.status !== undefined && exchange.status >= 500) {
      return `${exchange.request.method} ${exchange.request.url} answered ${describeResponse(exchange)}`;
    }
    return undefined;
  },
});
