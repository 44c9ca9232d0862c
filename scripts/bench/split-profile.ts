/** A V8 CPU profile, as `node:inspector`'s `Profiler.stop` returns it (the fields read here). */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  /** Microseconds, monotonic clock. */
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds since the previous sample (the first: since startTime). */
  timeDeltas?: number[];
}

/** Where the suite's process spends a run's wall time. */
export const timeCategories = ['waiting', 'http', 'validation', 'generation', 'checks', 'gc', 'other', 'descheduled', 'setup', 'reports'] as const;
export type TimeCategory = (typeof timeCategories)[number];

// A frame anywhere on the stack that makes the whole sample set-up or report writing, not the run.
const setupFrames = new Set(['loadSpec', 'createValidators', 'createAjv', 'startReferenceServer']);
const reportFrames = new Set(['writeReports']);

// First frame from the leaf up whose script matches decides the category.
const urlRules: Array<[RegExp, TimeCategory]> = [
  // Ajv compiling a schema is set-up (deep compiles can lose their root frame in a profile); running one is validation.
  [/node_modules\/ajv\/dist\/(compile|vocabularies|core|2020|ajv)\b|node_modules\/json-schema-traverse\//, 'setup'],
  [/node_modules\/(ajv|ajv-formats|fast-uri)\/|\/src\/validate\//, 'validation'],
  [/node_modules\/undici\/|\/src\/http\/|^node:(net|buffer|internal\/stream_base_commons|internal\/streams\/|internal\/abort_controller|internal\/event_target|internal\/url|url)/, 'http'],
  [/node_modules\/(fast-check|pure-rand)\/|\/src\/generate\//, 'generation'],
  [/\/suites\/|\/src\/run\//, 'checks'],
  [/node_modules\/(@apidevtools|@jsdevtools|js-yaml|yaml|tsx|esbuild)\/|\/src\/spec\/|^node:internal\/modules\//, 'setup'],
  [/\/src\/report\/|^node:(fs|internal\/fs)/, 'reports'],
];

/** Ajv's compiled validators are scripts without a URL named validate<N>. */
const compiledValidator = /^validate\d*$/;

/**
 * Splits the wall time a CPU profile covers into categories: the event loop
 * idle (waiting on the target, or on a timer), HTTP client work, schema
 * validation, data generation, the checks and runner, garbage collection,
 * and spec loading / report writing around the run. Milliseconds.
 *
 * A sample stands for the time until the next one, but for at most `capUs`
 * (default: five times the median gap): a longer gap means the process was
 * not running — other processes had the CPU — and counts as `descheduled`,
 * not as whatever happened to run when it came back (often a socket write).
 */
export function splitProfile(profile: CpuProfile, options: { capUs?: number } = {}): Record<TimeCategory, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const memo = new Map<number, TimeCategory>();

  const classify = (id: number): TimeCategory => {
    const known = memo.get(id);
    if (known) return known;
    const leaf = nodes.get(id)!.callFrame.functionName;
    let category: TimeCategory | undefined =
      leaf === '(idle)' ? 'waiting' : leaf === '(garbage collector)' ? 'gc' : leaf === '(program)' || leaf === '(root)' ? 'other' : undefined;
    let byUrl: TimeCategory | undefined;
    for (let at: number | undefined = id; category === undefined && at !== undefined; at = parents.get(at)) {
      const { functionName, url } = nodes.get(at)!.callFrame;
      if (setupFrames.has(functionName)) category = 'setup';
      else if (reportFrames.has(functionName)) category = 'reports';
      else if (byUrl === undefined) {
        byUrl = urlRules.find(([pattern]) => pattern.test(url))?.[1] ?? (url === '' && compiledValidator.test(functionName) ? 'validation' : undefined);
      }
    }
    category ??= byUrl ?? 'other';
    memo.set(id, category);
    return category;
  };

  const totals = Object.fromEntries(timeCategories.map((c) => [c, 0])) as Record<TimeCategory, number>;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const cap = options.capUs ?? 5 * medianOf(deltas.slice(1));
  // As DevTools does: a sample stands for the time until the next one.
  let at = profile.startTime + (deltas[0] ?? 0);
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < samples.length ? at + (deltas[i + 1] ?? 0) : profile.endTime;
    const gap = Math.max(0, next - at);
    totals[classify(samples[i])] += Math.min(gap, cap) / 1000;
    totals.descheduled += Math.max(0, gap - cap) / 1000;
    at = next;
  }
  return totals;
}

function medianOf(values: number[]): number {
  if (values.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
