import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './cli-error.js';
import { configEnv, conformArgOptions, conformOptions, conformSettings, defaultConfigFile, optionNames, type ConformOptions, type OptionName } from './conform-options.js';
import { isPlainObject } from '../util/values.js';
import { parseCommandLine } from './option-values.js';

type Env = Readonly<Record<string, string | undefined>>;
/** An option's value as a source gives it, before parsing: a switch, a text, or repeated texts. */
type Raw = boolean | string | string[];
/** A setting two options spell (see `spells` in conformOptions). */
type Spelled = 'failOn' | 'output';

/** One place options come from, and how its errors name an option. */
interface Source {
  given: Map<OptionName, Raw>;
  /** Put before an error about one of its values ('' on the command line, which the message names already). */
  label(name: OptionName): string;
  disagree(a: OptionName, b: OptionName): string;
}

const setting = (name: OptionName) => conformSettings.find((s) => s.name === name)!;

/**
 * conform's options from the command line, the CONFORM_* environment and the config file:
 * each option from the flags, else the environment, else the file, else its default. Every
 * value is parsed where it comes from, so an error names the variable or key it came from.
 * Throws CliError with a one-line message.
 */
export async function resolveConformOptions(argv: string[], env: Env, cwd: string): Promise<ConformOptions> {
  const { flags, paths } = readCommandLine(argv);
  // --help and --version answer whatever the environment or a broken config file say.
  if (flags.given.get('help') || flags.given.get('version')) return combine([flags], paths);
  const environment = readEnvironment(env);
  const file = await readConfigFile((flags.given.get('config') as string | undefined) ?? (env[configEnv] || undefined), cwd);
  return combine([file, environment, flags], paths);
}

function readCommandLine(argv: string[]): { flags: Source; paths: string[] } {
  const parsed = parseCommandLine({ args: argv.map(withBareValue), allowPositionals: true, options: conformArgOptions });
  const values = parsed.values as Record<string, Raw | undefined>;
  const given = new Map<OptionName, Raw>();
  for (const name of optionNames) {
    const value = values[conformOptions[name].flag];
    if (value !== undefined) given.set(name, value);
  }
  const flag = (name: OptionName) => conformOptions[name].flag;
  return {
    flags: { given, label: () => '', disagree: (a, b) => `--${flag(a)} and --${flag(b)} disagree; give one` },
    paths: parsed.positionals,
  };
}

/** A bare `--flag` of an option whose value may be left out, as `--flag=` its bare value (parseArgs knows no optional values). */
function withBareValue(arg: string): string {
  const declared = Object.values(conformOptions).find((o) => 'bare' in o && arg === `--${o.flag}`);
  return declared && 'bare' in declared ? `${arg}=${declared.bare}` : arg;
}

function readEnvironment(env: Env): Source {
  const given = new Map<OptionName, Raw>();
  for (const { name, env: variable, carrier } of conformSettings) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue; // an empty variable (a CI input left blank) is unset
    switch (carrier) {
      case 'switch':
        if (/^(1|true|yes|on)$/i.test(raw.trim())) given.set(name, true);
        else if (/^(0|false|no|off)$/i.test(raw.trim())) given.set(name, false);
        else throw new CliError(`${variable} must be true or false, got '${raw}'`);
        break;
      case 'headers': // one a line, so a multi-line secret holds several headers
        given.set(name, raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));
        break;
      case 'list':
        given.set(name, [raw]);
        break;
      case 'value':
        given.set(name, raw);
    }
  }
  return { given, label: (name) => `${setting(name).env}: `, disagree: (a, b) => `${setting(a).env} and ${setting(b).env} disagree` };
}

