import type { ErrorObject } from 'ajv';
import type { Schema, Spec } from '../spec/load-spec.js';

/** Validates a value; returns the schema violations, one line each (empty: valid). */
export type Check = (value: unknown) => string[];

export interface ResponseRule {
  /** The status is one the spec documents for the operation. */
  documented: boolean;
  /** The media types the spec documents for that status (empty when there is no body). */
  mediaTypes: string[];
  /** The body validator for the media type asked for, if the spec has a schema for it. */
  check?: Check;
}

export interface Validators {
  /** The rule for a response of `operationId` with this status and media type. */
  response(operationId: string, status: number, mediaType: string | undefined): ResponseRule;
  /** The request body validator of an operation. */
  requestBody(operationId: string): Check;
  /** A named schema of the spec. */
  schema(name: string): Check;
}

/** A validating function as Ajv compiles it (or the build wrote it): true or false, and its errors. */
export interface ValidateFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The validating function of a schema, found by its key (schemaKeys); compiled now, or prebuilt. */
export type ValidatorFor = (schema: Schema, key: string) => ValidateFunction;

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || '(body)';
    const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : '';
    return `${where} ${error.message ?? error.keyword}${extra}`;
  });
}

function toCheck(validate: ValidateFunction): Check {
  return (value) => (validate(value) ? [] : describe(validate.errors));
}

const responseKey = (operationId: string, status: string, media: string) => `response ${operationId} ${status} ${media}`;
const requestKey = (operationId: string) => `request ${operationId}`;
const schemaKey = (name: string) => `schema ${name}`;

/** Every schema of the spec a validator is made for, by a key that names it: responses, request bodies, named schemas. */
export function schemaKeys(spec: Spec): Map<string, Schema> {
  const keys = new Map<string, Schema>();
  for (const operation of spec.operations.values()) {
    for (const [status, response] of Object.entries(operation.responses)) {
      for (const [media, content] of Object.entries(response.content ?? {})) if (content.schema) keys.set(responseKey(operation.id, status, media), content.schema);
    }
    if (operation.requestBody?.schema) keys.set(requestKey(operation.id), operation.requestBody.schema);
  }
  for (const name of Object.keys(spec.document.components.schemas)) keys.set(schemaKey(name), spec.schema(name));
  return keys;
}

/**
 * The spec's validators, each made once by `validatorFor` — one per (operation, status, media
 * type), one per request body up front, the named schemas when first asked for — and reused.
 */
export function validatorsOf(spec: Spec, validatorFor: ValidatorFor): Validators {
  const check = (schema: Schema, key: string): Check => toCheck(validatorFor(schema, key));
  const responses = new Map<string, Map<string, Map<string, Check | undefined>>>();
  const requests = new Map<string, Check>();
  for (const operation of spec.operations.values()) {
    const byStatus = new Map<string, Map<string, Check | undefined>>();
    for (const [status, response] of Object.entries(operation.responses)) {
      const byMedia = new Map<string, Check | undefined>();
      for (const [media, content] of Object.entries(response.content ?? {})) {
        byMedia.set(media, content.schema ? check(content.schema, responseKey(operation.id, status, media)) : undefined);
      }
      byStatus.set(status, byMedia);
    }
    responses.set(operation.id, byStatus);
    if (operation.requestBody?.schema) requests.set(operation.id, check(operation.requestBody.schema, requestKey(operation.id)));
  }
  const named = new Map<string, Check>();

  return {
    response(operationId, status, mediaType) {
      const byStatus = responses.get(operationId);
      if (!byStatus) throw new Error(`no operation ${operationId}`);
      const byMedia = byStatus.get(String(status)) ?? byStatus.get(`${String(status)[0]}XX`);
      if (!byMedia) return { documented: false, mediaTypes: [] };
      const mediaTypes = [...byMedia.keys()];
      // A JSON media type the spec does not list (a `charset` is already dropped) is read as application/json.
      const check = mediaType === undefined ? undefined : byMedia.has(mediaType) ? byMedia.get(mediaType) : byMedia.get('application/json');
      return { documented: true, mediaTypes, check };
    },
    requestBody(operationId) {
      const check = requests.get(operationId);
      if (!check) throw new Error(`operation ${operationId} has no JSON request body`);
      return check;
    },
    schema(name) {
      let found = named.get(name);
      if (!found) {
        found = check(spec.schema(name), schemaKey(name));
        named.set(name, found);
      }
      return found;
    },
  };
}

/** What the build writes beside this module (scripts/build-spec.ts): the spec's validators, compiled, for the spec of one SHA-256. */
export interface PrebuiltValidators {
  sha256: string;
  validators: Record<string, ValidateFunction>;
}
export const prebuiltValidatorsUrl = new URL('./users.validators.js', import.meta.url);

/**
 * The spec's validators as `npm run build` compiled them, when the spec is the build's own copy
 * (no Ajv is loaded, nothing compiled: ~0.3 s of a run's start); else undefined, and the caller
 * compiles them (createValidators).
 */
export async function prebuiltValidators(spec: Spec): Promise<Validators | undefined> {
  if (spec.prebuiltSha256 === undefined) return undefined;
  const prebuilt = await import(prebuiltValidatorsUrl.href).then((module: PrebuiltValidators) => module, () => undefined);
  if (prebuilt?.sha256 !== spec.prebuiltSha256) return undefined;
  return validatorsOf(spec, (_schema, key) => {
    const validate = prebuilt.validators[key];
    if (validate === undefined) throw new Error(`prebuilt validators: none for ${key}`);
    return validate;
  });
}
