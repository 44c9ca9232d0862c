import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { packageFile } from './package-files.js';

// The spec, the single source of truth: loaded and checked, read once per process, and the
// country codes generators need before it is loaded. swagger-parser and the YAML parser are
// imported only when a spec is checked here: a built run reads the project's spec as `npm run
// build` checked it (docs/benchmarks.md: checking it took most of a run's start-up).

/** A JSON Schema as found in the dereferenced OpenAPI document. */
export type Schema = { [keyword: string]: unknown };

export interface MediaTypeObject {
  schema?: Schema;
  examples?: Record<string, { value: unknown }>;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, { schema?: Schema }>;
  content?: Record<string, MediaTypeObject>;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One operation of the spec, indexed by its operationId. */
export interface Operation {
  id: string;
  method: HttpMethod;
  /** The path template, e.g. `/v1/users/{userId}`. */
  path: string;
  parameters: ParameterObject[];
  requestBody?: MediaTypeObject;
  responses: Record<string, ResponseObject>;
}

export interface Spec {
  /** The dereferenced document. */
  document: { info: { title: string; version: string }; components: { schemas: Record<string, Schema> } };
  operations: Map<string, Operation>;
  /** A named schema of `components.schemas`, dereferenced. */
  schema(name: string): Schema;
  operation(id: string): Operation;
  /** Set when the spec is the build's checked copy (PrebuiltSpec): the SHA-256 of the YAML it came from, which its prebuilt validators name too. */
  prebuiltSha256?: string;
}

export const defaultSpecPath = packageFile('spec', 'users.openapi.yaml');

/** A spec that could not be loaded or is not valid OpenAPI. */
export class SpecError extends Error {
  override name = 'SpecError';
}

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;

interface RawPathItem {
  parameters?: ParameterObject[];
  [method: string]: unknown;
}
interface RawOperation {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
}

/**
 * The project's spec as `npm run build` checked it (scripts/build-spec.ts): the parsed document,
 * its $refs kept, and the SHA-256 of the YAML it came from. Only the build has one, beside this
 * module in dist/; run from the sources there is none, so an edited spec is always checked.
 */
export interface PrebuiltSpec {
  sha256: string;
  document: unknown;
}
export const prebuiltSpecUrl = new URL('./users.openapi.json', import.meta.url);

/** The SHA-256 of a spec's text, which ties a prebuilt spec to the YAML it was checked from. */
export function specTextHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parse, validate and dereference an OpenAPI document, and index its operations. */
export async function loadSpec(path: string = defaultSpecPath): Promise<Spec> {
  const prebuilt = path === defaultSpecPath ? await readPrebuiltSpec(prebuiltSpecUrl, path) : undefined;
  if (prebuilt) return { ...indexSpec(prebuilt.document), prebuiltSha256: prebuilt.sha256 };
  return indexSpec(await checkedDocument(path));
}

/** Parse the document at `path`, check it against the OpenAPI 3.1 schema (swagger-parser) and dereference it; SpecError when it is not valid. */
export async function checkedDocument(path: string): Promise<unknown> {
  try {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    // validate() checks the document against the OpenAPI 3.1 schema and dereferences it.
    return await SwaggerParser.validate(path);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecError(`spec ${path} is not valid: ${message}`);
  }
}

/**
 * The prebuilt copy at `url` of the spec at `path`, its document dereferenced; undefined when there is no
 * copy (run from the sources), it is unreadable, or the YAML is not the one the build checked.
 */
export async function readPrebuiltSpec(url: URL | string, path: string): Promise<PrebuiltSpec | undefined> {
  let prebuilt: PrebuiltSpec;
  let text: string;
  try {
    [prebuilt, text] = await Promise.all([readFile(url, 'utf8').then((json) => JSON.parse(json) as PrebuiltSpec), readFile(path, 'utf8')]);
  } catch {
    return undefined; // no build beside this module (run from the sources): check the YAML
  }
  return prebuilt?.sha256 === specTextHash(text) ? { sha256: prebuilt.sha256, document: dereferenceLocal(prebuilt.document) } : undefined;
}

/**
 * Replaces every local `$ref` (`#/…`) of a document with the object it points to, in place, as
 * swagger-parser's dereference does for a one-file spec: one object for all references to it
 * (so Ajv compiles a shared schema once). The build checked that this gives what swagger-parser gives.
 */
export function dereferenceLocal(document: unknown): unknown {
  const resolve = (ref: string): unknown =>
    ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], document);
  const done = new Set<object>(); // walked once: a schema that refers to itself becomes a cycle, as with swagger-parser
  const visit = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || done.has(value)) return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      const target = resolve(ref);
      if (target === undefined) throw new SpecError(`spec: $ref ${ref} points to nothing`);
      return visit(target);
    }
    done.add(value);
    const entries = value as Record<string, unknown>;
    for (const key of Object.keys(entries)) entries[key] = visit(entries[key]);
    return value;
  };
  return visit(document);
}

/** Index a checked, dereferenced document's operations. */
function indexSpec(api: unknown): Spec {
  const document = api as Spec['document'] & { paths: Record<string, RawPathItem> };
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const raw = item[method] as RawOperation | undefined;
      if (!raw) continue;
      if (!raw.operationId) throw new SpecError(`spec: ${method.toUpperCase()} ${path} has no operationId`);
      operations.set(raw.operationId, {
        id: raw.operationId,
        method: method.toUpperCase() as HttpMethod,
        path,
        parameters: [...(item.parameters ?? []), ...(raw.parameters ?? [])],
        requestBody: raw.requestBody?.content?.['application/json'],
        responses: raw.responses,
      });
    }
  }
  return {
    document,
    operations,
    schema(name) {
      const found = document.components.schemas[name];
      if (!found) throw new SpecError(`spec: no schema named ${name}`);
      return found;
    },
    operation(id) {
      const found = operations.get(id);
      if (!found) throw new SpecError(`spec: no operation ${id}`);
      return found;
    },
  };
}

let cached: Promise<Spec> | undefined;

/** The project's spec, read once per process. */
export function projectSpec(): Promise<Spec> {
  cached ??= loadSpec();
  return cached;
}

let projectCodes: string[] | undefined;

/**
 * The country codes a target MUST accept: the spec's `Country`
 * `x-assigned-codes`. Without a spec, the project's spec file is read
 * (synchronously, once), so generators can be built without awaiting it.
 */
export function assignedCountryCodes(spec?: Spec): string[] {
  if (spec) return codesOf(spec.schema('Country'));
  projectCodes ??= codesOf(projectCountrySchema());
  return projectCodes;
}

/** The project spec's `Country` schema, read synchronously: from the build's prebuilt copy, else from the YAML. */
function projectCountrySchema(): Schema | undefined {
  const text = readFileSync(defaultSpecPath, 'utf8');
  try {
    const prebuilt = JSON.parse(readFileSync(prebuiltSpecUrl, 'utf8')) as PrebuiltSpec;
    if (prebuilt.sha256 === specTextHash(text)) return (prebuilt.document as Spec['document']).components.schemas.Country;
  } catch {
    // no build beside this module: read the YAML
  }
  // Synchronous, so the YAML parser comes through require (it ships CommonJS too), only when needed.
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return (parse(text) as Spec['document']).components.schemas.Country;
}

function codesOf(schema: Record<string, unknown> | undefined): string[] {
  const codes = schema?.['x-assigned-codes'];
  if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string')) {
    throw new Error('spec: Country has no x-assigned-codes list');
  }
  return codes as string[];
}
