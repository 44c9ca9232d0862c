import { _, Ajv2020, str } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isContractEmail } from './contract-rules.js';
import { latestAcceptedDate } from './contract-rules.js';

/**
 * The one Ajv set-up of the project: the suite's response validators, the
 * reference server's request validators and the spec's example test all use it.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: true });
  // OpenAPI keywords that are annotations, not assertions; strict mode would reject them.
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', 'x-immutable', 'x-unique', 'x-assigned-codes']);
  addFormats.default(ajv, { formats: ['date', 'date-time', 'uri', 'uri-reference'] });
  // The contract rejects only what is surely not an address; its grey zone
  // (quoted local parts, dotless domains, non-ASCII) must not fail a target.
  ajv.addFormat('email', isContractEmail);
  // The spec's date bounds are `x-` keywords, not ajv-formats' `formatMinimum`,
  // which is no OpenAPI keyword (the linters reject it). A `format: date`
  // value is `YYYY-MM-DD` in ASCII digits, so comparing strings compares dates.
  ajv.addKeyword({
    keyword: 'x-minimum-date',
    type: 'string',
    schemaType: 'string',
    error: { message: ({ schemaCode }) => str`must be >= ${schemaCode}` },
    code: (cxt) => cxt.fail(_`${cxt.data} < ${cxt.schemaCode}`),
  });
  ajv.addKeyword({
    keyword: 'x-maximum-date',
    type: 'string',
    schemaType: 'string',
    errors: false,
    // `today` in UTC; the day after is grey (a target ahead of UTC), so it passes too.
    validate: (when: string, value: string) => when !== 'today' || value <= latestAcceptedDate(),
  });
  return ajv;
}
