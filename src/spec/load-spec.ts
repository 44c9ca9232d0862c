import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';
import { packageFile } from './package-files.js';

// The spec, the single source of truth: loaded and checked, read once per process, and the
// country codes generators need before it is loaded.

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

/** Parse, validate and dereference an OpenAPI document, and index its operations. */
export async function loadSpec(path: string = defaultSpecPath): Promise<Spec> {
  let api: unknown;
  try {
    // validate() checks the document against the OpenAPI 3.1 schema and dereferences it.
    api = await SwaggerParser.validate(path);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecError(`spec ${path} is not valid: ${message}`);
  }
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
  projectCodes ??= codesOf((parse(readFileSync(defaultSpecPath, 'utf8')) as Spec['document']).components.schemas.Country);
  return projectCodes;
}

function codesOf(schema: Record<string, unknown> | undefined): string[] {
  const codes = schema?.['x-assigned-codes'];
  if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string')) {
    throw new Error('spec: Country has no x-assigned-codes list');
  }
  return codes as string[];
}
