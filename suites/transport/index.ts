import { inArea, type Requirement } from '../../src/run/requirement.js';
import transportJsonContentType from './transport-json-content-type.js';
import transportNo5xx from './transport-no-5xx.js';
import transportOddBodies from './transport-odd-bodies.js';
import transportRequestCharset from './transport-request-charset.js';
import transportResponseSchema from './transport-response-schema.js';

/** The transport area, in report order. */
export const transportRequirements: Requirement[] = inArea('transport', [
  transportNo5xx,
  transportJsonContentType,
  transportResponseSchema,
  transportRequestCharset,
  transportOddBodies,
]);
