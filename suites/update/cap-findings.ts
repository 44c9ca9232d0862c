import type { Finding } from '../../src/run/results.js';

/** Findings a table-driven check reports in full; the rest are counted in one more line. */
export const findingsKept = 10;

/** The first `kept` findings, and one line counting the rest (a target failing a whole table gets a readable report). */
export function capFindings(findings: Finding[], kept: number = findingsKept): Finding[] {
  if (findings.length <= kept) return findings;
  return [...findings.slice(0, kept), { message: `… and ${findings.length - kept} more cases like these` }];
}
