import type { ConformanceReport } from './report-model.js';
import type { Finding } from '../run/results.js';

/** Default of `--runs`: not repeated in a command. */
const defaultRuns = 20;

const shellWord = (value: string): string => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);

/**
 * The `conform` command that runs one requirement of a report again and meets the same
 * finding: the run's seed (a property's own, when it recorded one), its target, faults and
 * `--runs`, and for a property's case found by one shard, that shard (a shard of a
 * one-requirement selection holds the whole of any other check, so it gets none).
 */
export function replayCommand(
  requirementId: string,
  finding: Finding | undefined,
  report: { target: ConformanceReport['target']; run: Pick<ConformanceReport['run'], 'seed' | 'runs'> },
): string {
  const { run, target } = report;
  const args = [
    ...(target.embedded ? (target.fault?.split(',') ?? []).map((fault) => `--fault=${fault}`) : [`--base-url=${target.baseUrl}`]),
    `--seed=${finding?.seed ?? run.seed}`,
    `--only=${requirementId}`,
    ...(run.runs !== defaultRuns ? [`--runs=${run.runs}`] : []),
    ...(finding?.shard ? [`--shard=${finding.shard.index}/${finding.shard.count}`] : []),
  ];
  return ['npm', 'run', 'conform', '--', ...args.map(shellWord)].join(' ');
}
