import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConformanceReport } from '../../src/report/report-model.js';
import { runConform, type Io } from '../../src/cli/conform.js';

export interface ConformOutcome {
  code: number;
  /** The JSON report, when the run wrote one. */
  report?: ConformanceReport;
  out: string[];
  err: string[];
  /** Requirement ids by status. */
  failed: string[];
  errored: string[];
}

/** What the process would give: environment variables, working directory, a terminal. */
export type ConformTestContext = Pick<Io, 'env' | 'cwd' | 'terminal' | 'outIsTTY'>;

/**
 * Runs `conform` in process with a temporary report dir, for tests. The environment is empty
 * and the working directory a fresh temporary one unless `context` says otherwise, so neither
 * the machine's CONFORM_* or GITHUB_* variables nor a conform.config.json can leak in.
 */
export async function conformForTest(args: string[], context: ConformTestContext = {}): Promise<ConformOutcome> {
  const dir = await mkdtemp(join(tmpdir(), 'conform-test-'));
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await runConform([...args, `--report-dir=${dir}`], { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: dir, ...context });
    let report: ConformanceReport | undefined;
    try {
      report = JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8')) as ConformanceReport;
    } catch {
      report = undefined;
    }
    const ids = (status: string) => (report?.requirements ?? []).filter((r) => r.status === status).map((r) => r.id);
    return { code, report, out, err, failed: ids('failed'), errored: ids('errored') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