async function readConfigFile(path: string | undefined, cwd: string): Promise<Source> {
  const label = path ?? defaultConfigFile;
  const source: Source = {
    given: new Map(),
    label: (name) => `${label}: ${setting(name).key}: `,
    disagree: (a, b) => `${label}: ${setting(a).key} and ${setting(b).key} disagree`,
  };
  let text: string;
  try {
    text = await readFile(resolve(cwd, label), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (path === undefined && code === 'ENOENT') return source;
    throw new CliError(`cannot read config file ${label}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${label}: not valid JSON: ${quoted((error as Error).message)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CliError(`${label}: must hold a JSON object of settings`);
  for (const [key, value] of Object.entries(json)) {
    const known = conformSettings.find((s) => s.key === key);
    if (!known) throw new CliError(`${label}: unknown key '${quoted(key)}' (known: ${conformSettings.map((s) => s.key).join(', ')})`);
    const wrong = (want: string) => new CliError(`${label}: ${key} must be ${want}`);
    source.given.set(known.name, fileValue(known.carrier, value, wrong));
  }
  return source;
}

/** A config-file value as the command line would give it. */
function fileValue(carrier: (typeof conformOptions)[OptionName]['carrier'], value: unknown, wrong: (want: string) => CliError): Raw {
  const scalar = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
  switch (carrier) {
    case 'switch':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
    case 'value': {
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
      if (isPlainObject(value)) {
        const entries = Object.entries(value);
        if (entries.every(([, v]) => typeof v === 'string')) return entries.map(([k, v]) => `${k}: ${v as string}`);
      }
      throw wrong(`an object of header names to values, or an array of 'Name: value' strings`);
    }
  }
}

/** The options from `sources`, lowest first: each source's values replace those of the ones before. */
function combine(sources: Source[], paths: string[]): ConformOptions {
  const values = new Map<OptionName | Spelled, unknown>();
  for (const source of sources) for (const [name, value] of parseSource(source)) values.set(name, value);
  const output = (values.get('output') as string | undefined) ?? 'normal';
  const options: Record<string, unknown> = { paths };
  for (const name of optionNames) {
    const o = conformOptions[name];
    if (values.has(name)) options[name] = values.get(name);
    else if (o.carrier === 'switch') options[name] = false;
    else if (o.carrier === 'value') options[name] = 'default' in o ? o.parse(o.default, o.flag) : undefined;
    else options[name] = o.parse([]);
  }
  for (const name of optionNames) {
    const o = conformOptions[name];
    if ('spells' in o) options[name] = (o.spells.of === 'output' ? output : options[o.spells.of]) === o.spells.on;
  }
  // Built field by field from the table that ConformOptions is derived from.
  const resolved = options as ConformOptions;
  checkCombination(resolved);
  return resolved;
}

/**
 * One source's values, parsed, with the options that spell one setting folded into it: a flag
 * beats the environment whichever spelling each used (--verbose wins over CONFORM_QUIET=1).
 */
function parseSource(source: Source): Map<OptionName | Spelled, unknown> {
  const parsed = new Map<OptionName | Spelled, unknown>();
  for (const [name, raw] of source.given) {
    try {
      parsed.set(name, (conformOptions[name].parse as (raw: Raw, flag: string) => unknown)(raw, conformOptions[name].flag));
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`${source.label(name)}${error.message}`);
      throw error;
    }
  }
  for (const setting of ['failOn', 'output'] as const) {
    const said: { name: OptionName; value: unknown }[] = [];
    const aloud: unknown[] = [];
    for (const name of optionNames) {
      const o = conformOptions[name];
      if (!parsed.has(name)) continue;
      if (name === setting) said.push({ name, value: parsed.get(name) });
      if (!('spells' in o) || o.spells.of !== setting) continue;
      // Off is the default said aloud (a CI input left at 'false'): another spelling beside it decides.
      if (parsed.get(name) === true) said.push({ name, value: o.spells.on });
      else aloud.push(o.spells.off);
      parsed.delete(name);
    }
    const other = said.find((s) => s.value !== said[0].value);
    if (other) throw new CliError(source.disagree(said[0].name, other.name));
    if (said.length > 0 || aloud.length > 0) parsed.set(setting, said.length > 0 ? said[0].value : aloud[0]);
  }
  return parsed;
}

/** What no single option says wrong, only two together (or the paths after them). */
function checkCombination(o: ConformOptions): void {
  if (o.faults.length > 0 && o.baseUrl !== undefined) throw new CliError('--fault applies to the embedded server only; drop --base-url or --fault');
  if (o.diff && o.mergeReports) throw new CliError('--diff and --merge-reports are two commands; give one');
  if (o.diff && o.paths.length !== 2) throw new CliError('--diff takes two reports: --diff OLD.json NEW.json');
  if (o.mergeReports && o.paths.length === 0) throw new CliError('--merge-reports takes the shard report dirs (or conformance.json files)');
  if ((o.clientCert === undefined) !== (o.clientKey === undefined)) throw new CliError('--client-cert and --client-key go together; give both');
  if (o.clientKeyPassphrase !== undefined && o.clientKey === undefined) throw new CliError('--client-key-passphrase needs --client-key');
  if (o.rerunFailed !== undefined && (o.diff || o.mergeReports)) throw new CliError(`--rerun-failed runs the suite; --${o.diff ? 'diff' : 'merge-reports'} runs nothing: give one`);
  if (!o.diff && !o.mergeReports && o.paths.length > 0) throw new CliError(`unexpected argument '${o.paths[0]}' (see --help)`);
}

/** A value quoted in a one-line message, cut to a length fit for it. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
