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
  {
    name: 'patch-422-without-errors',
    rule: 'A 422 SHOULD name each offending field in an errors array ({field, message}), the 422 of a PATCH too.',
    description: "A PATCH's 422 carries no errors array (its route builds the problem document itself); a create's 422 still names the fields.",
    proves: ['ERRORS-422-FIELDS'],
    hook: () => ({
      sendProblem: (next) => (res, status, detail, extras = {}) => next(res, status, detail, status === 422 && res.req.method === 'PATCH' ? { ...extras, errors: undefined } : extras),
    }),
  },
  {
    name: 'problem-empty-title',
    rule: 'A 4xx body SHOULD be an RFC 9457 problem document with a title (a short human-readable summary).',
    description: 'Problem documents carry `"title": ""` (the title comes from a lookup table with no entries).',
    proves: ['ERRORS-PROBLEM-DOCUMENT'],
    hook: () => ({ sendProblem: (next) => (res, status, detail, extras = {}) => next(res, status, detail, { ...extras, title: '' }) }),
  },
] as const satisfies readonly FaultDefinition[];
