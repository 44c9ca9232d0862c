/** How a setting's value is written in the config file and the environment. */
export type SettingKind = 'string' | 'boolean' | 'list' | 'headers';

export interface ConformSetting {
  /** The flag, without `--`. */
  flag: string;
  /** The key in conform.config.json. */
  key: string;
  /** The environment variable. */
  env: string;
  kind: SettingKind;
}

/**
 * Every option a run can take, by flag, config key and environment variable: the one table
 * resolveConformArgv, the README and the tests read. Actions (--help, --diff, --merge-reports,
 * --list-requirements) are not settings: they come from the command line only.
 */
export const conformSettings: readonly ConformSetting[] = [
  { flag: 'base-url', key: 'baseUrl', env: 'CONFORM_BASE_URL', kind: 'string' },
  { flag: 'report-dir', key: 'reportDir', env: 'CONFORM_REPORT_DIR', kind: 'string' },
  { flag: 'seed', key: 'seed', env: 'CONFORM_SEED', kind: 'string' },
  { flag: 'runs', key: 'runs', env: 'CONFORM_RUNS', kind: 'string' },
  { flag: 'strict', key: 'strict', env: 'CONFORM_STRICT', kind: 'boolean' },
  { flag: 'fail-on', key: 'failOn', env: 'CONFORM_FAIL_ON', kind: 'string' },
  { flag: 'read-only', key: 'readOnly', env: 'CONFORM_READ_ONLY', kind: 'boolean' },
  // Newline-separated in the environment, so a multi-line secret holds several headers.
  { flag: 'header', key: 'headers', env: 'CONFORM_HEADERS', kind: 'headers' },
  { flag: 'timeout', key: 'timeout', env: 'CONFORM_TIMEOUT', kind: 'string' },
  { flag: 'max-time', key: 'maxTime', env: 'CONFORM_MAX_TIME', kind: 'string' },
  { flag: 'concurrency', key: 'concurrency', env: 'CONFORM_CONCURRENCY', kind: 'string' },
  { flag: 'rate-limit', key: 'rateLimit', env: 'CONFORM_RATE_LIMIT', kind: 'string' },
  { flag: 'only', key: 'only', env: 'CONFORM_ONLY', kind: 'list' },
  { flag: 'skip', key: 'skip', env: 'CONFORM_SKIP', kind: 'list' },
  { flag: 'fault', key: 'faults', env: 'CONFORM_FAULTS', kind: 'list' },
  { flag: 'shard', key: 'shard', env: 'CONFORM_SHARD', kind: 'string' },
  { flag: 'compare', key: 'compare', env: 'CONFORM_COMPARE', kind: 'string' },
  { flag: 'quiet', key: 'quiet', env: 'CONFORM_QUIET', kind: 'boolean' },
  { flag: 'verbose', key: 'verbose', env: 'CONFORM_VERBOSE', kind: 'boolean' },
];

/** The environment variable naming a config file (like --config). */
export const configEnv = 'CONFORM_CONFIG';
/** The config file read from the working directory when present. */
export const defaultConfigFile = 'conform.config.json';
