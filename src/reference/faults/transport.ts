import type { FaultDefinition } from './fault-definition.js';
import { HandlerCrash, nestingDepth } from './fault-helpers.js';

/** Faults of the transport area (by the id of the requirement each proves first). */
export const transportFaults = [
  {
    name: '500-on-malformed-json',
    rule: 'A target MUST NOT answer any request of the suite with a 5xx; a body that is not JSON gets 400.',
    description: 'A POST or PATCH body that is not valid JSON crashes the handler: 500.',
    proves: ['TRANSPORT-NO-5XX'],
    hook: () => ({
      parseJson: (next) => (text) => {
        const parsed = next(text);
        if (!parsed.ok) throw new HandlerCrash('unexpected token in JSON body');
        return parsed;
      },
    }),
  },
  {
    name: 'deep-json-500',
    rule: 'A target MUST NOT answer any request of the suite with a 5xx; a JSON object that breaks a field rule gets 422.',
    description: 'A body nesting arrays or objects over 1,000 deep crashes the handler (a recursive parser): 500.',
    proves: ['TRANSPORT-ODD-BODIES', 'TRANSPORT-NO-5XX'],
    hook: () => ({
      // A recursive parser that overflows its stack on deep nesting.
      parseJson: (next) => (text) => {
        if (nestingDepth(text) > 1000) throw new HandlerCrash('Maximum call stack size exceeded');
        return next(text);
      },
    }),
  },
  {
    name: 'request-charset-rejected',
    rule: 'Request bodies are JSON (application/json, a charset parameter allowed).',
    description: 'A Content-Type with any parameter, such as application/json; charset=utf-8, is refused with 415.',
    proves: ['TRANSPORT-REQUEST-CHARSET'],
    hook: () => ({ acceptsContentType: (next) => (contentType) => contentType?.includes(';') !== true && next(contentType) }),
  },
  {
    name: 'wrong-content-type',
    rule: 'Responses of every documented operation MUST carry a JSON content type.',
    description: 'A successful GET /v1/users/{userId} is sent as text/plain (the body is still JSON text).',
    proves: ['TRANSPORT-JSON-CONTENT-TYPE', 'READ-SUCCESS'],
    hook: () => ({
      readReply: (next) => (reply, id, user) => {
        const answer = next(reply, id, user);
        return answer.kind === 'json' && answer.status === 200 && user ? { ...answer, contentType: 'text/plain; charset=utf-8' } : answer;
      },
    }),
  },
  {
    name: 'timestamps-without-timezone',
    rule: 'createdAt and updatedAt are RFC 3339 date-times (T separator, an offset or Z).',
    description: "createdAt and updatedAt are rendered as '2024-01-01 10:00:00' (space, no offset) in every response.",
    proves: ['TRANSPORT-RESPONSE-SCHEMA', 'READ-SUCCESS', 'UPDATE-SUCCESS'],
    hook: () => {
      const withoutZone = (iso: unknown): string => `${String(iso).slice(0, 10)} ${String(iso).slice(11, 19)}`;
      return { render: (next) => (user) => {
        const shown = next(user);
        return { ...shown, createdAt: withoutZone(shown.createdAt), updatedAt: withoutZone(shown.updatedAt) };
      } };
    },
  },
] as const satisfies readonly FaultDefinition[];
