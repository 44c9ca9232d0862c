// The import rules of docs/architecture.md, checked on every .ts file under src/, suites/, scripts/ and test/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * What each layer of the code that runs may import, besides itself and packages. Bottom up:
 * the way down is one-directional, no layer imports one above it.
 */
const allowed: Record<string, readonly string[]> = {
  'src/util': [],
  'src/spec': ['src/util'],
  'src/validate': ['src/util', 'src/spec'],
  'src/client': ['src/util', 'src/spec', 'src/validate'],
  'src/generate': ['src/util', 'src/spec', 'src/validate', 'src/client'],
  'src/http': ['src/util', 'src/spec'],
  'src/run': ['src/util', 'src/spec', 'src/validate', 'src/generate', 'src/http'],
  'src/report': ['src/util', 'src/spec', 'src/http', 'src/run'],
  'src/reference': ['src/util', 'src/spec', 'src/validate', 'src/client', 'src/generate', 'src/http'],
  'src/pact': ['src/util', 'src/spec', 'src/validate', 'src/client', 'src/http'],
  suites: ['src/util', 'src/spec', 'src/validate', 'src/generate', 'src/http', 'src/run'],
  'src/cli': ['src/util', 'src/spec', 'src/validate', 'src/client', 'src/generate', 'src/http', 'src/run', 'src/report', 'src/reference', 'src/pact'],
  scripts: ['src/util', 'src/spec', 'src/validate', 'src/client', 'src/generate', 'src/http', 'src/run', 'src/report', 'src/reference', 'src/pact', 'src/cli', 'test'],
};

/** The catalogue: only a command's entry point passes it in. */
const catalogue = 'suites/index.ts';

/** The layer a file belongs to: `src/<folder>`, `suites`, `scripts` or `test`; undefined for a file of no layer. */
function layerOf(file: string): string | undefined {
  const [top, folder] = file.split('/');
  if (top === 'src') return folder !== undefined && file.split('/').length > 2 && `src/${folder}` in allowed ? `src/${folder}` : undefined;
  return ['suites', 'scripts', 'test'].includes(top) ? top : undefined;
}

const isTest = (file: string): boolean => file.endsWith('.test.ts') || file.startsWith('test/');

/**
 * Why importing `to` from `from` breaks a rule, or undefined when it may. Paths from the
 * repository root. `entryPoints`: the command entry points (see entryPointsOf).
 */
function importViolation(from: string, to: string, entryPoints: ReadonlySet<string>): string | undefined {
  const source = layerOf(from);
  const target = layerOf(to);
  if (target === 'test' && !isTest(from) && source !== 'scripts') return 'only tests and scripts import test/';
  // Tests exercise the layers together: any file of src/, suites/, scripts/ and test/.
  if (isTest(from)) return undefined;
  if (source === undefined) return `${from} is in no layer of docs/architecture.md`;
  if (target === undefined) return `${to} is in no layer of docs/architecture.md`;
  if (to === catalogue && source !== 'suites') return entryPoints.has(from) ? undefined : 'only a command entry point imports the catalogue (suites/index.ts)';
  if (source === target) return undefined;
  return allowed[source].includes(target) ? undefined : `${source} must not import ${target}`;
}

/** Every relative module a file imports or re-exports, statically or dynamically. */
function importsOf(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1]);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * The command entry points: the files package.json's scripts run (`tsx src/cli/conform.ts`, …) and
 * every script at the top of scripts/ (each is run on its own: `scripts/bench-child.ts` by the benchmark).
 */
function entryPointsOf(packageJson: { scripts: Record<string, string> }, scripts: readonly string[]): Set<string> {
  const run = Object.values(packageJson.scripts).flatMap((command) => [...command.matchAll(/\b((?:src|scripts)\/[\w./-]+\.ts)\b/g)].map((m) => m[1]));
  return new Set([...run, ...scripts.filter((file) => /^scripts\/[^/]+\.ts$/.test(file) && !isTest(file))]);
}

/** The file an import of `specifier` in `from` names, from the repository root (`.js` read as the `.ts` it is built from). */
function resolveImport(from: string, specifier: string): string {
  return posix.normalize(posix.join(dirname(from), specifier)).replace(/\.js$/, '.ts');
}

