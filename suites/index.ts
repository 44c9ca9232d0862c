import type { Requirement } from '../src/run/requirement.js';
import { createRequirements } from './create/index.js';
import exampleFlow from './docs-flow/example-flow.js';
import errorBodyObject from './errors/error-body-object.js';
import problemDocument from './errors/problem-document.js';
import { listRequirements } from './list/index.js';
import { readRequirements } from './read/index.js';
import { statefulRequirements } from './stateful/index.js';
import { statusRequirements } from './status/index.js';
import jsonContentType from './transport/json-content-type.js';
import noServerErrors from './transport/no-server-errors.js';
import oddBodies from './transport/odd-bodies.js';
import requestCharset from './transport/request-charset.js';
import responseSchema from './transport/response-schema.js';
import { updateRequirements } from './update/index.js';

/** The catalogue: the only list of requirements. Order is report order. */
export const catalogue: readonly Requirement[] = [
  exampleFlow,
  noServerErrors,
  jsonContentType,
  responseSchema,
  requestCharset,
  oddBodies,
  ...createRequirements,
  ...readRequirements,
  ...updateRequirements,
  ...listRequirements,
  ...statusRequirements,
  ...statefulRequirements,
  errorBodyObject,
  problemDocument,
];

const ids = new Set<string>();
for (const r of catalogue) {
  if (ids.has(r.id)) throw new Error(`requirement id ${r.id} is declared twice`);
  ids.add(r.id);
}
