import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformArgOptions, conformSettings, withGeneratedTables, type ConformOptions } from './conform-options.js';
import { resolveConformOptions } from './resolve-conform-options.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conform-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh working directory, with a conform.config.json holding `config` when given. */
async function workdir(config?: string): Promise<string> {
  const cwd = await mkdtemp(join(dir, 'cwd-'));
  if (config !== undefined) await writeFile(join(cwd, 'conform.config.json'), config);
  return cwd;
}

async function resolved(argv: string[], env: Record<string, string>, config?: string): Promise<ConformOptions> {
  return resolveConformOptions(argv, env, await workdir(config));
}

describe('resolveConformOptions: precedence (flags, then environment, then file)', () => {
  const rows: { name: string; argv: string[]; env: Record<string, string>; config?: object; want: Partial<ConformOptions> }[] = [
    { name: 'nothing anywhere', argv: [], env: {}, want: { baseUrl: undefined, seed: undefined, strict: false, failOn: 'must', headers: {} } },
    { name: 'file only', argv: [], env: {}, config: { baseUrl: 'http://127.0.0.1:9', seed: 42, strict: true, only: ['create', 'read'] }, want: { baseUrl: 'http://127.0.0.1:9', seed: 42, strict: true, failOn: 'should', only: ['create', 'read'] } },
    { name: 'env beats file', argv: [], env: { CONFORM_BASE_URL: 'http://127.0.0.1:7', CONFORM_SEED: '7' }, config: { baseUrl: 'http://127.0.0.1:9', seed: 42 }, want: { baseUrl: 'http://127.0.0.1:7', seed: 7 } },
    { name: 'flag beats env and file', argv: ['--seed=1'], env: { CONFORM_SEED: '7' }, config: { seed: 42 }, want: { seed: 1 } },
    { name: 'an empty variable is unset', argv: [], env: { CONFORM_SEED: '' }, config: { seed: 42 }, want: { seed: 42 } },
    { name: 'CONFORM_STRICT=0 beats strict in the file', argv: [], env: { CONFORM_STRICT: '0' }, config: { strict: true }, want: { strict: false, failOn: 'must' } },
    { name: '--strict beats failOn must in the file', argv: ['--strict'], env: {}, config: { failOn: 'must' }, want: { strict: true, failOn: 'should' } },
    { name: 'CONFORM_STRICT=false beside CONFORM_FAIL_ON=should: fail-on decides', argv: [], env: { CONFORM_STRICT: 'false', CONFORM_FAIL_ON: 'should' }, want: { strict: true, failOn: 'should' } },
    { name: '--fail-on=must beats CONFORM_STRICT=true', argv: ['--fail-on=must'], env: { CONFORM_STRICT: 'true' }, want: { strict: false, failOn: 'must' } },
    { name: '--verbose beats CONFORM_QUIET', argv: ['--verbose'], env: { CONFORM_QUIET: 'yes' }, want: { quiet: false, verbose: true } },
    { name: 'CONFORM_HEADERS: one header a line', argv: [], env: { CONFORM_HEADERS: 'Authorization: Bearer s3cret\r\n\nX-Tenant: a, b\n' }, want: { headers: { Authorization: 'Bearer s3cret', 'X-Tenant': 'a, b' } } },
    { name: 'headers as an object in the file', argv: [], env: {}, config: { headers: { 'X-Api-Key': 'k' } }, want: { headers: { 'X-Api-Key': 'k' } } },
    { name: 'flag headers replace the file headers', argv: ['--header=A: 1'], env: {}, config: { headers: ['B: 2'] }, want: { headers: { A: '1' } } },
    { name: 'lists from env are comma-separated', argv: [], env: { CONFORM_SKIP: 'list, stateful' }, want: { skip: ['list', 'stateful'] } },
    { name: 'every other setting from env', argv: [], env: { CONFORM_REPORT_DIR: 'out', CONFORM_RUNS: '5', CONFORM_READ_ONLY: '1', CONFORM_TIMEOUT: '500', CONFORM_MAX_TIME: '9', CONFORM_CONCURRENCY: '2', CONFORM_RATE_LIMIT: '10/s', CONFORM_SHARD: '2/3', CONFORM_COMPARE: 'old.json', CONFORM_FAULTS: 'trim-names' }, want: { reportDir: 'out', runs: 5, readOnly: true, timeoutMs: 500, maxTimeMs: 9000, concurrency: 2, rateLimit: 10, shard: { index: 2, count: 3 }, compare: 'old.json', faults: ['trim-names'] } },
  ];
  it.each(rows)('$name', async ({ argv, env, config, want }) => {
    const options = await resolved(argv, env, config === undefined ? undefined : JSON.stringify(config));
    expect(options).toMatchObject(want);
  });

  it('keeps actions and their paths', async () => {
    const options = await resolved(['--diff', 'a.json', 'b.json'], { CONFORM_REPORT_DIR: 'x' });
    expect(options).toMatchObject({ diff: true, paths: ['a.json', 'b.json'], reportDir: 'x' });
  });

  it('reads the file named by --config or CONFORM_CONFIG', async () => {
    const cwd = await workdir();
    await writeFile(join(cwd, 'ci.json'), JSON.stringify({ seed: 5 }));
    expect((await resolveConformOptions(['--config=ci.json'], {}, cwd)).seed).toBe(5);
    expect((await resolveConformOptions([], { CONFORM_CONFIG: join(cwd, 'ci.json') }, cwd)).seed).toBe(5);
  });

  it('leaves --help alone even with a broken config file', async () => {
    expect(await resolveConformOptions(['--help'], {}, await workdir('{'))).toMatchObject({ help: true });
  });

  it('the README documents every setting: flag, config key and variable', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const s of conformSettings) expect(readme, s.flag).toMatch(new RegExp(`\\| \`--${s.flag}\` \\| \`${s.key}\`.*\\| \`${s.env}\``));
  });

  it("the README's Options and Configuration tables are the ones the option table gives (npm run docs)", async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withGeneratedTables(readme)).toBe(readme);
  });

  it('every setting has a flag the parser knows, a camelCase key and a CONFORM_ variable', () => {
    for (const s of conformSettings) {
      expect(Object.keys(conformArgOptions)).toContain(s.flag);
      expect(s.key).toMatch(/^[a-z][a-zA-Z]*$/);
      expect(s.env).toMatch(/^CONFORM_[A-Z_]+$/);
    }
  });
});