/** Every file reachable by imports from `starts`. */
function importClosure(starts: Iterable<string>, read: (file: string) => string): Set<string> {
  const seen = new Set<string>();
  const pending = [...starts];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...importsOf(read(file)).map((specifier) => resolveImport(file, specifier)));
  }
  return seen;
}

const files = ['src', 'suites', 'scripts', 'test'].flatMap(sourceFiles);
const entryPoints = entryPointsOf(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }, files);
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

describe('importViolation', () => {
  const entryPoints = new Set(['src/cli/conform.ts', 'scripts/gen-requirements-doc.ts']);
  const rows: Array<{ given: [string, string]; want: string | undefined }> = [
    { given: ['src/report/render-html.ts', 'src/run/results.ts'], want: undefined },
    { given: ['src/run/run-requirements.ts', 'src/report/report-model.ts'], want: 'src/run must not import src/report' },
    { given: ['src/http/http-client.ts', 'src/report/report-model.ts'], want: 'src/http must not import src/report' },
    { given: ['src/validate/validators.ts', 'src/spec/load-spec.ts'], want: undefined },
    { given: ['src/spec/load-spec.ts', 'src/validate/validators.ts'], want: 'src/spec must not import src/validate' },
    { given: ['suites/list/list-order.ts', 'src/report/format.ts'], want: 'suites must not import src/report' },
    { given: ['suites/list/list-order.ts', 'src/run/requirement.ts'], want: undefined },
    { given: ['src/reference/start-reference-server.ts', 'src/run/results.ts'], want: 'src/reference must not import src/run' },
    { given: ['src/cli/conform.ts', 'suites/index.ts'], want: undefined },
    { given: ['src/cli/run-merge.ts', 'suites/index.ts'], want: 'only a command entry point imports the catalogue (suites/index.ts)' },
    { given: ['src/cli/conform.ts', 'suites/list/list-order.ts'], want: 'src/cli must not import suites' },
    { given: ['scripts/gen-requirements-doc.ts', 'suites/index.ts'], want: undefined },
    { given: ['suites/index.ts', 'suites/list/list-order.ts'], want: undefined },
    { given: ['src/report/render-html.ts', 'test/support/sample-report.ts'], want: 'only tests and scripts import test/' },
    { given: ['scripts/bench-hostile.ts', 'test/hostile/start-hostile-server.ts'], want: undefined },
    { given: ['src/report/render-html.test.ts', 'test/support/sample-report.ts'], want: undefined },
    { given: ['src/cli/conform.test.ts', 'suites/index.ts'], want: undefined },
    { given: ['src/bench/median.ts', 'src/run/results.ts'], want: 'src/bench/median.ts is in no layer of docs/architecture.md' },
    { given: ['src/run/results.ts', 'src/hostile/start-hostile-server.ts'], want: 'src/hostile/start-hostile-server.ts is in no layer of docs/architecture.md' },
  ];
  it.each(rows)('$given.0 → $given.1', ({ given, want }) => {
    expect(importViolation(given[0], given[1], entryPoints)).toBe(want);
  });
});

describe('importsOf', () => {
  it('reads static, re-exported, multi-line, side-effect and dynamic imports, not packages', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      "export { c } from './c.js';",
      'import {',
      '  d,',
      "} from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "import fc from 'fast-check';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', './e.js', './f.js']);
  });
});

describe('the code imports one way (docs/architecture.md)', () => {
  it('breaks no import rule in src/, suites/, scripts/ and test/', () => {
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((from) =>
      importsOf(read(from)).flatMap((specifier) => {
        const to = resolveImport(from, specifier);
        const why = importViolation(from, to, entryPoints);
        return why === undefined ? [] : [`${from} imports ${to}: ${why}`];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('keeps in src/ only what a run or the published client executes: test-only code lives in test/', () => {
    expect(entryPoints).toContain('src/cli/conform.ts');
    expect(entryPoints).toContain('scripts/bench-child.ts');
    expect(entryPoints).not.toContain('scripts/bench/measure.ts');
    // The typed client is a library: its entry point is what a caller imports.
    const executed = importClosure([...entryPoints, 'src/client/index.ts'], read);
    const testOnly = files.filter((file) => file.startsWith('src/') && !isTest(file) && !executed.has(file));
    expect(testOnly).toEqual([]);
  });
});
