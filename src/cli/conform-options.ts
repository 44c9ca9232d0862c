import type { ParseArgsConfig } from 'node:util';
import { checkBaseUrl, parseChoice, parseHeaderArgs, parseInteger, parseRateLimit, parseShard, splitListArgs } from './option-values.js';

/**
 * How an option's value is carried: a switch (`--strict`), one value (`--seed=N`), a
 * repeatable list (`--only=A,B --only=C`) or repeatable headers. The config file and the
 * environment write each carrier their own way (see resolveConformOptions).
 */
type Carrier = 'switch' | 'value' | 'list' | 'headers';

interface Declaration {
  /** The flag, without `--`. */
  flag: string;
  short?: string;
  /** The value's placeholder: `--flag=ARG` in --help and the README. */
  arg?: string;
  /** How the option is written where it is not `--flag` or `--flag=ARG` (commands that take paths). */
  synopsis?: string;
  /** The value a bare `--flag` (no `=`) stands for, for a value that may be left out: `--rerun-failed[=REPORT]`. */
  bare?: string;
  /** --help's line, and the README's unless `readme` says more. */
  help: string;
  readme?: string;
  /** The value when the option is given nowhere, written as a user would give it. */
  default?: string;
  /** The config-file key and environment variable; absent: from the command line only. */
  setting?: { key: string; env: string };
  /**
   * This switch is another spelling of the setting `of` (--strict is --fail-on=should): on, it
   * means `on`; off, it means `off`, the default said aloud, which yields to the other spelling.
   */
  spells?: { of: 'failOn' | 'output'; on: string; off: string };
}

/** `parse` makes the typed value from what was given (its type set by the carrier); it throws CliError naming the flag. */
type OptionDeclaration = Declaration &
  (
    | { carrier: 'switch'; parse(raw: boolean): unknown }
    | { carrier: 'value'; parse(raw: string, flag: string): unknown }
    | { carrier: 'list' | 'headers'; parse(raw: string[]): unknown }
  );

/** An option's declaration, its literal types kept (they make ConformOptions). */
function option<const D extends OptionDeclaration>(declaration: D): D {
  return declaration;
}

const text = (raw: string): string => raw;
const on = (raw: boolean): boolean => raw;
/** A whole number from `min` to `max`, times `scale` (seconds given, milliseconds kept). */
const integer = (min: number, max: number, scale = 1) => (raw: string, flag: string): number => parseInteger(flag, raw, min, max) * scale;

/**
 * Every option of `conform`, declared once: the argv parser, --help, the config-file and
 * environment resolution, the typed options and the README's two tables are derived from
 * this table, in its order. The key is the field of ConformOptions.
 */
