import type { FaultDefinition } from './fault-definition.js';

/** Faults of the errors area (by the id of the requirement each proves first). */
export const errorsFaults = [
  {
    name: 'plain-text-404',
    rule: 'Every 4xx body but 413 and 415 MUST be a JSON object.',
    description: "404 bodies are 'Not Found' as text/plain.",
    proves: ['ERRORS-BODY-OBJECT'],
  },
  {
    name: 'errors-plain-json',
    rule: 'A 4xx body SHOULD be an RFC 9457 problem document (application/problem+json, status, title).',
    description: 'Error bodies are {"error": "..."} as application/json.',
    proves: ['ERRORS-PROBLEM-DOCUMENT'],
  },
  {
    name: '422-without-errors',
    rule: 'A 422 SHOULD name each offending field in an errors array ({field, message}).',
    description: '422 problem documents carry no errors array.',
    proves: ['ERRORS-422-FIELDS'],
  },
] as const satisfies readonly FaultDefinition[];
