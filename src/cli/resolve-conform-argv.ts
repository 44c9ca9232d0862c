import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import { configEnv, conformSettings, defaultConfigFile, type ConformSetting } from './conform-settings.js';
import { conformArgOptions, parseConformArgs } from './parse-conform-args.js';

type Value = string | boolean | string[];
/** One source's settings, by flag. */
type Source = Map<string, Value>;
type Env = Readonly<Record<string, string | undefined>>;

/** The flags that are actions, not settings: they come from the command line only. */
const actions = ['list-requirements', 'diff', 'merge-reports'] as const;

/**
 * The command line with the config file and CONFORM_* variables folded in: every setting
 * from the flags, else the environment, else the file. Each value from the file or the
 * environment is checked on its own first, so an error names where it came from. Throws
 * CliError with a one-line message; leaves a command line it cannot parse to parseConformArgs.
 */
export async function resolveConformArgv(argv: string[], env: Env, cwd: string): Promise<string[]> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: conformArgOptions });
  } catch {
    return argv;
  }
  const values = parsed.values as Record<string, Value | undefined>;
  if (values.help || values.version) return argv;

  const flags: Source = new Map();
  for (const s of conformSettings) if (values[s.flag] !== undefined) flags.set(s.flag, values[s.flag]!);
  const fromEnv = readEnv(env);
  const configPath = typeof values.config === 'string' ? values.config : env[configEnv] || undefined;
  const file = await readConfig(configPath, cwd);

  const envLabel = (flag: string) => settingByFlag(flag).env;
  const fileLabel = (flag: string) => `${file.label}: ${settingByFlag(flag).key}`;
  validate(fromEnv, envLabel);
  validate(file.settings, fileLabel);

  const merged: Source = new Map();
  // Lowest first: each later source replaces what the one before set.
  for (const [source, label] of [
    [file.settings, (a: string, b: string) => `${file.label}: ${settingByFlag(a).key} and ${settingByFlag(b).key} disagree`],
    [fromEnv, (a: string, b: string) => `${envLabel(a)} and ${envLabel(b)} disagree`],
    [flags, (a: string, b: string) => `--${a} and --${b} disagree; give one`],
  ] as const) {
    for (const [flag, value] of fold(source, label)) merged.set(flag, value);
  }

  const out: string[] = [];
  for (const [flag, value] of merged) out.push(...toArgs(flag, value));
  for (const action of actions) if (values[action] === true) out.push(`--${action}`);
  return [...out, ...parsed.positionals];
}

function settingByFlag(flag: string): ConformSetting {
  return conformSettings.find((s) => s.flag === flag)!;
}

function readEnv(env: Env): Source {
  const source: Source = new Map();
  for (const s of conformSettings) {
    const raw = env[s.env];
    if (raw === undefined || raw.trim() === '') continue; // an empty variable (a CI input left blank) is unset
    if (s.kind === 'boolean') {
      if (/^(1|true|yes|on)$/i.test(raw.trim())) source.set(s.flag, true);
      else if (/^(0|false|no|off)$/i.test(raw.trim())) source.set(s.flag, false);
      else throw new CliError(`${s.env} must be true or false, got '${raw}'`);
    } else if (s.kind === 'headers') {
      source.set(s.flag, raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));
    } else {
      source.set(s.flag, s.kind === 'list' ? [raw] : raw);
    }
  }
  return source;
}

async function readConfig(path: string | undefined, cwd: string): Promise<{ label: string; settings: Source }> {
  const label = path ?? defaultConfigFile;
  let text: string;
  try {
    text = await readFile(resolve(cwd, label), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (path === undefined && code === 'ENOENT') return { label, settings: new Map() };
    throw new CliError(`cannot read config file ${label}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${label}: not valid JSON: ${oneLine((error as Error).message)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CliError(`${label}: must hold a JSON object of settings`);
  const settings: Source = new Map();
  for (const [key, value] of Object.entries(json)) {
    const s = conformSettings.find((c) => c.key === key);
    if (!s) throw new CliError(`${label}: unknown key '${oneLine(key)}' (known: ${conformSettings.map((c) => c.key).join(', ')})`);
    settings.set(s.flag, fileValue(s, value, label));
  }
  return { label, settings };
}

function fileValue(s: ConformSetting, value: unknown, label: string): Value {
  const wrong = (want: string) => new CliError(`${label}: ${s.key} must be ${want}`);
  const scalar = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
  switch (s.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
    case 'string': {
      const text = scalar(value);
      if (text === undefined) throw wrong('a string or a number');
      return text;
    }
    case 'list': {
      const items = (Array.isArray(value) ? value : [value]).map(scalar);
      if (items.some((i) => i === undefined)) throw wrong('a string or an array of strings');
      return items as string[];
    }
    case 'headers': {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const entries = Object.entries(value);
        if (entries.every(([, v]) => typeof v === 'string')) return entries.map(([k, v]) => `${k}: ${v as string}`);
      }
      throw wrong(`an object of header names to values, or an array of 'Name: value' strings`);
    }
  }
}

/** Each value parsed on its own, so a bad one is reported with the variable or key it came from. */
function validate(source: Source, label: (flag: string) => string): void {
  for (const [flag, value] of source) {
    try {
      parseConformArgs(toArgs(flag, value));
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`${label(flag)}: ${error.message}`);
      throw error;
    }
  }
}

/**
 * One source's settings with the two pairs that are one setting each folded together:
 * strict is fail-on=should, and quiet/verbose are one output mode. So a flag beats the
 * environment whichever spelling each used (--verbose wins over CONFORM_QUIET=1).
 */
function fold(source: Source, disagree: (a: string, b: string) => string): Source {
  const out = new Map(source);
  if (out.has('strict')) {
    const failOn = out.get('fail-on');
    // strict: false is the default said aloud (a CI input left at 'false'): a fail-on beside it decides.
    if (out.get('strict') === true && failOn === 'must') throw new CliError(disagree('strict', 'fail-on'));
    if (failOn === undefined) out.set('fail-on', out.get('strict') === true ? 'should' : 'must');
    out.delete('strict');
  }
  if (out.has('quiet') || out.has('verbose')) {
    const quiet = out.get('quiet') === true;
    const verbose = out.get('verbose') === true;
    if (quiet && verbose) throw new CliError(disagree('quiet', 'verbose'));
    out.delete('quiet');
    out.delete('verbose');
    out.set('output', quiet ? 'quiet' : verbose ? 'verbose' : 'normal');
  }
  return out;
}

function toArgs(flag: string, value: Value): string[] {
  if (flag === 'output') return value === 'normal' ? [] : [`--${value as string}`];
  if (typeof value === 'boolean') return value ? [`--${flag}`] : [];
  if (Array.isArray(value)) return value.map((v) => `--${flag}=${v}`);
  return [`--${flag}=${value}`];
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
