import { summarize, type RequirementResult } from '../run/results.js';
import type { ConformanceReport, MergedRun } from './report-model.js';

export interface MergeInput {
  /** Where the report was read from (named in messages and kept in run.merged). */
  source: string;
  report: ConformanceReport;
}

export type MergeResult = { ok: true; report: ConformanceReport; warnings: string[] } | { ok: false; error: string };

/**
 * Joins the reports of the shards of one run (or of runs over disjoint selections) into one
 * report: requirements in catalogue order, the summary recomputed, each run's id, seed and
 * shard kept in run.merged. Observing rules and property checks (`everyShardIds`) run in
 * every shard: their results are joined (errored or failed in any shard wins, findings kept
 * from each, requests and cases added up). Refuses, as data, what would make a wrong verdict:
 * another spec, another gate (strict), a missing or repeated shard, or any other requirement
 * in two reports. Differences that do not change
 * the verdict (seeds, targets, tool versions) are warnings.
 */
export function mergeReports(inputs: readonly MergeInput[], everyShardIds: ReadonlySet<string>, catalogueOrder: readonly string[]): MergeResult {
  if (inputs.length === 0) return { ok: false, error: 'no reports to merge' };
  const [first] = inputs;
  const warnings: string[] = [];
  const spec = (i: MergeInput) => `${i.report.spec.title} ${i.report.spec.version}`;

  for (const input of inputs.slice(1)) {
    if (spec(input) !== spec(first)) return { ok: false, error: `${input.source} tests ${spec(input)} but ${first.source} tests ${spec(first)}` };
    if (input.report.run.strict !== first.report.run.strict) {
      return { ok: false, error: `${input.source} ran with --fail-on=${failOn(input)} but ${first.source} with --fail-on=${failOn(first)}: give every shard the same gate` };
    }
  }

  const sharded = inputs.filter((i) => i.report.run.shard !== undefined);
  if (sharded.length > 0 && sharded.length < inputs.length) {
    const plain = inputs.find((i) => i.report.run.shard === undefined)!;
    return { ok: false, error: `${plain.source} is not a shard but ${sharded[0].source} is shard ${shardText(sharded[0])}: merge the shards of one run` };
  }
  if (sharded.length > 0) {
    const count = first.report.run.shard!.count;
    const byIndex = new Map<number, MergeInput>();
    for (const input of inputs) {
      const shard = input.report.run.shard!;
      if (shard.count !== count) return { ok: false, error: `${input.source} is shard ${shardText(input)} but ${first.source} is shard ${shardText(first)}: merge the shards of one split` };
      const twin = byIndex.get(shard.index);
      if (twin) return { ok: false, error: `shard ${shardText(input)} is given twice: ${twin.source} and ${input.source}` };
      byIndex.set(shard.index, input);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
      return { ok: false, error: `shard ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: its requirements were not run (did that job fail before writing its report?)` };
    }
  }

  const seeds = new Set(inputs.map((i) => i.report.run.seed));
  if (seeds.size > 1) {
    warnings.push(`the runs used different seeds (${inputs.map((i) => `${i.source}: ${i.report.run.seed}`).join(', ')}); replay a requirement with its own run's seed (run.merged in conformance.json), or give every shard the same --seed`);
  }
  const targets = new Set(inputs.map((i) => i.report.target.baseUrl));
  // Embedded reference servers listen on a free port each: only real targets should agree.
  if (targets.size > 1 && !inputs.every((i) => i.report.target.embedded)) warnings.push(`the runs tested different targets (${[...targets].join(', ')}); the report names ${first.report.target.baseUrl}`);
  const versions = new Set(inputs.map((i) => i.report.tool.version));
  if (versions.size > 1) warnings.push(`the runs used different versions of ${first.report.tool.name} (${[...versions].join(', ')})`);
  if (new Set(inputs.map((i) => i.report.run.readOnly)).size > 1) warnings.push('some runs were --read-only and some were not');
  if (new Set(inputs.map((i) => i.report.run.runs)).size > 1) warnings.push(`the runs generated different numbers of cases per property (${[...new Set(inputs.map((i) => i.report.run.runs))].join(', ')})`);

  const results = new Map<string, { result: RequirementResult; source: string }[]>();
  for (const input of inputs) {
    for (const result of input.report.requirements) {
      const seen = results.get(result.id);
      if (seen && !everyShardIds.has(result.id)) {
        return { ok: false, error: `requirement ${result.id} is in both ${seen[0].source} and ${input.source}: only observing rules and property checks run in every shard, so these are not the shards of one run` };
      }
      results.set(result.id, [...(seen ?? []), { result, source: input.source }]);
    }
  }
  const rank = new Map(catalogueOrder.map((id, i) => [id, i]));
  const requirements = [...results.values()]
    .map((entries) => joinResults(entries))
    .map((result, seenAt) => ({ result, order: rank.get(result.id) ?? catalogueOrder.length + seenAt }))
    .sort((a, b) => a.order - b.order)
    .map(({ result }) => result);

  const starts = inputs.map((i) => Date.parse(i.report.run.startedAt)).filter(Number.isFinite);
  const ends = inputs.map((i) => Date.parse(i.report.run.startedAt) + i.report.run.durationMs).filter(Number.isFinite);
  const start = starts.length > 0 ? Math.min(...starts) : undefined;
  const notes = inputs.filter((i) => i.report.run.note !== undefined).map((i) => `${i.source}: ${i.report.run.note}`);
  const strict = first.report.run.strict;
  const merged: MergedRun[] = inputs.map(({ source, report }) => ({
    source,
    id: report.run.id,
    seed: report.run.seed,
    ...(report.run.shard ? { shard: report.run.shard } : {}),
    startedAt: report.run.startedAt,
    durationMs: report.run.durationMs,
    requests: report.run.requests,
    verdict: report.summary.verdict,
  }));
  const summary = summarize(requirements, strict);
  // A run that could not be done (or was cut short) leaves the merged one unfinished too.
  if (inputs.some((i) => i.report.summary.verdict === 'error')) summary.verdict = 'error';

  return {
    ok: true,
    warnings,
    report: {
      tool: first.report.tool,
      spec: first.report.spec,
      target: first.report.target,
      run: {
        id: inputs.map((i) => i.report.run.id).join('+'),
        seed: first.report.run.seed,
        startedAt: start === undefined ? first.report.run.startedAt : new Date(start).toISOString(),
        // Shards run side by side: the merged run took from the first start to the last end.
        durationMs: start === undefined ? Math.max(...inputs.map((i) => i.report.run.durationMs)) : Math.max(...ends) - start,
        requests: inputs.reduce((n, i) => n + i.report.run.requests, 0),
        strict,
        readOnly: inputs.every((i) => i.report.run.readOnly),
        ...(inputs.every((i) => i.report.run.existingUsersUntouched) ? { existingUsersUntouched: true } : {}),
        ...(inputs.some((i) => i.report.run.insecure) ? { insecure: true } : {}),
        runs: first.report.run.runs,
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
        merged,
      },
      summary,
      requirements,
    },
  };
}

