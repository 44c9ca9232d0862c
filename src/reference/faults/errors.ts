import { sendJson } from '../send.js';
import type { FaultDefinition } from './fault-definition.js';

/** Faults of the errors area (by the id of the requirement each proves first). */
export const errorsFaults = [
  {
    name: 'plain-text-404',
    rule: 'Every 4xx body but 413 and 415 MUST be a JSON object.',
    description: "404 bodies are 'Not Found' as text/plain.",
    proves: ['ERRORS-BODY-OBJECT'],
    hook: () => ({
      sendProblem: (next) => (res, status, detail, extras = {}) => {
        if (status !== 404) return next(res, status, detail, extras);
        res.writeHead(404, { ...extras.headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': 9 });
        res.end('Not Found');
      },
    }),
  },
  {
    name: 'errors-plain-json',
    rule: 'A 4xx body SHOULD be an RFC 9457 problem document (application/problem+json, status, title).',
    description: 'Error bodies are {"error": "..."} as application/json.',
    proves: ['ERRORS-PROBLEM-DOCUMENT'],
    hook: () => ({ sendProblem: () => (res, status, detail, extras = {}) => sendJson(res, status, { error: detail }, extras.headers ?? {}) }),
  },
  {
    name: '422-without-errors',
    rule: 'A 422 SHOULD name each offending field in an errors array ({field, message}).',
    description: '422 problem documents carry no errors array.',
    proves: ['ERRORS-422-FIELDS'],
    hook: () => ({ sendProblem: (next) => (res, status, detail, extras = {}) => next(res, status, detail, { ...extras, errors: undefined }) }),
  },
] as const satisfies readonly FaultDefinition[];
