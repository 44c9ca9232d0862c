import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Schema, Spec } from '../spec/load-spec.js';
import { createAjv } from './create-ajv.js';

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

/**
 * Every validator the spec calls for, compiled once when this is created —
 * one per (operation, status, media type) — and reused for every response.
 */
export function createValidators(spec: Spec, ajv: Ajv2020 = createAjv()): Validators {
  const compile = (schema: Schema): Check => toCheck(ajv.compile(schema));
  const responses = new Map<string, Map<string, Map<string, Check | undefined>>>();
  const requests = new Map<string, Check>();
  for (const operation of spec.operations.values()) {
    const byStatus = new Map<string, Map<string, Check | undefined>>();
    for (const [status, response] of Object.entries(operation.responses)) {
      const byMedia = new Map<string, Check | undefined>();
      for (const [media, content] of Object.entries(response.content ?? {})) {
        byMedia.set(media, content.schema ? compile(content.schema) : undefined);
      }
      byStatus.set(status, byMedia);
    }
    responses.set(operation.id, byStatus);
    if (operation.requestBody?.schema) requests.set(operation.id, compile(operation.requestBody.schema));
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
      let check = named.get(name);
      if (!check) {
        check = compile(spec.schema(name));
        named.set(name, check);
      }
      return check;
    },
  };
}
