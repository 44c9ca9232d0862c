/** Values, requests and tables of findings as a finding's message shows them. */

import type { InvalidCase } from '../../src/generate/invalid-cases.js';
import type { Exchange } from '../../src/http/exchange.js';
import type { CheckContext, Violation } from '../../src/run/check-context.js';
import type { Finding } from '../../src/run/results.js';

export interface ShowOptions {
  /** Longest JSON shown; a longer one is cut there and ends in `…` (default 200: a target's 1 MiB value stays out of messages). */
  max?: number;
  /** What an absent (undefined) value reads as (default `(absent)`). */
  absent?: string;
  /** After a cut string, its length in code points, so the cut shows (default true). */
  countCut?: boolean;
}

/** A value as JSON for a one-line message. */
export function showValue(value: unknown, { max = 200, absent = '(absent)', countCut = true }: ShowOptions = {}): string {
  const text = value === undefined ? absent : JSON.stringify(value);
  if (text.length <= max) return text;
  const cut = `${text.slice(0, max)}…`;
  return countCut && typeof value === 'string' ? `${cut} (${[...value].length} code points)` : cut;
}

/** The case as the message names it: the field and its value, or that it was left out. */
export function describeCase(invalid: InvalidCase): string {
  return invalid.omit ? `${invalid.field} left out` : `${invalid.field} ${showValue(invalid.value, { max: 80, absent: 'undefined' })}`;
}

/** `GET /v1/users?limit=1` — the request line of an exchange, for messages. */
export function requestLine(exchange: Exchange): string {
  const url = new URL(exchange.request.url);
  return `${exchange.request.method} ${url.pathname}${url.search}`;
}

/** Findings a table-driven check reports in full; the rest are counted in one more line. */
const findingsKept = 10;

/** The first `kept` findings, and one line counting the rest (a target failing a whole table gets a readable report). */
export function capFindings(findings: Finding[], kept: number = findingsKept): Finding[] {
  if (findings.length <= kept) return findings;
  return [...findings.slice(0, kept), { message: `… and ${findings.length - kept} more cases like these` }];
}

/** The findings of a table of listed cases, each judged on its own (undefined: the case passed), capped. */
export function tableFindings(ctx: Pick<CheckContext, 'finding'>, violations: ReadonlyArray<Violation | undefined>): Finding[] {
  return capFindings(violations.filter((v) => v !== undefined).map((v) => ctx.finding(v.message, v.exchange)));
}