export const conformOptions = {
  baseUrl: option({ flag: 'base-url', carrier: 'value', arg: 'URL', setting: { key: 'baseUrl', env: 'CONFORM_BASE_URL' }, parse: checkBaseUrl,
    help: 'the target (http or https); all requests stay on its origin',
    readme: 'the target; requests go to its origin only, no redirect is followed; without it the embedded reference server is started and tested' }),
  reportDir: option({ flag: 'report-dir', carrier: 'value', arg: 'DIR', default: 'reports', setting: { key: 'reportDir', env: 'CONFORM_REPORT_DIR' }, parse: text,
    help: 'where reports go' }),
  seed: option({ flag: 'seed', carrier: 'value', arg: 'N', setting: { key: 'seed', env: 'CONFORM_SEED' }, parse: integer(-2147483648, 2147483647),
    help: 'replay a run: the same seed sends the same requests' }),
  runs: option({ flag: 'runs', carrier: 'value', arg: 'N', default: '20', setting: { key: 'runs', env: 'CONFORM_RUNS' }, parse: integer(1, 100_000),
    help: 'generated cases per property' }),
  strict: option({ flag: 'strict', carrier: 'switch', setting: { key: 'strict', env: 'CONFORM_STRICT' }, spells: { of: 'failOn', on: 'should', off: 'must' }, parse: on,
    help: 'SHOULD failures fail the gate too' }),
  readOnly: option({ flag: 'read-only', carrier: 'switch', setting: { key: 'readOnly', env: 'CONFORM_READ_ONLY' }, parse: on,
    help: 'send only GET requests (checks that write are skipped)',
    readme: 'send only GET requests; checks that write are skipped with a reason' }),
  noTouchExisting: option({ flag: 'no-touch-existing', carrier: 'switch', setting: { key: 'noTouchExisting', env: 'CONFORM_NO_TOUCH_EXISTING' }, parse: on,
    help: 'never PATCH or reuse the e-mail of users the suite did not create',
    readme: 'leave users the suite did not create alone: no PATCH with their own values, no create with their e-mail' }),
  headers: option({ flag: 'header', carrier: 'headers', arg: `'Name: value'`, setting: { key: 'headers', env: 'CONFORM_HEADERS' }, parse: parseHeaderArgs,
    help: 'sent with every request, redacted in reports (repeatable)',
    readme: 'sent with every request (repeatable); secret headers are redacted everywhere' }),
  timeoutMs: option({ flag: 'timeout', carrier: 'value', arg: 'MS', default: '10000', setting: { key: 'timeout', env: 'CONFORM_TIMEOUT' }, parse: integer(1, 600_000),
    help: 'per request' }),
  maxTimeMs: option({ flag: 'max-time', carrier: 'value', arg: 'S', default: '300', setting: { key: 'maxTime', env: 'CONFORM_MAX_TIME' }, parse: integer(1, 86_400, 1000),
    help: 'bound on the whole run in seconds',
    readme: 'bound on the whole run in seconds; what has not run by then is skipped' }),
  concurrency: option({ flag: 'concurrency', carrier: 'value', arg: 'N', default: '16', setting: { key: 'concurrency', env: 'CONFORM_CONCURRENCY' }, parse: integer(1, 64),
    help: 'requirements run at once, at most (a run starts with 8 and adds more while round trips are long)',
    readme: 'requirements run at once, at most: a run starts with 8 (N if less) and adds more, up to N, while round trips are long and the CPU idle (a target further away); `1` runs one at a time; measured in [`docs/benchmarks.md`](docs/benchmarks.md)' }),
  rateLimit: option({ flag: 'rate-limit', carrier: 'value', arg: 'N/s', setting: { key: 'rateLimit', env: 'CONFORM_RATE_LIMIT' }, parse: parseRateLimit,
    help: 'at most N requests a second (a 429 is always waited out)',
    readme: 'at most N requests a second; a 429 with `Retry-After` is waited out, not reported' }),
  only: option({ flag: 'only', carrier: 'list', arg: 'ID|AREA,...', setting: { key: 'only', env: 'CONFORM_ONLY' }, parse: splitListArgs,
    help: 'run only these requirements or areas (repeatable)' }),
  skip: option({ flag: 'skip', carrier: 'list', arg: 'ID|AREA,...', setting: { key: 'skip', env: 'CONFORM_SKIP' }, parse: splitListArgs,
    help: 'leave these out (repeatable)' }),
  faults: option({ flag: 'fault', carrier: 'list', arg: 'NAME', setting: { key: 'faults', env: 'CONFORM_FAULTS' }, parse: splitListArgs,
    help: 'with no --base-url: switch a fault on in the embedded server',
    readme: 'without `--base-url`: switch a fault on in the embedded server (`npm run serve -- --list-faults` lists them)' }),
  failOn: option({ flag: 'fail-on', carrier: 'value', arg: 'must|should', default: 'must', setting: { key: 'failOn', env: 'CONFORM_FAIL_ON' }, parse: (raw, flag) => parseChoice(flag, raw, ['must', 'should']),
    help: 'what fails the gate; should is --strict' }),
  shard: option({ flag: 'shard', carrier: 'value', arg: 'I/N', setting: { key: 'shard', env: 'CONFORM_SHARD' }, parse: parseShard,
    help: 'run part I of N of the requirements (a CI matrix; see README)',
    readme: 'run part I of N of the requirements (a CI matrix, see [Sharding](#sharding-across-machines))' }),
  compare: option({ flag: 'compare', carrier: 'value', arg: 'FILE', setting: { key: 'compare', env: 'CONFORM_COMPARE' }, parse: text,
    help: 'after the run, list what newly fails or passes since FILE (a conformance.json)' }),
  rerunFailed: option({ flag: 'rerun-failed', carrier: 'value', arg: 'REPORT', synopsis: '--rerun-failed[=REPORT]', bare: '', setting: { key: 'rerunFailed', env: 'CONFORM_RERUN_FAILED' }, parse: text,
    help: "run only what failed or errored in REPORT (default: the report dir's), with its seed and runs",
    readme: "run only the requirements that failed or errored in REPORT (a conformance.json or its dir; default the report dir's), with that run's seed, `--runs` and faults; nothing failed: nothing runs (exit 0)" }),
  caCert: option({ flag: 'ca-cert', carrier: 'value', arg: 'FILE', setting: { key: 'caCert', env: 'CONFORM_CA_CERT' }, parse: text,
    help: "also trust the CA certificates in FILE (PEM) for an https target",
    readme: 'also trust the CA certificates in FILE (PEM) for an https target, beside the system ones and `NODE_EXTRA_CA_CERTS`' }),
  insecure: option({ flag: 'insecure', carrier: 'switch', setting: { key: 'insecure', env: 'CONFORM_INSECURE' }, parse: on,
    help: "do not verify the target's TLS certificate (noted in every report)",
    readme: "do not verify the target's TLS certificate; every report says so" }),
  clientCert: option({ flag: 'client-cert', carrier: 'value', arg: 'FILE', setting: { key: 'clientCert', env: 'CONFORM_CLIENT_CERT' }, parse: text,
    help: 'client certificate (PEM) for mutual TLS; with --client-key' }),
  clientKey: option({ flag: 'client-key', carrier: 'value', arg: 'FILE', setting: { key: 'clientKey', env: 'CONFORM_CLIENT_KEY' }, parse: text,
    help: "the client certificate's private key (PEM)" }),
  clientKeyPassphrase: option({ flag: 'client-key-passphrase', carrier: 'value', arg: 'TEXT', setting: { key: 'clientKeyPassphrase', env: 'CONFORM_CLIENT_KEY_PASSPHRASE' }, parse: text,
    help: "the client key's passphrase, a secret: redacted everywhere (prefer the environment variable)",
    readme: "the client key's passphrase; a secret like a header, redacted everywhere (prefer `CONFORM_CLIENT_KEY_PASSPHRASE` to the command line, which other users of the machine can see); proxies: see [TLS, mutual TLS and proxies](#tls-mutual-tls-and-proxies)" }),
  config: option({ flag: 'config', carrier: 'value', arg: 'FILE', parse: text,
    help: 'read options from FILE (default: ./conform.config.json if present; also CONFORM_CONFIG)',
    readme: 'read options from FILE (default `conform.config.json` in the working directory, if there; also `CONFORM_CONFIG`)' }),
  quiet: option({ flag: 'quiet', short: 'q', carrier: 'switch', setting: { key: 'quiet', env: 'CONFORM_QUIET' }, spells: { of: 'output', on: 'quiet', off: 'normal' }, parse: on,
    help: 'print only the summary and errors' }),
  verbose: option({ flag: 'verbose', carrier: 'switch', setting: { key: 'verbose', env: 'CONFORM_VERBOSE' }, spells: { of: 'output', on: 'verbose', off: 'normal' }, parse: on,
    help: 'also print every finding as requirements end' }),
  listRequirements: option({ flag: 'list-requirements', carrier: 'switch', parse: on,
    help: 'print the catalogue and exit' }),
  diff: option({ flag: 'diff', carrier: 'switch', synopsis: '--diff OLD NEW', parse: on,
    help: 'compare two conformance.json files and exit (1: something newly fails)',
    readme: 'compare two reports, run nothing (exit 1 when something newly fails; see [Comparing runs](#comparing-runs))' }),
  mergeReports: option({ flag: 'merge-reports', carrier: 'switch', synopsis: '--merge-reports DIR...', parse: on,
    help: "join the shards' reports into one, in all four formats, and exit" }),
  help: option({ flag: 'help', short: 'h', carrier: 'switch', parse: on, help: 'print this help and exit' }),
  version: option({ flag: 'version', short: 'v', carrier: 'switch', parse: on, help: 'print the version and exit' }),
};

