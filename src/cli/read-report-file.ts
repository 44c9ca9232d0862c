import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConformanceReport } from '../report/report-model.js';
import { CliError } from './cli-error.js';
import { isPlainObject } from '../util/values.js';

const LEVELS = ['MUST', 'SHOULD'];
const STATUSES = ['passed', 'failed', 'skipped', 'errored'];

/**
 * Reads a conformance.json written by `conform` (a directory stands for its conformance.json).
 * Checks the fields that comparing and merging rely on; throws CliError with one line naming
 * the file and the first thing wrong.
 */
export async function readReportFile(path: string): Promise<ConformanceReport> {
  let file = path;
  let text: string;
  try {
    if ((await stat(path)).isDirectory()) file = join(path, 'conformance.json');
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read report ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  const problem = findProblem(json);
  if (problem) throw new CliError(`${file}: not a conformance report (${problem})`);
  return json as ConformanceReport;
}

function findProblem(json: unknown): string | undefined {
  if (!isPlainObject(json)) return 'not a JSON object';
  if (!isPlainObject(json.tool) || typeof json.tool.name !== 'string') return 'tool.name is missing';
  if (!isPlainObject(json.spec) || typeof json.spec.title !== 'string' || typeof json.spec.version !== 'string') return 'spec is missing';
  if (!isPlainObject(json.target) || typeof json.target.baseUrl !== 'string') return 'target.baseUrl is missing';
  const run = json.run;
  if (!isPlainObject(run)) return 'run is missing';
  for (const [key, type] of [['id', 'string'], ['seed', 'number'], ['startedAt', 'string'], ['durationMs', 'number'], ['requests', 'number'], ['strict', 'boolean'], ['readOnly', 'boolean'], ['runs', 'number']] as const) {
    if (typeof run[key] !== type) return `run.${key} is not a ${type}`;
  }
  if (!isPlainObject(json.summary) || typeof json.summary.verdict !== 'string') return 'summary.verdict is missing';
  if (!Array.isArray(json.requirements)) return 'requirements is not an array';
  for (const [i, r] of json.requirements.entries()) {
    if (!isPlainObject(r)) return `requirements[${i}] is not an object`;
    for (const key of ['id', 'area', 'title', 'rule', 'contract'] as const) if (typeof r[key] !== 'string') return `requirements[${i}].${key} is not a string`;
    if (!LEVELS.includes(r.level as string)) return `requirements[${i}].level is not MUST or SHOULD`;
    if (!STATUSES.includes(r.status as string)) return `requirements[${i}].status is not one of ${STATUSES.join(', ')}`;
    if (!Array.isArray(r.findings)) return `requirements[${i}].findings is not an array`;
    if (typeof r.durationMs !== 'number' || typeof r.requests !== 'number') return `requirements[${i}] has no durationMs or requests`;
  }
  return undefined;
}
