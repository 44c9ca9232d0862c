// `npm run build`, after tsc: checks the project's spec once, as a run would, and writes it beside
// the built src/spec/load-spec.js (dist/src/spec/users.openapi.json), so a built run reads it
// without swagger-parser; and compiles its validators (dist/src/validate/users.validators.js), so
// a built run loads no Ajv. A run checks the YAML and compiles itself when the YAML changed.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';
import { isCommandEntry } from '../src/cli/command-entry.js';
import { packageFile } from '../src/spec/package-files.js';
import { checkedDocument, defaultSpecPath, dereferenceLocal, loadSpec, specTextHash, type PrebuiltSpec, type Spec } from '../src/spec/load-spec.js';
import { createAjv, prebuiltRuntimeName } from '../src/validate/create-ajv.js';
import { schemaKeys } from '../src/validate/validators.js';

/** Checks spec/users.openapi.yaml (SpecError if it is not valid) and writes its prebuilt copy into `distDir`; returns the file written. */
export async function writePrebuiltSpec(distDir: string): Promise<string> {
  const checked = await checkedDocument(defaultSpecPath);
  const text = await readFile(defaultSpecPath, 'utf8');
  const json = JSON.stringify({ sha256: specTextHash(text), document: parse(text) } satisfies PrebuiltSpec);
  // A run reads this JSON and dereferences it with dereferenceLocal (local $refs only): that must give what swagger-parser gave.
  if (!isDeepStrictEqual(dereferenceLocal((JSON.parse(json) as PrebuiltSpec).document), checked)) {
    throw new Error(`${defaultSpecPath} dereferences differently without swagger-parser (a $ref that is not local?): no prebuilt copy can stand for it`);
  }
  const out = join(distDir, 'src', 'spec', 'users.openapi.json');
  await writeFile(out, json);
  return out;
}

/**
 * The validators of `spec` (schemaKeys) as one ES module, compiled by Ajv's standalone code and
 * tied to the spec's SHA-256 (PrebuiltValidators). It imports its formats and date bound from
 * ./prebuilt-runtime.js, and Ajv's runtime helpers through it; `runtimeFrom` is where that
 * module is (a test points at the sources).
 */
export function prebuiltValidatorsModule(spec: Spec, sha256: string, runtimeFrom = './prebuilt-runtime.js'): string {
  const ajv = createAjv({ standalone: true });
  // One export per schema object: keys that share one (a dereferenced $ref) share its function, as Ajv's cache does.
  const exportOf = new Map<object, string>();
  const exportNames = new Map<string, string>();
  for (const [key, schema] of schemaKeys(spec)) {
    let name = exportOf.get(schema);
    if (name === undefined) {
      name = `v${exportOf.size}`;
      ajv.addSchema(schema, name);
      exportOf.set(schema, name);
    }
    exportNames.set(key, name);
  }
  // Ajv's standalone code takes its runtime helpers by require(), which an ES module has not: the runtime module requires them.
  const refs = Object.fromEntries([...exportOf.values()].map((name) => [name, name]));
  const code = standaloneCode.default(ajv, refs).replace(/\brequire\((?="ajv\/dist\/runtime\/)/g, `${prebuiltRuntimeName}.required(`);
  return [
    '// Written by `npm run build` (scripts/build-spec.ts): the validators of spec/users.openapi.yaml, compiled by Ajv.',
    `import * as ${prebuiltRuntimeName} from ${JSON.stringify(runtimeFrom)};`,
    code,
    `export const sha256 = ${JSON.stringify(sha256)};`,
    `export const validators = {\n${[...exportNames].map(([key, name]) => `  ${JSON.stringify(key)}: ${name},`).join('\n')}\n};`,
    '',
  ].join('\n');
}

/** Writes the project spec's prebuilt validators beside the built src/validate/validators.js: a built run then loads no Ajv and compiles nothing. */
export async function writePrebuiltValidators(distDir: string): Promise<string> {
  const out = join(distDir, 'src', 'validate', 'users.validators.js');
  await writeFile(out, prebuiltValidatorsModule(await loadSpec(defaultSpecPath), specTextHash(await readFile(defaultSpecPath, 'utf8'))));
  return out;
}

if (isCommandEntry(import.meta.url)) {
  try {
    await writePrebuiltSpec(packageFile('dist'));
    await writePrebuiltValidators(packageFile('dist'));
  } catch (error) {
    process.stderr.write(`build-spec: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
