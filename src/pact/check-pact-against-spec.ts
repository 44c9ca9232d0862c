import type { Ajv2020 } from 'ajv/dist/2020.js';
import { isJsonMediaType, mediaTypeOf } from '../http/media-type.js';
import type { Operation, Schema, Spec } from '../spec/load-spec.js';
import { createAjv } from '../validate/create-ajv.js';
import type { Validators } from '../validate/validators.js';
import type { PactBody, PactFile, PactInteraction } from './pact-file.js';
import { isSuccess } from '../util/values.js';

/** The verdict on one interaction: empty `problems` means the spec allows it. */
export interface InteractionCheck {
  description: string;
  /** The spec operation the request maps to, if any. */
  operationId?: string;
  problems: string[];
}

interface Body {
  present: boolean;
  contentType?: string;
  value?: unknown;
  /** Set when a JSON body could not be read. */
  unreadable?: string;
}

function header(headers: Record<string, string | string[]> | undefined, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** A V4 body is `{ content, contentType, encoded }`; a V2/V3 body is the value itself. */
function bodyOf(part: { headers?: Record<string, string | string[]>; body?: unknown }, v4: boolean): Body {
  const declared = header(part.headers, 'content-type');
  if (part.body === undefined || part.body === null) return { present: false, contentType: declared };
  if (!v4) return { present: true, contentType: declared ?? 'application/json', value: part.body };
  const body = part.body as PactBody;
  const contentType = declared ?? body.contentType;
  if (body.content === undefined) return { present: false, contentType };
  let value = body.content;
  try {
    if (body.encoded === 'base64') value = Buffer.from(String(value), 'base64').toString('utf8');
    const json = isJsonMediaType(mediaTypeOf(contentType));
    if (json && typeof value === 'string' && (body.encoded === 'base64' || body.encoded === 'json' || body.encoded === true)) value = JSON.parse(value);
  } catch (error) {
    return { present: true, contentType, unreadable: (error as Error).message };
  }
  return { present: true, contentType, value };
}

function queryOf(query: PactInteraction['request']['query']): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (typeof query === 'string') {
    for (const [name, value] of new URLSearchParams(query)) result.set(name, [...(result.get(name) ?? []), value]);
    return result;
  }
  for (const [name, value] of Object.entries(query ?? {})) result.set(name, Array.isArray(value) ? value : [value]);
  return result;
}

/** A query or path value as the schema's type: integers written in plain decimal become numbers. */
function typed(value: string, schema: Schema): unknown {
  return schema.type === 'integer' && /^-?(0|[1-9][0-9]*)$/.test(value) ? Number(value) : value;
}

function templateRegex(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)'));
  return { regex: new RegExp(`^${source}$`), names };
}

/**
 * Checks every interaction of a pact against the OpenAPI document — what
 * PactFlow calls bi-directional contract testing: the request maps to a
 * documented operation, its parameters and body are allowed (for success
 * interactions), the response status and media type are documented and the
 * response body fits the schema. A 400 or 422 interaction must send a request
 * the spec rejects; otherwise the pact expects a refusal the spec never allows.
 */
export function checkPactAgainstSpec(pact: PactFile, spec: Spec, validators: Validators, ajv: Ajv2020 = createAjv()): InteractionCheck[] {
  const v4 = pact.metadata?.pactSpecification?.version?.startsWith('4') ?? false;
  const templates = [...spec.operations.values()].map((operation) => ({ operation, ...templateRegex(operation.path) }));
  const compiled = new Map<Schema, (value: unknown) => string[]>();
  const checkParam = (schema: Schema, value: unknown): string[] => {
    let check = compiled.get(schema);
    if (!check) {
      const validate = ajv.compile(schema);
      check = (v) => (validate(v) ? [] : (validate.errors ?? []).map((e) => e.message ?? e.keyword));
      compiled.set(schema, check);
    }
    return check(value);
  };

  return pact.interactions.map((interaction) => {
    const { request, response } = interaction;
    const method = request.method.toUpperCase();
    const samePath = templates.filter((t) => t.regex.test(request.path));
    const found = samePath.find((t) => t.operation.method === method);
    if (!found) {
      const why = samePath.length > 0 ? `${method} is not an operation of ${samePath[0].operation.path}` : `no path of the spec matches ${request.path}`;
      return { description: interaction.description, problems: [`request: ${why}`] };
    }
    const operation: Operation = found.operation;
    const requestProblems: string[] = [];
    const problems: string[] = [];

    const values = found.regex.exec(request.path)?.slice(1) ?? [];
    found.names.forEach((name, i) => {
      const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
      const value = decodeURIComponent(values[i] ?? '');
      if (parameter) for (const message of checkParam(parameter.schema, typed(value, parameter.schema))) requestProblems.push(`path parameter ${name} '${value}' ${message}`);
    });

    for (const [name, list] of queryOf(request.query)) {
      const parameter = operation.parameters.find((p) => p.in === 'query' && p.name === name);
      if (!parameter) requestProblems.push(`query parameter ${name} is not documented`);
      else if (list.length !== 1) requestProblems.push(`query parameter ${name} is repeated`);
      else for (const message of checkParam(parameter.schema, typed(list[0], parameter.schema))) requestProblems.push(`query parameter ${name}='${list[0]}' ${message}`);
    }

    const requestBody = bodyOf(request, v4);
    if (operation.requestBody) {
      const media = mediaTypeOf(requestBody.contentType);
      if (!requestBody.present) requestProblems.push('no body; the spec requires one');
      else if (media !== 'application/json') requestProblems.push(`body content type ${requestBody.contentType ?? '(none)'} is not application/json`);
      else if (requestBody.unreadable) requestProblems.push(`body is not JSON: ${requestBody.unreadable}`);
      else for (const line of validators.requestBody(operation.id)(requestBody.value)) requestProblems.push(`body ${line}`);
    } else if (requestBody.present) {
      requestProblems.push(`a body on ${operation.id}, which takes none`);
    }

    const status = response.status;
    if (isSuccess(status)) problems.push(...requestProblems.map((p) => `request: ${p}`));
    else if ((status === 400 || status === 422) && requestProblems.length === 0) {
      problems.push(`response: ${status} expected for a request the spec allows`);
    }

    const responseBody = bodyOf(response, v4);
    const media = mediaTypeOf(responseBody.contentType);
    const rule = validators.response(operation.id, status, media);
    if (!rule.documented) {
      problems.push(`response: status ${status} is not documented for ${operation.id}`);
    } else if (rule.mediaTypes.length > 0) {
      if (!responseBody.present) problems.push(`response: no body; the spec documents ${rule.mediaTypes.join(' or ')}`);
      else if (!media || !rule.mediaTypes.includes(media)) {
        problems.push(`response: content type ${responseBody.contentType ?? '(none)'} is not ${rule.mediaTypes.join(' or ')}`);
      } else if (responseBody.unreadable) problems.push(`response: body is not JSON: ${responseBody.unreadable}`);
      else for (const line of rule.check?.(responseBody.value) ?? []) problems.push(`response: body ${line}`);
    }
    return { description: interaction.description, operationId: operation.id, problems };
  });
}