export type OptionName = keyof typeof conformOptions;
type Declared = (typeof conformOptions)[OptionName];
type Parsed<D> = D extends { parse: (...args: never) => infer T } ? T : never;
/** A one-value option given nowhere and without a default is undefined. */
type ValueOf<D> = D extends { carrier: 'value' } ? (D extends { default: string } ? Parsed<D> : Parsed<D> | undefined) : Parsed<D>;

/** `conform`'s options, resolved from the flags, the environment and the config file. */
export type ConformOptions = { [N in OptionName]: ValueOf<(typeof conformOptions)[N]> } & {
  /** The paths after --diff or --merge-reports. */
  paths: string[];
};

export const optionNames = Object.keys(conformOptions) as OptionName[];

/** The options that are settings (not only flags), with their config key and environment variable. */
export const conformSettings: readonly { name: OptionName; flag: string; carrier: Carrier; key: string; env: string }[] = optionNames.flatMap((name) => {
  const o: Declared = conformOptions[name];
  return 'setting' in o ? [{ name, flag: o.flag, carrier: o.carrier, key: o.setting.key, env: o.setting.env }] : [];
});

/** The environment variable naming a config file (like --config). */
export const configEnv = 'CONFORM_CONFIG';
/** The config file read from the working directory when present. */
export const defaultConfigFile = 'conform.config.json';

