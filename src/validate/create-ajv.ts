import { _, Ajv2020, Name, str } from 'ajv/dist/2020.js';
import type { Spec } from '../spec/load-spec.js';
import { formats, latestAcceptedDate } from './prebuilt-runtime.js';
import { validatorsOf, type Validators } from './validators.js';

/** The name the prebuilt validators' module gives `./prebuilt-runtime.js` (scripts/build-spec.ts). */
export const prebuiltRuntimeName = 'runtime';

/**
 * The one Ajv set-up of the project: the suite's response validators, the reference server's
 * request validators and the spec's example test all use it. `standalone`: for the build, which
 * writes the compiled validators as a module (their formats and date bound then come from
 * `./prebuilt-runtime.js`, imported as `runtime`).
 */
export function createAjv({ standalone = false } = {}): Ajv2020 {
  const runtime = (member: string) => _`${new Name(prebuiltRuntimeName)}.${new Name(member)}`;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    validateFormats: true,
    ...(standalone ? { code: { source: true, esm: true, formats: runtime('formats') } } : {}),
  });
  // OpenAPI keywords that are annotations, not assertions; strict mode would reject them.
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', 'x-immutable', 'x-unique', 'x-assigned-codes']);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
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
    // `today` in UTC; the day after is grey (a target ahead of UTC), so it passes too.
    code: (cxt) => {
      const latest = cxt.gen.scopeValue('func', { ref: latestAcceptedDate, code: runtime('latestAcceptedDate') });
      cxt.fail(_`${cxt.schemaCode} === "today" && ${cxt.data} > ${latest}()`);
    },
  });
  return ajv;
}

/** Every validator the spec calls for, compiled now with Ajv — one per (operation, status, media type) — and reused for every response. */
export function createValidators(spec: Spec, ajv: Ajv2020 = createAjv()): Validators {
  return validatorsOf(spec, (schema) => ajv.compile(schema));
}
