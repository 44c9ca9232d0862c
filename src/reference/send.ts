import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FieldError } from './to-field-errors.js';

// Answers of the reference server: a JSON body, or a problem document (RFC 9457).

/** Answers with a JSON body (under `contentType`, JSON by default). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
  contentType = 'application/json; charset=utf-8',
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

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