/** The options for node:util parseArgs. */
export const conformArgOptions: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  Object.values(conformOptions).map((o: Declared) => [
    o.flag,
    { type: o.carrier === 'switch' ? 'boolean' : 'string', ...(o.carrier === 'list' || o.carrier === 'headers' ? { multiple: true } : {}), ...('short' in o ? { short: o.short } : {}) },
  ]),
);

const synopsis = (o: Declared): string => ('synopsis' in o ? o.synopsis : 'arg' in o ? `--${o.flag}=${o.arg}` : `--${o.flag}`);

export const conformUsage = `Usage: users-api-conformance [options]        (in a clone: npm run conform -- [options])

Runs the Users API conformance suite against a target and writes reports.
Without --base-url it starts the embedded reference server and tests that.

Options:
${Object.values(conformOptions)
  .map((o: Declared) => `  ${synopsis(o).padEnd(22)}  ${o.help}${'default' in o ? ` (default: ${o.default})` : ''}`)
  .join('\n')}

Every option also comes from ${defaultConfigFile} or a CONFORM_* environment variable
(CONFORM_BASE_URL, CONFORM_HEADERS, ...: see README); flags win over the environment,
the environment over the file.

Exit codes: 0 conformant, 1 not conformant, 2 the run could not be done.`;

const cell = (text: string) => text.replaceAll('|', '\\|');
const code = (text: string) => `\`${cell(text)}\``;

/** README's Options table. */
export function renderOptionsTable(): string {
  const rows = Object.values(conformOptions).map((o: Declared) => {
    const meaning = `${'readme' in o ? o.readme : o.help}${'default' in o ? ` (default \`${o.default}\`)` : ''}`;
    return `| ${code(synopsis(o))} | ${cell(meaning)} |`;
  });
  return ['| option | meaning |', '| --- | --- |', ...rows].join('\n');
}

/** How the file and the environment write each carrier, where that needs saying. */
const carrierNotes: Record<Carrier, { key: string; env: string }> = {
  switch: { key: '', env: ' (`true`/`false`, `1`/`0`, `yes`/`no`)' },
  value: { key: '', env: '' },
  list: { key: ' (a string or an array)', env: ' (comma-separated)' },
  headers: { key: ' (an object, or an array of `"Name: value"`)', env: ' (one `Name: value` a line)' },
};

/** README's Configuration table: flag, config key and environment variable of every setting. */
export function renderConfigurationTable(): string {
  const rows = conformSettings.map((s) => `| \`--${s.flag}\` | \`${s.key}\`${carrierNotes[s.carrier].key} | \`${s.env}\`${carrierNotes[s.carrier].env} |`);
  return ['| flag | config key | environment variable |', '| --- | --- | --- |', ...rows].join('\n');
}

const generated = [
  { name: 'options', render: renderOptionsTable },
  { name: 'configuration', render: renderConfigurationTable },
] as const;

/**
 * The README with its generated tables, each between `<!-- generated: NAME -->` and
 * `<!-- end generated -->`, rendered afresh (`npm run docs` writes it; a test checks it).
 */
export function withGeneratedTables(readme: string): string {
  let text = readme;
  for (const { name, render } of generated) {
    const pattern = new RegExp(`(<!-- generated: ${name} \\(npm run docs\\) -->\\n)[\\s\\S]*?(\\n<!-- end generated -->)`);
    if (!pattern.test(text)) throw new Error(`README.md has no generated ${name} table`);
    text = text.replace(pattern, (_all, start: string, end: string) => `${start}${render()}${end}`);
  }
  return text;
}
