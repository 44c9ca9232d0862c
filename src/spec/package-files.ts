import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own files (the spec, package.json, the shipped pact), found from the package
 * root: the nearest folder above this module that holds a package.json. That is the clone when
 * run from the sources (src/spec/) and the installed package when run from the build
 * (dist/src/spec/), so one path works in both without counting `../`.
 */
export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file of the package, by its path from the package root. */
export function packageFile(...segments: string[]): string {
  return join(packageRoot, ...segments);
}

let version: string | undefined;
/** The package's version, from its package.json (read once, when first asked). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    // A broken install, not bad input: nothing the user passed can cause it.
    if (dirname(dir) === dir) throw new Error(`users-api-conformance: no package.json above ${start}: the package is incomplete`);
  }
}
