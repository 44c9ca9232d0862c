import type { ConformanceReport, ExchangeRecord } from './report-model.js';
import type { Finding, RequirementResult } from '../run/results.js';
import { stringifyValue } from './format.js';

// Key order as declared in report-model.ts, so two runs diff cleanly whatever order the
// runner built its objects in. Keys not listed here keep their place after these.
const REPORT_KEYS = ['tool', 'spec', 'target', 'run', 'summary', 'requirements'] as const;
const TOOL_KEYS = ['name', 'version'] as const;
const SPEC_KEYS = ['title', 'version'] as const;
const TARGET_KEYS = ['baseUrl', 'embedded', 'fault'] as const;
const RUN_KEYS = ['id', 'seed', 'startedAt', 'durationMs', 'requests', 'strict', 'readOnly', 'runs', 'existingUsersUntouched', 'insecure', 'note', 'shard', 'merged'] as const;
const SUMMARY_KEYS = ['verdict', 'total', 'passed', 'failed', 'warnings', 'skipped', 'errored'] as const;
const REQUIREMENT_KEYS = [
  'id', 'level', 'area', 'title', 'rule', 'contract', 'status', 'reason', 'durationMs', 'requests', 'findings',
] as const;
const FINDING_KEYS = ['message', 'curl', 'exchange', 'counterexample', 'seed', 'path', 'numRuns'] as const;
const EXCHANGE_KEYS = ['request', 'response', 'error', 'startedAt', 'durationMs'] as const;
const REQUEST_KEYS = ['method', 'url', 'headers', 'body'] as const;
const RESPONSE_KEYS = ['status', 'headers', 'body', 'bodyTruncated', 'bodyBytes', 'bodyBinary'] as const;

/** The report as pretty JSON (two-space indent, model key order, trailing newline). */
export function renderJson(report: ConformanceReport): string {
  const ordered = reorder(report, REPORT_KEYS, {
    tool: (v) => reorder(v as ConformanceReport['tool'], TOOL_KEYS),
    spec: (v) => reorder(v as ConformanceReport['spec'], SPEC_KEYS),
    target: (v) => reorder(v as ConformanceReport['target'], TARGET_KEYS),
    run: (v) => reorder(v as ConformanceReport['run'], RUN_KEYS),
    summary: (v) => reorder(v as ConformanceReport['summary'], SUMMARY_KEYS),
    requirements: (v) => (v as RequirementResult[]).map(orderRequirement),
  });
  // stringifyValue, not JSON.stringify: a counterexample may hold a bigint or a cycle.
  return stringifyValue(ordered, 2) + '\n';
}

function orderRequirement(requirement: RequirementResult): Record<string, unknown> {
  return reorder(requirement, REQUIREMENT_KEYS, { findings: (v) => (v as Finding[]).map(orderFinding) });
}

function orderFinding(finding: Finding): Record<string, unknown> {
  return reorder(finding, FINDING_KEYS, { exchange: (v) => orderExchange(v as ExchangeRecord) });
}

function orderExchange(exchange: ExchangeRecord): Record<string, unknown> {
  return reorder(exchange, EXCHANGE_KEYS, {
    request: (v) => reorder(v as ExchangeRecord['request'], REQUEST_KEYS),
    response: (v) => reorder(v as NonNullable<ExchangeRecord['response']>, RESPONSE_KEYS),
  });
}

/** A copy of `source` with `keys` first, in that order, then any other keys; undefined values dropped. */
function reorder<T extends object>(
  source: T,
  keys: readonly (keyof T & string)[],
  nested: Partial<Record<keyof T & string, (value: unknown) => unknown>> = {},
): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of [...keys, ...Object.keys(record).filter((k) => !(keys as readonly string[]).includes(k))]) {
    const value = record[key];
    if (value === undefined) continue;
    const transform = (nested as Record<string, ((value: unknown) => unknown) | undefined>)[key];
    out[key] = transform && value !== null ? transform(value) : value;
  }
  return out;
}