/** One observing rule's results from several shards: errored or failed anywhere wins. */
function joinResults(entries: { result: RequirementResult; source: string }[]): RequirementResult {
  if (entries.length === 1) return entries[0].result;
  const results = entries.map((e) => e.result);
  const status = (['errored', 'failed', 'passed', 'skipped'] as const).find((s) => results.some((r) => r.status === s))!;
  const chosen = results.filter((r) => r.status === status);
  const reasons = [...new Set(chosen.map((r) => r.reason).filter((r): r is string => r !== undefined))];
  return {
    ...chosen[0],
    status,
    ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
    durationMs: results.reduce((n, r) => n + r.durationMs, 0),
    requests: results.reduce((n, r) => n + r.requests, 0),
    ...(results.some((r) => r.observed !== undefined) ? { observed: results.reduce((n, r) => n + (r.observed ?? 0), 0) } : {}),
    ...(results.some((r) => r.cases !== undefined) ? { cases: results.reduce((n, r) => n + (r.cases ?? 0), 0) } : {}),
    findings: chosen.flatMap((r) => r.findings),
  };
}

function shardText(input: MergeInput): string {
  const shard = input.report.run.shard!;
  return `${shard.index}/${shard.count}`;
}

function failOn(input: MergeInput): string {
  return input.report.run.strict ? 'should' : 'must';
}
