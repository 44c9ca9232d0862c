import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { sendJson } from './send-json.js';
import type { FieldError } from './to-field-errors.js';

export const problemTitles: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

export interface ProblemExtras {
  title?: string;
  errors?: FieldError[];
  headers?: OutgoingHttpHeaders;
}

/** Answers with an RFC 9457 problem document. */
export function sendProblem(res: ServerResponse, status: number, detail: string, extras: ProblemExtras = {}): void {
  const headers = extras.headers ?? {};
  const problem: Record<string, unknown> = {
    type: 'about:blank',
    title: extras.title ?? problemTitles[status] ?? 'Error',
    status,
    detail,
  };
  if (extras.errors) problem.errors = extras.errors;
  sendJson(res, status, problem, headers, 'application/problem+json; charset=utf-8');
}
