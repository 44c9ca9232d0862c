import { formatBytes } from '../http/body.js';
import type { Finding } from '../run/results.js';
import type { ExchangeRecord } from './report-model.js';
import { stringifyValue } from './format.js';

/** Longest piece of a response body quoted in plain text; the JSON and HTML reports keep it all. */
const BODY_EXCERPT = 1000;

/**
 * What a recorded body excerpt is of, for a reader: `binary`, and when it is not the whole
 * body, the size received (`the start of 16 MiB received`). Empty for a whole text body.
 */
export function bodyExcerptNote(response: NonNullable<ExchangeRecord['response']>): string {
  const parts: string[] = [];
  if (response.bodyBinary) parts.push('binary, bytes escaped');
  if (response.bodyTruncated) parts.push(response.bodyBytes === undefined ? 'truncated' : `the start of ${formatBytes(response.bodyBytes)} received`);
  return parts.join('; ');
}

/**
 * One finding as plain text for CI logs (JUnit failure bodies): its message, then indented
 * lines for the exchange, counterexample, replay seed/path and curl. Not escaped.
 */
export function describeFinding(finding: Finding, number: number): string {
  const lines = [`${number}) ${finding.message}`];
  const exchange = finding.exchange;
  if (exchange) {
    lines.push(`request: ${exchange.request.method} ${exchange.request.url}`);
    if (exchange.response) {
      const { status, headers, body, bodyTruncated } = exchange.response;
      const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
      lines.push(`response: ${status}${contentType ? ` (${contentType})` : ''}`);
      if (body !== '') {
        const cut = body.length > BODY_EXCERPT;
        const note = bodyExcerptNote({ ...exchange.response, bodyTruncated: bodyTruncated || cut });
        lines.push(`response body${note ? ` (${note})` : ''}: ${cut ? body.slice(0, BODY_EXCERPT) + '…' : body}`);
      }
    }
    if (exchange.error !== undefined) lines.push(`error: ${exchange.error}`);
  }
  if (finding.counterexample !== undefined) lines.push(`counterexample: ${stringifyValue(finding.counterexample)}`);
  if (finding.seed !== undefined || finding.path !== undefined) {
    const parts = [
      finding.seed !== undefined ? `seed=${finding.seed}` : undefined,
      finding.path !== undefined ? `path=${finding.path}` : undefined,
      finding.shard !== undefined ? `shard=${finding.shard.index}/${finding.shard.count}` : undefined,
      finding.numRuns !== undefined ? `(failed after ${finding.numRuns} runs)` : undefined,
    ];
    lines.push(`replay: ${parts.filter((p) => p !== undefined).join(' ')}`);
  }
  if (finding.curl !== undefined) lines.push(`curl: ${finding.curl}`);
  // Continuation lines, including those inside a multi-line counterexample, hang under the message.
  return lines.map((line, i) => (i === 0 ? line : '   ' + line.replace(/\n/g, '\n   '))).join('\n');
}
