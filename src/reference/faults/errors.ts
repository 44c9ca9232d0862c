import { sendJson } from '../send.js';
import type { Reply } from '../seams.js';
import type { FaultDefinition, SeamOverrides } from './fault-definition.js';

/** Connections in the pool of a leaking server, as node-postgres's default. */
const poolSize = 10;

/**
 * A pool of `poolSize` connections that `leak` takes one of for good (an early
 * return that skips `release()`): once none is left, every answer is a 500
 * (waiting for a connection timed out). The overrides are the seams every
 * answer passes through.
 */
function leakingPool(): { leak(): void; overrides: SeamOverrides } {
  let free = poolSize;
  const waitedOut = 'timeout exceeded when trying to connect';
  const exhausted: Reply = { kind: 'problem', status: 500, detail: waitedOut };
  const orExhausted = (reply: Reply): Reply => (free > 0 ? reply : exhausted);
  return {
    leak: () => {
      free = Math.max(0, free - 1);
    },
    overrides: {
      sendProblem: (next) => (res, status, detail, extras) => (free > 0 ? next(res, status, detail, extras) : next(res, 500, waitedOut)),
      createReply: (next) => (reply) => orExhausted(next(reply)),
      readReply: (next) => (reply, id, user) => orExhausted(next(reply, id, user)),
      updateReply: (next) => (reply, user) => orExhausted(next(reply, user)),
      listReply: (next) => (reply, query) => orExhausted(next(reply, query)),
    },
  };
}

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
  {
    name: 'conflict-leaks-connection',
    rule: 'E-mail already used: 409, every time; a target MUST NOT answer any request of the suite with a 5xx.',
    description: `The 409 path of a create never gives its database connection back: after ${poolSize} conflicts the pool is empty and every request answers 500.`,
    proves: ['ERRORS-NO-WEAR'],
    hook: () => {
      const pool = leakingPool();
      return {
        ...pool.overrides,
        sendProblem: (next) => {
          const send = pool.overrides.sendProblem!(next);
          return (res, status, detail, extras) => {
            send(res, status, detail, extras);
            if (status === 409) pool.leak();
          };
        },
      };
    },
  },
  {
    name: 'patch-404-leaks-connection',
    rule: 'PATCH of an unknown user: 404, every time; a target MUST NOT answer any request of the suite with a 5xx.',
    description: `The 404 path of a PATCH returns from its transaction without giving the connection back: after ${poolSize} PATCHes of unknown ids every request answers 500.`,
    proves: ['ERRORS-NO-WEAR'],
    hook: () => {
      const pool = leakingPool();
      return {
        ...pool.overrides,
        updateUnknownReply: (next) => (id, body) => {
          const reply = next(id, body);
          pool.leak();
          return reply;
        },
      };
    },
  },
] as const satisfies readonly FaultDefinition[];
