import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds, by reading the source (TypeScript's parser, no regular expressions),
 * every place a file starts a program through `node:child_process`, and what
 * that program is, so a test can hold the project to "a machine with only Node
 * runs it": Node itself (`process.execPath`, `fork`) or a file under
 * `node_modules`, nothing the system must provide.
 */

/** One call that starts a process. */
export interface SpawnSite {
  /** Path relative to the scanned root, `/`-separated. */
  file: string;
  line: number;
  /** The child_process function called: `spawn`, `execFile`, `exec`, … */
  call: string;
  /** What it runs: `node`, a literal program name or path, or the source text of the expression that names it. */
  program: string;
  /** True when that is Node itself or a file under node_modules. */
  fromNode: boolean;
}

const processStarters = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']);
const childProcessModules = new Set(['node:child_process', 'child_process']);
const sourceExtensions = /\.(?:[cm]?ts|[cm]?js)$/;

/** The process-starting calls in one file's source. */
export function spawnSites(source: string, file: string): SpawnSite[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const functions = new Map<string, string>(); // local name → child_process function
  const namespaces = new Set<string>(); // `import * as cp`, `import cp`
  const initializers = new Map<string, ts.Expression>(); // const name → its initializer, to follow a program named by a variable

  const visitBindings = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && childProcessModules.has(node.moduleSpecifier.text)) {
      const clause = node.importClause;
      if (clause?.name) namespaces.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) functions.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) initializers.set(node.name.text, node.initializer);
    ts.forEachChild(node, visitBindings);
  };
  visitBindings(sourceFile);

  /** The child_process function an expression calls, looking through `promisify(…)`. */
  const calledFunction = (callee: ts.Expression): string | undefined => {
    if (ts.isIdentifier(callee)) {
      const direct = functions.get(callee.text);
      if (direct) return direct;
      // `const run = promisify(execFile)` or `const start = spawn`.
      const initializer = initializers.get(callee.text);
      if (initializer && ts.isIdentifier(initializer) && initializer.text !== callee.text) return calledFunction(initializer);
      return initializer && ts.isCallExpression(initializer) && isPromisify(initializer) ? calledFunction(initializer.arguments[0]!) : undefined;
    }
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && namespaces.has(callee.expression.text)) {
      return processStarters.has(callee.name.text) ? callee.name.text : undefined;
    }
    if (ts.isCallExpression(callee) && isPromisify(callee)) return calledFunction(callee.arguments[0]!);
    return undefined;
  };

  /** What the first argument names: followed through variables of the file, a few steps at most. */
  const programOf = (expression: ts.Expression, depth = 0): { program: string; fromNode: boolean } => {
    const text = expression.getText(sourceFile);
    if (text === 'process.execPath') return { program: 'node', fromNode: true };
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      return { program: expression.text, fromNode: expression.text.includes('node_modules/') };
    }
    const initializer = ts.isIdentifier(expression) ? initializers.get(expression.text) : undefined;
    if (initializer && depth < 5) return programOf(initializer, depth + 1);
    return { program: text, fromNode: /\bprocess\.execPath\b|node_modules\//.test(text) };
  };

  const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const sites: SpawnSite[] = [];
  const visitCalls = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isDynamicLoad(node)) {
      // child_process reached through require() or import() cannot be followed: a program we cannot vouch for.
      sites.push({ file, line: lineOf(node), call: 'require/import()', program: 'child_process loaded dynamically', fromNode: false });
    } else if (ts.isCallExpression(node)) {
      const call = calledFunction(node.expression);
      if (call && processStarters.has(call)) {
        const [first, ...rest] = node.arguments;
        let named = call === 'fork' ? { program: 'node', fromNode: true } : first ? programOf(first) : { program: '(nothing)', fromNode: false };
        // exec runs its command through a shell, and so does any call with a `shell` option set.
        if (call === 'exec' || call === 'execSync' || rest.some(hasShellOption)) named = { program: `sh -c ${named.program}`, fromNode: false };
        sites.push({ file, line: lineOf(node), call, ...named });
      }
    }
    ts.forEachChild(node, visitCalls);
  };
  visitCalls(sourceFile);
  return sites;
}

function isDynamicLoad(call: ts.CallExpression): boolean {
  const [first] = call.arguments;
  const loads = call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(call.expression) && call.expression.text === 'require');
  return loads && first !== undefined && ts.isStringLiteral(first) && childProcessModules.has(first.text);
}

function isPromisify(call: ts.CallExpression): boolean {
  return /(?:^|\.)promisify$/.test(call.expression.getText()) && call.arguments.length === 1;
}

function hasShellOption(argument: ts.Expression): boolean {
  if (!ts.isObjectLiteralExpression(argument)) return false;
  return argument.properties.some(
    (property) =>
      (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
      property.name.getText() === 'shell' &&
      !(ts.isPropertyAssignment(property) && property.initializer.kind === ts.SyntaxKind.FalseKeyword),
  );
}

/** The process-starting calls in every source file under `dirs` of `root` (node_modules skipped), in path order. */
export async function spawnSitesUnder(root: string, dirs: string[]): Promise<SpawnSite[]> {
  const sites: SpawnSite[] = [];
  for (const dir of dirs) {
    const top = join(root, dir);
    if (!existsSync(top)) continue;
    const entries = (await readdir(top, { recursive: true })).filter((entry) => sourceExtensions.test(entry) && !entry.split(/[\\/]/).includes('node_modules'));
    for (const entry of entries.sort()) {
      const path = join(top, entry);
      sites.push(...spawnSites(await readFile(path, 'utf8'), relative(root, path).split(/[\\/]/).join('/')));
    }
  }
  return sites;
}