describe('resolveConformOptions: errors name their source, in one line', () => {
  const rows: { name: string; argv?: string[]; env?: Record<string, string>; config?: string; want: RegExp }[] = [
    { name: 'unknown key', config: '{"baseUrl":"http://127.0.0.1:1","basURL":"x"}', want: /^conform\.config\.json: unknown key 'basURL' \(known: baseUrl, / },
    { name: 'bad JSON', config: '{\n  "seed": 1,\n}\n', want: /^conform\.config\.json: not valid JSON: [^\n]+$/ },
    { name: 'not an object', config: '[1]', want: /^conform\.config\.json: must hold a JSON object/ },
    { name: 'wrong type in the file', config: '{"strict":"yes"}', want: /^conform\.config\.json: strict must be true or false$/ },
    { name: 'bad value in the file', config: '{"runs":0}', want: /^conform\.config\.json: runs: --runs must be from 1/ },
    { name: 'bad headers in the file', config: '{"headers":{"A":1}}', want: /^conform\.config\.json: headers must be an object/ },
    { name: 'bad value in the environment', env: { CONFORM_SEED: 'abc' }, want: /^CONFORM_SEED: --seed must be a whole number, got 'abc'$/ },
    { name: 'bad boolean in the environment', env: { CONFORM_STRICT: 'maybe' }, want: /^CONFORM_STRICT must be true or false, got 'maybe'$/ },
    { name: 'bad header in the environment', env: { CONFORM_HEADERS: 'NoColon' }, want: /^CONFORM_HEADERS: --header must look like/ },
    { name: 'strict and failOn disagree in the file', config: '{"strict":true,"failOn":"must"}', want: /^conform\.config\.json: strict and failOn disagree$/ },
    { name: 'quiet and verbose disagree in the environment', env: { CONFORM_QUIET: '1', CONFORM_VERBOSE: '1' }, want: /^CONFORM_QUIET and CONFORM_VERBOSE disagree$/ },
    { name: 'missing --config file', argv: ['--config=nope.json'], want: /^cannot read config file nope\.json: no such file$/ },
  ];
  it.each(rows)('$name', async ({ argv = [], env = {}, config, want }) => {
    await expect(resolveConformOptions(argv, env, await workdir(config))).rejects.toThrow(want);
  });
});
