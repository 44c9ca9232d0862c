import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../suites/index.js';
import { defaultSpecPath, loadSpec, type Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';
import { createValidators } from '../validate/create-ajv.js';
import { conformRun, openTarget, type RunHandler } from './conform-run.js';
import { resolveConformOptions } from './resolve-conform-options.js';

let cwd: string;
let spec: Spec;
let validators: Validators;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'conform-run-'));
  spec = await loadSpec(defaultSpecPath);
  validators = createValidators(spec);
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** A handler that writes down what it hears, in order, under its name. */
function recorder(name: string, heard: string[]): RunHandler {
  return {
    started: ({ total, seed }) => heard.push(`${name} started ${total} seed ${seed}`),
    result: (result) => heard.push(`${name} result ${result.id} ${result.status}`),
    finished: (report, ran) => void heard.push(`${name} finished ${report.summary.verdict} ran=${ran}`),
  };
}

async function run(argv: string[], ids: string[]): Promise<string[]> {
  const options = await resolveConformOptions(argv, {}, cwd);
  const target = await openTarget(options);
  const heard: string[] = [];
  try {
    const requirements = catalogue.filter((r) => ids.includes(r.id));
    const report = await conformRun({ spec, validators, target, requirements, options, secrets: [] }, [recorder('a', heard), recorder('b', heard)]);
    heard.push(`returned ${report.summary.verdict}`);
  } finally {
    await target.close();
  }
  return heard;
}

describe('conformRun: the events its handlers hear', () => {
  it('started, each result, then finished with the report; every handler in the order given', async () => {
    const ids = ['TRANSPORT-NO-5XX', 'CREATE-NOT-JSON-OBJECT'];
    const heard = await run(['--seed=7'], ids);
    expect(heard.slice(0, 2)).toEqual(['a started 2 seed 7', 'b started 2 seed 7']);
    const results = heard.slice(2, -3);
    expect(results).toHaveLength(4);
    for (let i = 0; i < 4; i += 2) expect([results[i], results[i + 1]]).toEqual([results[i], results[i].replace(/^a /, 'b ')]);
    expect(new Set(results)).toEqual(new Set(ids.flatMap((id) => [`a result ${id} passed`, `b result ${id} passed`])));
    expect(heard.slice(-3)).toEqual(['a finished conformant ran=true', 'b finished conformant ran=true', 'returned conformant']);
  });

  it('a target that breaks a rule: the failure in the results and the verdict', async () => {
    const heard = await run(['--seed=7', '--fault=500-on-malformed-json'], ['TRANSPORT-NO-5XX', 'CREATE-NOT-JSON-OBJECT']);
    expect(heard).toContain('a result TRANSPORT-NO-5XX failed');
    expect(heard.at(-1)).toBe('returned non-conformant');
  });

  it('an unreachable target: no start and no results, only finished with ran=false and verdict error', async () => {
    const heard = await run(['--base-url=http://127.0.0.1:1', '--timeout=2000'], ['TRANSPORT-NO-5XX']);
    expect(heard).toEqual(['a finished error ran=false', 'b finished error ran=false', 'returned error']);
  });
});
