// `npm run build`, after tsc: checks the project's spec once, as a run would, and writes it beside
// the built src/spec/load-spec.js (dist/src/spec/users.openapi.json), so a built run reads it
// without swagger-parser. A run checks the YAML itself when the copy is missing or the YAML changed.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { isCommandEntry } from '../src/cli/command-entry.js';
import { packageFile } from '../src/spec/package-files.js';
import { checkedDocument, defaultSpecPath, dereferenceLocal, specTextHash, type PrebuiltSpec } from '../src/spec/load-spec.js';

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

if (isCommandEntry(import.meta.url)) {
  try {
    await writePrebuiltSpec(packageFile('dist'));
  } catch (error) {
    process.stderr.write(`build-spec: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
